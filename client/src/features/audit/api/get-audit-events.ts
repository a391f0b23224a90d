// GET /api/audit: one page of the audit trail, filtered by actor, record, action and day range.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditEventView, AuditQuery } from '@care/shared/audit';
import { apiPage } from '../../../app/api-client';

export type AuditFilters = Partial<AuditQuery>;

export function getAuditEvents(filters: AuditFilters, signal?: AbortSignal) {
  return apiPage<AuditEventView>('/audit', { query: filters, signal });
}

export function auditEventsQuery(filters: AuditFilters) {
  return queryOptions({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ signal }) => getAuditEvents(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEvents(filters: AuditFilters) {
  return useQuery(auditEventsQuery(filters));
}
