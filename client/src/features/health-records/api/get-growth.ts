// GET /api/residents/:id/growth: a child's WHO z-scores, flags and reference lines.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GrowthView } from '@care/shared/health-records';
import { api } from '../../../app/api-client';
import { healthKey } from './get-health-profile';

export function getGrowth(residentId: string, signal?: AbortSignal) {
  return api<GrowthView>(`/residents/${encodeURIComponent(residentId)}/growth`, { signal });
}

export function growthQuery(residentId: string) {
  return queryOptions({
    queryKey: [...healthKey(residentId), 'growth'],
    queryFn: ({ signal }) => getGrowth(residentId, signal),
  });
}

export function useGrowth(residentId: string) {
  return useQuery(growthQuery(residentId));
}
