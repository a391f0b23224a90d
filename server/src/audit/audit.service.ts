// Records and lists audit events: changes to records, full-record reads, sign-ins.
import type { AuditAction, AuditChange, AuditEntity, AuditQuery } from '@care/shared/audit';
import { periodKeys, type Period } from '@care/shared/periods';
import { findLatest } from '../platform/latest';
import { markEarliest, readMark } from '../platform/marks';
import { AuditEvent, type AuditEventDoc } from './audit-event.model';

export type Actor = { id: string; fullName: string } | null;

export async function recordAudit(event: {
  actor: Actor;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  entityLabel?: string;
  changes?: AuditChange[];
}): Promise<void> {
  const at = new Date();
  await markEarliest('audit', at);
  await AuditEvent.create({
    at,
    ...periodKeys(at),
    actorId: event.actor?.id ?? null,
    actorName: event.actor?.fullName ?? '—',
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    entityLabel: event.entityLabel ?? '',
    changes: event.changes ?? [],
  });
}

/**
 * Newest first, one period at a time, starting with the grain that suits the filter: a record's
 * events by month (a few a day at most), a person's or an action's by day, the whole trail by hour
 * (the busiest stream: hundreds of events a day). The walk widens or narrows as it goes.
 */
export async function listAuditEvents(query: AuditQuery) {
  const filter: Record<string, unknown> = {};
  if (query.actorId) filter.actorId = query.actorId;
  if (query.entity) filter.entity = query.entity;
  if (query.entityId) filter.entityId = query.entityId;
  if (query.record) filter.entityLabel = query.record;
  if (query.action) filter.action = query.action;
  const grain: Period =
    query.record || query.entityId ? 'month' : query.actorId || query.action ? 'day' : 'hour';
  return findLatest<AuditEventDoc>(AuditEvent, filter, {
    grain,
    grains: ['hour', 'day', 'month', 'year'],
    limit: query.limit,
    before: query.before,
    from: query.from,
    to: query.to,
    since: await readMark('audit'),
    maxQueries: 24,
  });
}
