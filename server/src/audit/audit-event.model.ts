// Audit events: one document each, never updated, keyed by hour, day and month for reading.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { auditActions, auditEntities } from '@care/shared/audit';

const changeSchema = new Schema(
  {
    field: String,
    before: { type: String, default: null },
    after: { type: String, default: null },
  },
  { _id: false },
);

const auditEventSchema = new Schema(
  {
    at: { type: Date, required: true },
    // Period keys in centre time: lists read one period at a time by equality (platform/latest.ts).
    hour: { type: String, required: true, index: true },
    day: { type: String, required: true, index: true },
    month: { type: String, required: true, index: true },
    year: { type: String, required: true, index: true },
    // One person's day and month (`<actorId>/2026-11-22`): their trail without reading everyone's.
    actorDay: { type: String, default: null, index: true },
    actorMonth: { type: String, default: null, index: true },
    actorId: { type: Schema.Types.ObjectId, default: null, index: true },
    actorName: { type: String, required: true },
    action: { type: String, enum: auditActions, required: true, index: true },
    entity: { type: String, enum: auditEntities, required: true, index: true },
    entityId: { type: String, required: true, index: true },
    entityLabel: { type: String, default: '', index: true },
    changes: { type: [changeSchema], default: [] },
  },
  { versionKey: false },
);

export type AuditEventDoc = InferSchemaType<typeof auditEventSchema> & {
  _id: mongoose.Types.ObjectId;
};
export const AuditEvent = mongoose.model('AuditEvent', auditEventSchema, 'audit_events');
