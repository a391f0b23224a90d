// A screen behind one permission: the role either has it or is told, politely, that it does not.
import { Outlet } from 'react-router';
import type { Permission } from '@care/shared/permissions';
import { NotAllowed } from '../../components/not-allowed';
import { useCan } from '../session';

export function RequirePermission({ permission }: { permission: Permission }) {
  return useCan(permission) ? <Outlet /> : <NotAllowed />;
}
