// Records and lists audit events: changes to records, full-record reads, sign-ins.
import {
  diffFields,
  type AuditAction,
  type AuditChange,
  type AuditEntity,
  type AuditQuery,
} from '@care/shared/audit';
import { periodKeys } from '@care/shared/periods';
import { findLatest } from '../platform/latest';
import { markEarliest, readMark } from '../platform/marks';
import { AuditEvent, type AuditEventDoc } from './audit-event.model';

export type Actor = { id: string; fullName: string } | null;

export type AuditInput = {
  actor: Actor;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  entityLabel?: string;
  changes?: AuditChange[];
};

function auditDocument(event: AuditInput, at: Date) {
  return {
    at,
    ...auditKeys(at, event.actor?.id ?? null),
    actorId: event.actor?.id ?? null,
    actorName: event.actor?.fullName ?? '—',
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    entityLabel: event.entityLabel ?? '',
    changes: event.changes ?? [],
  };
}

export async function recordAudit(event: AuditInput): Promise<void> {
  const at = new Date();
  await markEarliest('audit', at);
  await AuditEvent.create(auditDocument(event, at));
}

/** Many events in one write (an import of records), each as `recordAudit` would write it. */
export async function recordAudits(events: AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  const at = new Date();
  await markEarliest('audit', at);
  await AuditEvent.insertMany(events.map((event) => auditDocument(event, at)));
}

/**
 * A record created or changed: the audit entry lists its audited fields before and after (an
 * update that changed none of them leaves no entry).
 */
export async function recordChange<T extends object>(change: {
  actor: Actor;
  action: 'create' | 'update';
  entity: AuditEntity;
  entityId: string;
  entityLabel: string;
  before: T | null;
  after: T;
  fields: readonly (keyof T & string)[];
}): Promise<void> {
  const { before, after, fields, ...event } = change;
  const changes = diffFields(before, after, fields);
  if (event.action === 'update' && changes.length === 0) return;
  await recordAudit({ ...event, changes });
}

/**
 * Newest first, one period at a time, starting with the grain that suits the filter: a record's
 * events by month (a few a day at most), a person's by their own day key, an action's by day, the
 * whole trail by hour (the busiest stream: hundreds of events a day). The walk widens or narrows
 * as it goes.
 */
export async function listAuditEvents(query: AuditQuery) {
  const filter: Record<string, unknown> = {};
  if (query.entity) filter.entity = query.entity;
  if (query.entityId) filter.entityId = query.entityId;
  if (query.record) filter.entityLabel = query.record;
  if (query.action) filter.action = query.action;
  const byRecord = Boolean(query.record || query.entityId);
  const actorId = query.actorId;
  // A person's events: one compound key per day or month selects exactly theirs.
  const byActor = actorId && !byRecord;
  if (actorId && !byActor) filter.actorId = actorId;
  return findLatest<AuditEventDoc>(AuditEvent, filter, {
    grain: byRecord ? 'month' : byActor || query.action ? 'day' : 'hour',
    grains: byActor ? ['day', 'month'] : ['hour', 'day', 'month', 'year'],
    limit: query.limit,
    before: query.before,
    from: query.from,
    to: query.to,
    since: await readMark('audit'),
    maxQueries: 24,
    periodFilter: byActor
      ? (grain, key) => ({
          ...filter,
          [actorKeyField[grain as 'day' | 'month']]: `${actorId}/${key}`,
        })
      : undefined,
  });
}

const actorKeyField = { day: 'actorDay', month: 'actorMonth' } as const;

/** The period keys an event carries, plain and per actor. */
export function auditKeys(at: Date, actorId: string | null) {
  const keys = periodKeys(at);
  return {
    ...keys,
    actorDay: actorId ? `${actorId}/${keys.day}` : null,
    actorMonth: actorId ? `${actorId}/${keys.month}` : null,
  };
}
