// The auto-rostering problem and its answer as plain, serialisable data (zod schemas + types):
// what the planner hands to the solver worker and what comes back, explanation included.
import { z } from 'zod';
import { isoDaySchema } from '@care/shared/periods';

const id = z.string().min(1).max(80);
const instant = z.iso.datetime({ offset: true });
const hours = z.number().min(0).max(48);
export const sexes = ['female', 'male'] as const;

/** One shift to fill: a template of a unit on one day, as instants (Asia/Ho_Chi_Minh). */
export const slotSchema = z.strictObject({
  id,
  unitId: id,
  templateId: id,
  /** Short label the manager knows, e.g. "Ca đêm 22–06". */
  name: z.string().max(80).default(''),
  /** The centre day the shift starts on. */
  day: isoDaySchema,
  start: instant,
  end: instant,
  paidHours: hours,
  /** Hours between 22:00 and 06:00 (see `nightHoursBetween`). */
  nightHours: hours,
  /** A 24-hour duty (trực 24 giờ): followed by compensatory rest, exempt from the daily cap. */
  duty24: z.boolean().default(false),
  /** Rest owed after this shift before the next one (nghỉ bù); the centre minimum applies too. */
  restAfterHours: hours.default(0),
  holiday: z.boolean().default(false),
  weekend: z.boolean().default(false),
});

export const preferenceSchema = z.strictObject({
  kind: z.enum(['want', 'avoid']),
  /** A day (any shift that day), a template (every such shift) or both (one shift). */
  day: isoDaySchema.optional(),
  templateId: id.optional(),
});

/** A shift already worked before the month (carried over for rest and weekly rules). */
export const workedShiftSchema = z.strictObject({
  start: instant,
  end: instant,
  paidHours: hours,
  restAfterHours: hours.default(0),
  /** A 24-hour duty: exempt from the daily cap and from overtime. */
  duty24: z.boolean().default(false),
});

export const staffSchema = z.strictObject({
  id,
  name: z.string().max(120).default(''),
  qualifications: z.array(id).max(10),
  unitIds: z.array(id).max(20),
  sex: z.enum(sexes),
  /** Contract hours for the month; overtime is anything above. */
  contractHours: z.number().min(0).max(400),
  /** Overtime hours already worked this year (the yearly cap counts them). */
  overtimeHoursThisYear: z.number().min(0).max(1000).default(0),
  /** Days unavailable or on approved leave. */
  unavailableDays: z.array(isoDaySchema).max(62).default([]),
  preferences: z.array(preferenceSchema).max(62).default([]),
  /** Shifts before the month, and this month's shifts outside the planned units (kept as they are). */
  previousShifts: z.array(workedShiftSchema).max(80).default([]),
});

/**
 * Headcount wanted on a slot for one qualification. With `sex`, only staff of that sex count
 * (a same-sex carer rule: add it beside the plain demand, e.g. 2 carers of whom 1 female).
 */
export const demandSchema = z.strictObject({
  slotId: id,
  qualification: id,
  sex: z.enum(sexes).optional(),
  min: z.number().int().min(0).max(50),
  preferred: z.number().int().min(0).max(50),
});

export const lockSchema = z.strictObject({
  staffId: id,
  slotId: id,
  /** `keep`: must work this shift; `forbid`: must not. */
  kind: z.enum(['keep', 'forbid']),
  qualification: id.optional(),
});

export const assignmentSchema = z.strictObject({ staffId: id, slotId: id, qualification: id });

/** Labour Code 2019 / Decree 145/2020 limits as the centre set them. */
export const limitsSchema = z.strictObject({
  normalHoursPerDay: hours.default(8),
  normalHoursPerWeek: z.number().min(0).max(168).default(48),
  overtimeHoursPerDay: hours.default(4),
  overtimeHoursPerWeek: z.number().min(0).max(168).default(12),
  overtimeHoursPerMonth: z.number().min(0).max(400).default(40),
  overtimeHoursPerYear: z.number().min(0).max(1000).default(300),
  minRestHours: hours.default(12),
  weeklyRestHours: hours.default(24),
});

/** Soft goals, in this order of priority by default. */
export const weightsSchema = z.strictObject({
  uncoveredMinimum: z.number().min(0).max(1e6).default(10_000),
  uncoveredPreferred: z.number().min(0).max(1e6).default(300),
  nightSpread: z.number().min(0).max(1e6).default(20),
  weekendSpread: z.number().min(0).max(1e6).default(20),
  holidaySpread: z.number().min(0).max(1e6).default(20),
  preference: z.number().min(0).max(1e6).default(4),
  change: z.number().min(0).max(1e6).default(1),
});

export const rotaProblemSchema = z.strictObject({
  /** `yyyy-MM`. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** The units planned (one job per unit-month scope at a time). */
  units: z
    .array(z.strictObject({ id, name: z.string().max(120).default('') }))
    .min(1)
    .max(30),
  slots: z.array(slotSchema).max(5000),
  staff: z.array(staffSchema).max(600),
  demands: z.array(demandSchema).max(20000),
  locks: z.array(lockSchema).max(5000).default([]),
  draft: z.array(assignmentSchema).max(20000).default([]),
  limits: limitsSchema.default(limitsSchema.parse({})),
  weights: weightsSchema.default(weightsSchema.parse({})),
});

export const solveOptionsSchema = z.strictObject({
  timeLimitSeconds: z.number().min(0.1).max(600).default(30),
  mipRelGap: z.number().min(0).max(1).default(0.01),
});

export type Slot = z.output<typeof slotSchema>;
export type Staff = z.output<typeof staffSchema>;
export type Demand = z.output<typeof demandSchema>;
export type Lock = z.output<typeof lockSchema>;
export type Assignment = z.output<typeof assignmentSchema>;
export type Limits = z.output<typeof limitsSchema>;
export type Weights = z.output<typeof weightsSchema>;
export type RotaProblem = z.output<typeof rotaProblemSchema>;
export type RotaProblemInput = z.input<typeof rotaProblemSchema>;
export type SolveOptions = z.output<typeof solveOptionsSchema>;

/** A sentence for the manager, in Vietnamese first. */
export const textSchema = z.object({ vi: z.string(), en: z.string() });
export type Text = z.output<typeof textSchema>;

export const hardRules = [
  'overlap',
  'rest',
  'weekly_rest',
  'daily_hours',
  'weekly_hours',
  'monthly_hours',
  'yearly_overtime',
  'overtime',
  'qualification',
  'unit',
  'unavailable',
  'lock',
] as const;
export type HardRule = (typeof hardRules)[number];

export const violationSchema = z.object({
  rule: z.enum(hardRules),
  staffId: z.string(),
  slotId: z.string().optional(),
  day: z.string().optional(),
  message: textSchema,
});
export type Violation = z.output<typeof violationSchema>;

export const shortfallSchema = z.object({
  slotId: z.string(),
  unitId: z.string(),
  day: z.string(),
  qualification: z.string(),
  sex: z.enum(sexes).optional(),
  level: z.enum(['minimum', 'preferred']),
  wanted: z.number(),
  assigned: z.number(),
  /** Staff who could work it at all (qualified, allowed on the unit, not on leave). */
  eligible: z.number(),
  message: textSchema,
});
export type Shortfall = z.output<typeof shortfallSchema>;

const spreadSchema = z.object({ min: z.number(), max: z.number(), spread: z.number() });
export type Spread = z.output<typeof spreadSchema>;
const coverageSchema = z.object({ wanted: z.number(), assigned: z.number(), percent: z.number() });

export const solverStatuses = [
  'optimal',
  'feasible',
  'infeasible',
  'cancelled',
  'no_solution',
  'error',
] as const;

export const explanationSchema = z.object({
  coverage: z.object({ minimum: coverageSchema, preferred: coverageSchema }),
  shortfalls: z.array(shortfallSchema),
  hardViolations: z.array(violationSchema),
  fairness: z.object({
    nights: spreadSchema,
    weekends: spreadSchema,
    holidays: spreadSchema,
    /** Per team (staff by their first unit and qualification), where the spread is minimised. */
    teams: z.array(
      z.object({
        unitId: z.string(),
        qualification: z.string(),
        nights: spreadSchema,
        weekends: spreadSchema,
        holidays: spreadSchema,
      }),
    ),
  }),
  preferences: z.object({ total: z.number(), hits: z.number() }),
  changes: z.object({ added: z.number(), removed: z.number() }),
  /** Cells the manager locked to keep: how many the rota keeps. */
  locks: z.object({ kept: z.number(), total: z.number() }),
  /** Input the solver could not honour (locks on leave, locks that clash), said plainly. */
  problems: z.array(textSchema),
  summary: textSchema,
});
export type Explanation = z.output<typeof explanationSchema>;

export const solverReportSchema = z.object({
  engine: z.string(),
  status: z.enum(solverStatuses),
  /** HiGHS' own model status name. */
  modelStatus: z.string(),
  timeLimitSeconds: z.number(),
  mipRelGap: z.number(),
  /** The gap reached (0 when proven optimal; null when no solution). */
  gap: z.number().nullable(),
  objective: z.number().nullable(),
  seconds: z.number(),
  buildSeconds: z.number(),
  variables: z.number(),
  constraints: z.number(),
  /** Sub-problems solved one after the other (1 unless decomposed). */
  parts: z.number(),
});
export type SolverReport = z.output<typeof solverReportSchema>;

export const rotaSolutionSchema = z.object({
  assignments: z.array(assignmentSchema),
  explanation: explanationSchema,
  solver: solverReportSchema,
});
export type RotaSolution = z.output<typeof rotaSolutionSchema>;

/** Hours of [start, end) between 22:00 and 06:00 at the centre (UTC+7 all year). */
export function nightHoursBetween(startMs: number, endMs: number): number {
  const hourMs = 3_600_000;
  const offset = 7 * hourMs;
  let night = 0;
  // Walk night windows: each local day's 22:00 → next 06:00.
  const firstLocalMidnight = Math.floor((startMs + offset) / (24 * hourMs)) * 24 * hourMs - offset;
  for (let midnight = firstLocalMidnight - 24 * hourMs; midnight < endMs; midnight += 24 * hourMs) {
    const from = Math.max(startMs, midnight + 22 * hourMs);
    const to = Math.min(endMs, midnight + 30 * hourMs);
    if (to > from) night += to - from;
  }
  return night / hourMs;
}
