// POST /api/auth/login: signs in and keeps the fresh session (and its CSRF token).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginInput, SessionView } from '@care/shared/users';
import { api } from '../../../app/api-client';
import { applySession } from '../../../app/session';

export function login(input: LoginInput): Promise<SessionView> {
  // 401 here means a wrong password, not an expired session.
  return api<SessionView>('/auth/login', { method: 'POST', body: input, redirectOn401: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (view) => applySession(queryClient, view),
  });
}
