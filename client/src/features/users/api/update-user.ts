// PATCH /api/users/:id: name, role or active state, at the version the admin read (409 if stale).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserUpdateInput, UserView } from '@care/shared/users';
import { api } from '../../../app/api-client';
import { usersKey } from './get-users';

export function updateUser({ id, ...input }: UserUpdateInput & { id: string }): Promise<UserView> {
  return api<UserView>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    // A conflict also means the list is out of date.
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
