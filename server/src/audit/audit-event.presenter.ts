// The wire shape of an audit event.
import type { AuditEventView } from '@care/shared/audit';
import type { AuditEventDoc } from './audit-event.model';

export function presentAuditEvent(doc: AuditEventDoc): AuditEventView {
  return {
    id: doc._id.toString(),
    at: doc.at.toISOString(),
    actorId: doc.actorId ? doc.actorId.toString() : null,
    actorName: doc.actorName,
    action: doc.action,
    entity: doc.entity,
    entityId: doc.entityId,
    entityLabel: doc.entityLabel ?? '',
    changes: (doc.changes ?? []).map((c) => ({
      field: c.field ?? '',
      before: c.before ?? null,
      after: c.after ?? null,
    })),
  };
}
