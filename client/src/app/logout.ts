// POST /api/auth/logout: ends the session, then reloads so nothing of it stays in memory.
import { useMutation } from '@tanstack/react-query';
import type { SessionView } from '@care/shared/users';
import { api } from './api-client';
import { paths } from './paths';

export function logout(): Promise<SessionView> {
  return api<SessionView>('/auth/logout', {
    method: 'POST',
    redirectOn401: false,
    whileLocked: true,
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: logout,
    // A shared duty-desk tablet: a full reload drops every resident record the last user opened.
    onSettled: () => window.location.replace(paths.login.href()),
  });
}
