// GET /api/users: one page of staff accounts, searched by name and filtered by role and state.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UserListQuery, UserView } from '@care/shared/users';
import { apiPage } from '../../../app/api-client';

export type UserFilters = Partial<UserListQuery>;

export const usersKey = ['users'] as const;

export function getUsers(filters: UserFilters, signal?: AbortSignal) {
  return apiPage<UserView>('/users', { query: filters, signal });
}

export function usersQuery(filters: UserFilters) {
  return queryOptions({
    queryKey: [...usersKey, 'list', filters],
    queryFn: ({ signal }) => getUsers(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(filters: UserFilters) {
  return useQuery(usersQuery(filters));
}
