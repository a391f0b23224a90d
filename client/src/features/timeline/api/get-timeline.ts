// GET /api/residents/:id/timeline (newest first, month by month) and /access (who read the record).
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEventView } from '@care/shared/audit';
import type { TimelineItem, TimelineKind } from '@care/shared/timeline';
import { apiCursor } from '../../../app/api-client';

export function useTimeline(residentId: string, kinds: TimelineKind[]) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: ['timeline', residentId, kinds],
      queryFn: ({ pageParam, signal }) =>
        apiCursor<TimelineItem>(`/residents/${encodeURIComponent(residentId)}/timeline`, {
          query: { before: pageParam, kinds: kinds.length ? kinds.join(',') : undefined },
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.page.next ?? undefined,
    }),
  );
}

export function useAccessHistory(residentId: string) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: ['access', residentId],
      queryFn: ({ pageParam, signal }) =>
        apiCursor<AuditEventView>(`/residents/${encodeURIComponent(residentId)}/access`, {
          query: { before: pageParam },
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.page.next ?? undefined,
    }),
  );
}
