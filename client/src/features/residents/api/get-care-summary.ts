// GET /api/residents/:id/summary: what duty staff and the kitchen must know of one resident.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CareSummary } from '@care/shared/residents';
import { api } from '../../../app/api-client';

export function careSummaryQuery(id: string) {
  return queryOptions({
    queryKey: ['residents', 'summary', id],
    queryFn: ({ signal }) =>
      api<CareSummary>(`/residents/${encodeURIComponent(id)}/summary`, { signal }),
  });
}

export function useCareSummary(id: string) {
  return useQuery(careSummaryQuery(id));
}
