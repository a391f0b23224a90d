// GET /api/residents/:id/health: conditions, allergies, medications, vaccinations (read audited).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HealthProfileView } from '@care/shared/health-records';
import { api } from '../../../app/api-client';

/** Every health query of one resident starts with this key (a new measurement refreshes them). */
export const healthKey = (residentId: string) => ['health', residentId] as const;

export function getHealthProfile(residentId: string, signal?: AbortSignal) {
  return api<HealthProfileView>(`/residents/${encodeURIComponent(residentId)}/health`, { signal });
}

export function healthProfileQuery(residentId: string) {
  return queryOptions({
    queryKey: [...healthKey(residentId), 'profile'],
    queryFn: ({ signal }) => getHealthProfile(residentId, signal),
  });
}

export function useHealthProfile(residentId: string) {
  return useQuery(healthProfileQuery(residentId));
}
