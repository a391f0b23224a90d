// Family and reintegration (hồi gia): contacts, a log of visits and calls, home visits, and the
// reintegration plan from the family assessment to the follow-up visits after return.
import { z } from 'zod';
import { isoDaySchema } from './periods';
import { textSchema } from './text';
import { versionSchema } from './versioning';

export const contactKinds = [
  'visit_at_centre',
  'phone_call',
  'video_call',
  'home_visit',
  'letter',
] as const;
export const reintegrationStages = [
  'not_started',
  'assessing',
  'preparing',
  'returned',
  'following_up',
  'completed',
  'stopped',
] as const;

const notFuture = (day: string | null) =>
  day === null || day <= new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

export const familyMemberSchema = z.strictObject({
  name: textSchema(1, 100),
  relation: textSchema(1, 60),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?\d[\d .-]{6,18}\d)?$/, 'invalid_phone')
    .default(''),
  address: textSchema(0, 300).default(''),
  isGuardian: z.boolean().default(false),
  note: textSchema(0, 500).default(''),
});

const stepSchema = z.strictObject({
  id: z.string().max(40).optional(),
  step: textSchema(1, 300),
  dueDate: isoDaySchema,
  doneOn: isoDaySchema.nullable().default(null).refine(notFuture, 'date_in_future'),
});
const followUpVisitSchema = z.strictObject({
  id: z.string().max(40).optional(),
  date: isoDaySchema.refine((d) => notFuture(d), 'date_in_future'),
  by: textSchema(1, 100),
  finding: textSchema(1, 2000, { multiline: true }),
});

export const reintegrationSchema = z.strictObject({
  stage: z.enum(reintegrationStages).default('not_started'),
  familyAssessment: textSchema(0, 4000, { multiline: true }).default(''),
  assessedOn: isoDaySchema.nullable().default(null).refine(notFuture, 'date_in_future'),
  steps: z.array(stepSchema).max(30).default([]),
  returnedOn: isoDaySchema.nullable().default(null).refine(notFuture, 'date_in_future'),
  followUpVisits: z.array(followUpVisitSchema).max(50).default([]),
});

export const familySaveSchema = z
  .strictObject({
    version: versionSchema,
    members: z.array(familyMemberSchema).max(20).default([]),
    reintegration: reintegrationSchema.prefault({}),
  })
  .refine(
    (f) =>
      !f.reintegration.returnedOn ||
      f.reintegration.followUpVisits.every((v) => v.date >= f.reintegration.returnedOn!),
    { path: ['reintegration', 'followUpVisits'], message: 'before_start' },
  );
export type FamilySaveInput = z.input<typeof familySaveSchema>;

export const familyViewSchema = z.object({
  residentId: z.string(),
  members: z.array(familyMemberSchema.required()),
  reintegration: z.object({
    stage: z.enum(reintegrationStages),
    familyAssessment: z.string(),
    assessedOn: z.string().nullable(),
    steps: z.array(
      z.object({
        id: z.string(),
        step: z.string(),
        dueDate: z.string(),
        doneOn: z.string().nullable(),
      }),
    ),
    returnedOn: z.string().nullable(),
    followUpVisits: z.array(
      z.object({ id: z.string(), date: z.string(), by: z.string(), finding: z.string() }),
    ),
  }),
  version: z.number().int(),
});
export type FamilyView = z.infer<typeof familyViewSchema>;

export const contactLogSchema = z.strictObject({
  kind: z.enum(contactKinds),
  on: isoDaySchema.refine((d) => notFuture(d), 'date_in_future'),
  withWhom: textSchema(1, 200),
  note: textSchema(0, 2000, { multiline: true }).default(''),
});
export const contactLogViewSchema = z.object({
  id: z.string(),
  kind: z.enum(contactKinds),
  on: z.string(),
  withWhom: z.string(),
  note: z.string(),
  by: z.string(),
});
export type ContactLogView = z.infer<typeof contactLogViewSchema>;
