// POST /api/users/:id/password: an administrator sets a new password for someone who forgot theirs.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PasswordResetInput, UserView } from '@care/shared/users';
import { api } from '../../../app/api-client';
import { usersKey } from './get-users';

export function resetPassword({
  id,
  ...input
}: PasswordResetInput & { id: string }): Promise<UserView> {
  return api<UserView>(`/users/${encodeURIComponent(id)}/password`, {
    method: 'POST',
    body: input,
  });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
