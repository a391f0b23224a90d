// Whether the signed-in member of staff may change the kitchen's records.
import { can } from '@care/shared/permissions';
import { useCurrentUser } from '../../../app/session';

export function useCanEditKitchen(): boolean {
  return can(useCurrentUser().role, 'kitchen.write');
}
