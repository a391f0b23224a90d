// Records and lists audit events: changes to records, full-record reads, sign-ins.
import type { AuditAction, AuditChange, AuditEntity, AuditQuery } from '@care/shared/audit';
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
  await AuditEvent.create({
    at: new Date(),
    actorId: event.actor?.id ?? null,
    actorName: event.actor?.fullName ?? '—',
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    entityLabel: event.entityLabel ?? '',
    changes: event.changes ?? [],
  });
}

/** Days are centre days (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). */
function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

export async function listAuditEvents(
  query: AuditQuery,
): Promise<{ items: AuditEventDoc[]; total: number }> {
  const filter: Record<string, unknown> = {};
  if (query.actorId) filter.actorId = query.actorId;
  if (query.entity) filter.entity = query.entity;
  if (query.entityId) filter.entityId = query.entityId;
  if (query.record) filter.entityLabel = query.record;
  if (query.action) filter.action = query.action;
  if (query.from || query.to) {
    const at: Record<string, Date> = {};
    if (query.from) at.$gte = dayStart(query.from);
    if (query.to) at.$lt = new Date(dayStart(query.to).getTime() + 86_400_000);
    filter.at = at;
  }
  const [items, total] = await Promise.all([
    AuditEvent.find(filter)
      .sort({ at: -1, _id: -1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<AuditEventDoc[]>(),
    AuditEvent.countDocuments(filter),
  ]);
  return { items, total };
}
