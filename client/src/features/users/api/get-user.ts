// GET /api/users/:id: one account as it is now (used to reload after a conflicting change).
import type { UserView } from '@care/shared/users';
import { api } from '../../../app/api-client';

export function getUser(id: string): Promise<UserView> {
  return api<UserView>(`/users/${encodeURIComponent(id)}`);
}
