// The signed-in user as the server sees it: one cached query that every screen reads.
import { queryOptions, useQuery, type Query, type QueryClient } from '@tanstack/react-query';
import { can, type Permission } from '@care/shared/permissions';
import type { SessionView, UserView } from '@care/shared/users';
import { api, setCsrfToken } from './api-client';

export const sessionQueryKey = ['session'] as const;

export async function getSession(): Promise<SessionView> {
  const view = await api<SessionView>('/auth/session', { redirectOn401: false });
  setCsrfToken(view.csrfToken);
  return view;
}

export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: getSession,
  staleTime: Infinity,
});

export function useSession() {
  return useQuery(sessionQuery);
}

/** The user of a signed-in screen (the router only renders those once the session has a user). */
export function useCurrentUser(): UserView {
  const { data } = useSession();
  if (!data?.user) throw new Error('useCurrentUser used outside a signed-in screen');
  return data.user;
}

export function useCan(permission: Permission): boolean {
  const { data } = useSession();
  return data?.user ? can(data.user.role, permission) : false;
}

/** Keeps a session view the server returned (login, logout) and forgets the previous user's data. */
export function applySession(queryClient: QueryClient, view: SessionView): void {
  setCsrfToken(view.csrfToken);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, view);
}

/** The locked screen's own user signed in again: the screen and its data stay as they were. */
export function resumeSession(queryClient: QueryClient, view: SessionView): void {
  setCsrfToken(view.csrfToken);
  queryClient.setQueryData(sessionQueryKey, view);
}

/**
 * Another user signed in on a locked screen, which stays where it was: nothing the previous user
 * loaded stays in memory, and the screen loads again with what the new user may see.
 */
export function switchSession(queryClient: QueryClient, view: SessionView): void {
  setCsrfToken(view.csrfToken);
  const others = { predicate: (query: Query) => query.queryKey[0] !== sessionQueryKey[0] };
  queryClient.getMutationCache().clear();
  queryClient.removeQueries({ ...others, type: 'inactive' });
  queryClient.setQueryData(sessionQueryKey, view);
  // Active queries drop their data and fetch again, as the new user.
  void queryClient.resetQueries(others);
}

/** The user record changed (preferences, own password): keep the session in step. */
export function applySessionUser(queryClient: QueryClient, user: UserView): void {
  queryClient.setQueryData<SessionView>(sessionQueryKey, (view) =>
    view ? { ...view, user } : view,
  );
}

/** The server said 401 mid-session: drop the user so the router sends them to login. */
export function expireSession(queryClient: QueryClient): boolean {
  const view = queryClient.getQueryData<SessionView>(sessionQueryKey);
  if (!view?.user) return false;
  queryClient.setQueryData<SessionView>(sessionQueryKey, { ...view, user: null, permissions: [] });
  return true;
}
