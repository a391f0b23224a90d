// Incidents (sự cố): what happened to whom, how serious, what was done at once, who was told
// and when, and the follow-up tasks that keep it open until they are done.
import { z } from 'zod';
import { pageQuerySchema } from './paging';
import { isoDaySchema } from './periods';
import { textSchema } from './text';
import { objectIdSchema, versionSchema } from './versioning';

export const incidentTypes = [
  'fall',
  'injury',
  'illness',
  'aggression',
  'self_harm',
  'absconding',
  'abuse_suspicion',
  'other',
] as const;
export const incidentSeverities = ['minor', 'moderate', 'serious', 'critical'] as const;
export const notifiedParties = ['family', 'authority', 'doctor', 'police', 'manager'] as const;
export const incidentStatuses = ['open', 'closed'] as const;

const instant = z.iso
  .datetime({ offset: true })
  .refine((v) => Date.parse(v) <= Date.now() + 5 * 60_000, 'date_in_future');

export const notificationSchema = z.strictObject({
  party: z.enum(notifiedParties),
  name: textSchema(0, 120).default(''),
  at: instant,
});

export const followUpSchema = z.strictObject({
  id: z.string().max(40).optional(),
  task: textSchema(1, 300),
  ownerId: objectIdSchema,
  dueDate: isoDaySchema,
  doneOn: isoDaySchema.nullable().default(null),
});

const incidentFields = {
  type: z.enum(incidentTypes),
  severity: z.enum(incidentSeverities),
  occurredAt: instant,
  place: textSchema(1, 200),
  description: textSchema(1, 4000, { multiline: true }),
  peopleInvolved: textSchema(0, 500).default(''),
  immediateAction: textSchema(1, 2000, { multiline: true }),
  notifications: z.array(notificationSchema).max(10).default([]),
  followUps: z.array(followUpSchema).max(20).default([]),
};

const notifiedAfter = (i: { occurredAt?: string; notifications?: { at: string }[] }) =>
  !i.occurredAt ||
  (i.notifications ?? []).every((n) => Date.parse(n.at) >= Date.parse(i.occurredAt!) - 60_000);

export const incidentCreateSchema = z
  .strictObject(incidentFields)
  .refine(notifiedAfter, { path: ['notifications'], message: 'before_start' });
export type IncidentCreateInput = z.input<typeof incidentCreateSchema>;

export const incidentEditSchema = z
  .strictObject({
    version: versionSchema,
    ...Object.fromEntries(
      Object.entries(incidentFields).map(([k, v]) => [
        k,
        (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v).optional(),
      ]),
    ),
  })
  .transform((v) => v as { version: number } & Partial<z.output<typeof incidentCreateSchema>>);

export const incidentCloseSchema = z.strictObject({
  version: versionSchema,
  outcome: textSchema(1, 2000, { multiline: true }),
});

/** The centre's incidents: open (the default) or closed, by type and severity, a page at a time. */
export const incidentListQuerySchema = pageQuerySchema.extend({
  status: z.enum(incidentStatuses).default('open'),
  type: z.enum(incidentTypes).optional(),
  severity: z.enum(incidentSeverities).optional(),
});
export type IncidentListQuery = z.output<typeof incidentListQuerySchema>;

export const incidentViewSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  type: z.enum(incidentTypes),
  severity: z.enum(incidentSeverities),
  occurredAt: z.string(),
  place: z.string(),
  description: z.string(),
  peopleInvolved: z.string(),
  immediateAction: z.string(),
  notifications: z.array(
    z.object({ party: z.enum(notifiedParties), name: z.string(), at: z.string() }),
  ),
  followUps: z.array(
    z.object({
      id: z.string(),
      task: z.string(),
      owner: z.object({ id: z.string(), fullName: z.string() }),
      dueDate: z.string(),
      doneOn: z.string().nullable(),
    }),
  ),
  status: z.enum(incidentStatuses),
  outcome: z.string(),
  reportedBy: z.object({ id: z.string(), fullName: z.string() }),
  closedBy: z.object({ id: z.string(), fullName: z.string() }).nullable(),
  version: z.number().int(),
});
export type IncidentView = z.infer<typeof incidentViewSchema>;

/** Follow-ups past their due date and not done, on `today`. */
export function overdueFollowUps<F extends { dueDate: string; doneOn: string | null }>(
  incident: { followUps: readonly F[] },
  today: string,
): F[] {
  return incident.followUps.filter((f) => f.doneOn === null && f.dueDate < today);
}

/** An incident can close only when every follow-up is done. */
export function canClose(incident: { followUps: readonly { doneOn: string | null }[] }) {
  return incident.followUps.every((f) => f.doneOn !== null);
}
