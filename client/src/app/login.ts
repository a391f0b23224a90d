// POST /api/auth/login: the sign-in call of the login page and of the lock screen.
import type { LoginInput, SessionView } from '@care/shared/users';
import { api } from './api-client';

export function login(input: LoginInput): Promise<SessionView> {
  // 401 here means a wrong password, not an expired session; a locked screen needs it to open.
  return api<SessionView>('/auth/login', {
    method: 'POST',
    body: input,
    redirectOn401: false,
    whileLocked: true,
  });
}
