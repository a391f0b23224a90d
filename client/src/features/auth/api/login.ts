// POST /api/auth/login from the login page: keeps the fresh session (and its CSRF token).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { login } from '../../../app/login';
import { applySession } from '../../../app/session';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (view) => applySession(queryClient, view),
  });
}
