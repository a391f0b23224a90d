// GET /api/audit: the audit trail newest first, filtered by actor, record, action and day range,
// continued further back page by page.
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEventView, AuditQuery } from '@care/shared/audit';
import { apiCursor } from '../../../app/api-client';

export type AuditFilters = Partial<Omit<AuditQuery, 'before'>>;

export function getAuditEvents(filters: AuditFilters, before?: string, signal?: AbortSignal) {
  return apiCursor<AuditEventView>('/audit', { query: { ...filters, before }, signal });
}

export function auditEventsQuery(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ pageParam, signal }) => getAuditEvents(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next ?? undefined,
  });
}

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery(auditEventsQuery(filters));
}
