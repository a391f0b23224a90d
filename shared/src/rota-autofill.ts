// Auto-filling a rota month with the optimisation solver: what the planner asks (one unit or the
// whole centre), what it reads back while the solver works (progress) and after (the explanation),
// and the cells a manager locks before solving (a locked cell keeps what it holds, even nothing).
import { z } from 'zod';
import { isoDaySchema } from './periods';
import { monthKeySchema, violationSchema } from './rota';
import { objectIdSchema } from './versioning';

export const autofillStartSchema = z.strictObject({
  /** One unit, or the whole centre when absent. */
  unitId: objectIdSchema.optional(),
  /** How long the solver may search (it answers its best rota when time is up). */
  timeLimitSeconds: z.number().int().min(1).max(120).default(20),
});
export type AutofillStart = z.input<typeof autofillStartSchema>;

export const autofillParamsSchema = z.strictObject({ month: monthKeySchema, jobId: z.uuid() });

const textSchema = z.object({ vi: z.string(), en: z.string() });
const spreadSchema = z.object({ min: z.number(), max: z.number(), spread: z.number() });
const coverageSchema = z.object({ wanted: z.number(), assigned: z.number(), percent: z.number() });

export const autofillExplanationSchema = z.object({
  coverage: z.object({ minimum: coverageSchema, preferred: coverageSchema }),
  shortfalls: z.array(
    z.object({
      slotId: z.string(),
      unitId: z.string(),
      day: z.string(),
      qualification: z.string(),
      level: z.enum(['minimum', 'preferred']),
      wanted: z.number(),
      assigned: z.number(),
      eligible: z.number(),
      message: textSchema,
    }),
  ),
  hardViolations: z.array(z.object({ rule: z.string(), staffId: z.string(), message: textSchema })),
  fairness: z.object({ nights: spreadSchema, weekends: spreadSchema, holidays: spreadSchema }),
  preferences: z.object({ total: z.number(), hits: z.number() }),
  changes: z.object({ added: z.number(), removed: z.number() }),
  locks: z.object({ kept: z.number(), total: z.number() }),
  problems: z.array(textSchema),
  summary: textSchema,
});
export type AutofillExplanation = z.infer<typeof autofillExplanationSchema>;

export const autofillStatuses = ['running', 'done', 'cancelled', 'failed'] as const;
export const autofillJobViewSchema = z.object({
  id: z.string(),
  month: z.string(),
  /** The units planned (every active unit for the whole centre). */
  unitIds: z.array(z.string()),
  status: z.enum(autofillStatuses),
  startedAt: z.string(),
  /** Seconds since the start (until the end once finished). */
  seconds: z.number(),
  progress: z.object({
    phase: z.enum(['building', 'solving', 'checking']),
    percent: z.number(),
  }),
  /** Once finished: the solver's verdict, the explanation and what applying would change. */
  result: z
    .object({
      solverStatus: z.string(),
      explanation: autofillExplanationSchema,
      /** Shifts applying would add to and remove from the draft (locked cells never change). */
      add: z.number(),
      remove: z.number(),
      applied: z.boolean(),
    })
    .nullable(),
  error: z.string().nullable(),
});
export type AutofillJobView = z.infer<typeof autofillJobViewSchema>;

// ---- locked cells ----
export const cellLockSchema = z.strictObject({
  staffId: objectIdSchema,
  day: isoDaySchema,
  locked: z.boolean(),
});
export const cellLockViewSchema = z.object({
  staffId: z.string(),
  day: z.string(),
  lockedBy: z.object({ id: z.string(), fullName: z.string() }),
});
export type CellLockView = z.infer<typeof cellLockViewSchema>;
export const cellLocksViewSchema = z.object({
  month: z.string(),
  locks: z.array(cellLockViewSchema),
});
export type CellLocksView = z.infer<typeof cellLocksViewSchema>;

export const autofillApplyViewSchema = z.object({
  month: z.string(),
  added: z.number(),
  removed: z.number(),
  /** The month's rule checks after applying (rota-rules), as the planner lists them. */
  violations: z.array(violationSchema),
  /** Broken rules of people (errors other than coverage): always 0 after an auto-fill. */
  hardViolations: z.number(),
});
export type AutofillApplyView = z.infer<typeof autofillApplyViewSchema>;

/** Rules about a person's shifts (coverage shortfalls are explained, not broken rules). */
export const isStaffRuleError = (v: { rule: string; severity: string }) =>
  v.severity === 'error' && v.rule !== 'coverage_min' && v.rule !== 'same_sex';
