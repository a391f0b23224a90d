// GET /api/residents/counts: how many residents the centre cares for, by category.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ResidentCounts } from '@care/shared/residents';
import { api } from '../../../app/api-client';

export function getResidentCounts(): Promise<ResidentCounts> {
  return api<ResidentCounts>('/residents/counts');
}

export const residentCountsQuery = queryOptions({
  queryKey: ['residents', 'counts'],
  queryFn: getResidentCounts,
});

export function useResidentCounts(enabled: boolean) {
  return useQuery({ ...residentCountsQuery, enabled });
}
