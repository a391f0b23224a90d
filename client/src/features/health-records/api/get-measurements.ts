// GET /api/residents/:id/measurements: newest first, a page of up to 100 at a time.
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { MeasurementView } from '@care/shared/health-records';
import { apiCursor } from '../../../app/api-client';
import { healthKey } from './get-health-profile';

export function getMeasurements(residentId: string, before?: string, signal?: AbortSignal) {
  return apiCursor<MeasurementView>(`/residents/${encodeURIComponent(residentId)}/measurements`, {
    query: { limit: 100, before },
    signal,
  });
}

export function measurementsQuery(residentId: string) {
  return infiniteQueryOptions({
    queryKey: [...healthKey(residentId), 'measurements'],
    queryFn: ({ pageParam, signal }) => getMeasurements(residentId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next ?? undefined,
  });
}

export function useMeasurements(residentId: string) {
  return useInfiniteQuery(measurementsQuery(residentId));
}
