// POST /api/auth/password: the signed-in user changes their own password.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput } from '@care/shared/users';
import { api } from '../../../app/api-client';
import { sessionQueryKey } from '../../../app/session';

export function changePassword(input: ChangePasswordInput): Promise<void> {
  return api<void>('/auth/password', { method: 'POST', body: input });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The server may rotate the session on a password change; take its new token.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
