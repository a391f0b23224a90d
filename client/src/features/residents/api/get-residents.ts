// GET /api/residents: one page of residents, filtered by category, status and name.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ResidentListQuery, ResidentSummary } from '@care/shared/residents';
import { apiPage } from '../../../app/api-client';

export type ResidentFilters = Partial<ResidentListQuery>;

export function getResidents(filters: ResidentFilters, signal?: AbortSignal) {
  return apiPage<ResidentSummary>('/residents', { query: filters, signal });
}

export function residentsQuery(filters: ResidentFilters) {
  return queryOptions({
    queryKey: ['residents', 'list', filters],
    queryFn: ({ signal }) => getResidents(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useResidents(filters: ResidentFilters) {
  return useQuery(residentsQuery(filters));
}
