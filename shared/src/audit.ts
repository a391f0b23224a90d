// The audit trail: who did what to which record, with the fields that changed.
import { z } from 'zod';
import { cursorQuerySchema } from './paging';
import { isoDaySchema } from './periods';
import { textSchema } from './text';
import { objectIdSchema } from './versioning';

export const auditActions = [
  'create',
  'update',
  'delete',
  'read',
  'login',
  'login_failed',
  'lockout',
  'logout',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEntities = [
  'user',
  'resident',
  'session',
  'incident',
  'health_profile',
  'measurement',
  'assessment',
  'care_plan',
  'rota_unit',
  'shift_template',
  'holiday',
  'staff_profile',
  'leave',
  'coverage_rule',
  'rota_settings',
  'rota_entry',
  'rota_month',
  'food',
  'recipe',
  'kitchen_settings',
  'diet_assignment',
  'menu_day',
  'menu_cycle',
  'attendance',
  'handover',
  'duty_settings',
  'rota_lock',
  'food_safety_day',
  'food_check',
  'rota_swap',
] as const;
export const auditEntitySchema = z.enum(auditEntities);
export type AuditEntity = z.infer<typeof auditEntitySchema>;

export const auditChangeSchema = z.object({
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditQuerySchema = cursorQuerySchema.extend({
  actorId: objectIdSchema.optional(),
  entity: auditEntitySchema.optional(),
  entityId: z.string().trim().max(64).optional(),
  /** The record's label as shown in the trail: a resident code or a username. */
  record: textSchema(1, 64).optional(),
  action: auditActionSchema.optional(),
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEventViewSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: auditActionSchema,
  entity: auditEntitySchema,
  entityId: z.string(),
  entityLabel: z.string(),
  changes: z.array(auditChangeSchema),
});
export type AuditEventView = z.infer<typeof auditEventViewSchema>;

/** Field-by-field difference of two flat records, values rendered as text for the trail. */
export function diffFields<T extends object>(
  before: T | null,
  after: T | null,
  fields: readonly (keyof T & string)[],
): AuditChange[] {
  const show = (v: unknown): string | null =>
    v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v);
  return fields
    .map((field) => ({ field, before: show(before?.[field]), after: show(after?.[field]) }))
    .filter((c) => c.before !== c.after);
}
