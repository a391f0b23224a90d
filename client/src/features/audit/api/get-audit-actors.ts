// GET /api/users (first 100 by name): the people an administrator can filter the trail by.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { maxPageSize } from '@care/shared/paging';
import type { UserView } from '@care/shared/users';
import { apiPage } from '../../../app/api-client';

export function getAuditActors(signal?: AbortSignal) {
  return apiPage<UserView>('/users', { query: { page: 1, pageSize: maxPageSize }, signal });
}

export const auditActorsQuery = queryOptions({
  queryKey: ['audit', 'actors'],
  queryFn: ({ signal }) => getAuditActors(signal),
  staleTime: 5 * 60_000,
  select: (page) =>
    page.data
      .map((user) => ({ value: user.id, label: `${user.fullName} (${user.username})` }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
});

export function useAuditActors() {
  return useQuery(auditActorsQuery);
}
