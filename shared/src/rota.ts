// The duty rota's vocabulary: units, shift templates, holidays, staff rostering profiles, leave,
// coverage rules, rota entries and months, and the centre's Labour Code limits (all settings).
import { z } from 'zod';
import { isoDaySchema } from './periods';
import { textSchema } from './text';
import { objectIdSchema, versionSchema } from './versioning';

export const qualifications = ['nurse', 'social_worker', 'carer', 'cook'] as const;
export const qualificationSchema = z.enum(qualifications);
export type Qualification = z.infer<typeof qualificationSchema>;

/** A normal shift, or the 24-hour duty (trực 24 giờ) followed by compensatory rest (nghỉ bù). */
export const shiftKinds = ['normal', 'duty_24h'] as const;
export type ShiftKind = (typeof shiftKinds)[number];
export const staffSexes = ['male', 'female'] as const;
export type StaffSex = (typeof staffSexes)[number];
export const leaveKinds = ['annual', 'sick', 'other'] as const;
export const leaveStatuses = ['requested', 'approved', 'refused', 'cancelled'] as const;
export type LeaveStatus = (typeof leaveStatuses)[number];
export const rotaMonthStates = ['draft', 'published'] as const;
export type RotaMonthState = (typeof rotaMonthStates)[number];

export const monthKeySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const yearKeySchema = z.string().regex(/^20\d{2}$/);
/** A local time of day `HH:mm` (24-hour). */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time');
const codeSchema = textSchema(1, 6);

// ---- units ----
export const unitInputSchema = z.strictObject({
  name: textSchema(2, 80),
  code: codeSchema,
  active: z.boolean().default(true),
});
export const unitEditSchema = z.strictObject({
  version: versionSchema,
  name: textSchema(2, 80).optional(),
  code: codeSchema.optional(),
  active: z.boolean().optional(),
});
export const unitViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  active: z.boolean(),
  version: z.number().int(),
});
export type UnitView = z.infer<typeof unitViewSchema>;

// ---- shift templates ----
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Minutes a template lasts: across midnight when it ends at or before its start. */
export function templateMinutes(t: { start: string; end: string; crossesMidnight: boolean }) {
  const span = minutesOf(t.end) - minutesOf(t.start);
  return t.crossesMidnight ? (span <= 0 ? span + 1440 : span) : span;
}

const templateFields = {
  unitId: objectIdSchema,
  code: codeSchema,
  name: textSchema(2, 60),
  start: timeOfDaySchema,
  end: timeOfDaySchema,
  crossesMidnight: z.boolean().default(false),
  breakMinutes: z.number().int().min(0).max(180).default(0),
  /** A paid break counts as working time (Labour Code Art. 109); an unpaid one does not. */
  breakPaid: z.boolean().default(true),
  kind: z.enum(shiftKinds).default('normal'),
  /** Compensatory rest (nghỉ bù) owed after the shift, in hours; the rest check asks at least this. */
  restAfterHours: z.number().int().min(0).max(72).default(0),
  /** Counted for the duty allowance (phụ cấp trực). */
  dutyAllowance: z.boolean().default(false),
  active: z.boolean().default(true),
};

type TemplateShape = {
  start?: string;
  end?: string;
  crossesMidnight?: boolean;
  kind?: string;
  breakMinutes?: number;
};
/** A shift ends after it starts, or crosses midnight when asked to; a 24-hour duty lasts 24 h. */
export function templateProblems(t: TemplateShape): Record<string, string> {
  if (!t.start || !t.end) return {};
  const problems: Record<string, string> = {};
  const span = minutesOf(t.end) - minutesOf(t.start);
  if (t.kind === 'duty_24h') {
    if (span !== 0 || !t.crossesMidnight) problems.end = 'duty_not_24h';
  } else if (!t.crossesMidnight && span <= 0) problems.end = 'shift_end_before_start';
  else if (t.crossesMidnight && span > 0) problems.crossesMidnight = 'does_not_cross_midnight';
  else if (t.crossesMidnight && span === 0) problems.end = 'duty_not_24h';
  const minutes = templateMinutes({
    start: t.start,
    end: t.end,
    crossesMidnight: !!t.crossesMidnight,
  });
  if (!problems.end && (t.breakMinutes ?? 0) >= minutes) problems.breakMinutes = 'break_too_long';
  return problems;
}
const withTemplateChecks = <S extends z.ZodType<TemplateShape>>(schema: S) =>
  schema.superRefine((t, ctx) => {
    for (const [path, message] of Object.entries(templateProblems(t)))
      ctx.addIssue({ code: 'custom', path: [path], message });
  });

export const templateInputSchema = withTemplateChecks(z.strictObject(templateFields));
export type TemplateInput = z.input<typeof templateInputSchema>;
export const templateEditSchema = z.strictObject({
  version: versionSchema,
  ...Object.fromEntries(
    Object.entries(templateFields)
      .filter(([k]) => k !== 'unitId')
      .map(([k, v]) => [k, (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v).optional()]),
  ),
}) as unknown as z.ZodType<
  { version: number } & Partial<Omit<z.output<typeof templateInputSchema>, 'unitId'>>
>;
export const templateViewSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  code: z.string(),
  name: z.string(),
  start: z.string(),
  end: z.string(),
  crossesMidnight: z.boolean(),
  breakMinutes: z.number().int(),
  breakPaid: z.boolean(),
  kind: z.enum(shiftKinds),
  restAfterHours: z.number().int(),
  dutyAllowance: z.boolean(),
  active: z.boolean(),
  /** Working hours the shift counts (break deducted when unpaid). */
  hours: z.number(),
  version: z.number().int(),
});
export type TemplateView = z.infer<typeof templateViewSchema>;

// ---- holidays ----
export const holidayInputSchema = z.strictObject({
  day: isoDaySchema,
  name: textSchema(2, 80),
});
export const holidayEditSchema = z.strictObject({
  version: versionSchema,
  name: textSchema(2, 80),
});
export const holidayQuerySchema = z.strictObject({ year: yearKeySchema });
export const holidayViewSchema = z.object({
  id: z.string(),
  day: z.string(),
  year: z.string(),
  name: z.string(),
  lunar: z.boolean(),
  version: z.number().int(),
});
export type HolidayView = z.infer<typeof holidayViewSchema>;

// ---- staff rostering profiles ----
const weekdaySchema = z.number().int().min(1).max(7); // ISO: 1 Monday … 7 Sunday
export const profileInputSchema = z.strictObject({
  version: versionSchema.optional(),
  qualifications: z.array(qualificationSchema).max(4).default([]),
  unitIds: z.array(objectIdSchema).max(20).default([]),
  contractHoursPerWeek: z.number().min(0).max(48).default(40),
  sex: z.enum(staffSexes),
  /** Weekdays the staff member cannot work (ISO numbers). */
  unavailableWeekdays: z.array(weekdaySchema).max(7).default([]),
  preferredTemplateIds: z.array(objectIdSchema).max(20).default([]),
  avoidedTemplateIds: z.array(objectIdSchema).max(20).default([]),
  note: textSchema(0, 300).default(''),
});
export type ProfileInput = z.input<typeof profileInputSchema>;
export const profileViewSchema = z.object({
  staffId: z.string(),
  fullName: z.string(),
  role: z.string(),
  active: z.boolean(),
  qualifications: z.array(qualificationSchema),
  unitIds: z.array(z.string()),
  contractHoursPerWeek: z.number(),
  sex: z.enum(staffSexes).nullable(),
  unavailableWeekdays: z.array(z.number().int()),
  preferredTemplateIds: z.array(z.string()),
  avoidedTemplateIds: z.array(z.string()),
  note: z.string(),
  /** False while the staff member has no rostering profile yet. */
  hasProfile: z.boolean(),
  version: z.number().int(),
});
export type ProfileView = z.infer<typeof profileViewSchema>;

// ---- leave ----
export const maxLeaveDays = 180;
export const leaveRequestSchema = z
  .strictObject({
    /** A manager may file leave for someone else (a sick call); staff file their own. */
    staffId: objectIdSchema.optional(),
    kind: z.enum(leaveKinds),
    from: isoDaySchema,
    to: isoDaySchema,
    note: textSchema(0, 300).default(''),
  })
  .refine((l) => l.to >= l.from, { path: ['to'], message: 'end_before_start' })
  .refine((l) => daysInclusive(l.from, l.to) <= maxLeaveDays, {
    path: ['to'],
    message: 'leave_too_long',
  });
export const leaveDecisionSchema = z.strictObject({
  version: versionSchema,
  decision: z.enum(['approved', 'refused', 'cancelled']),
  note: textSchema(0, 300).default(''),
});
export const leaveQuerySchema = z.strictObject({
  month: monthKeySchema.optional(),
  status: z.enum(leaveStatuses).optional(),
  mine: z.enum(['true', 'false']).optional(),
});
export const leaveViewSchema = z.object({
  id: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  kind: z.enum(leaveKinds),
  from: z.string(),
  to: z.string(),
  note: z.string(),
  status: z.enum(leaveStatuses),
  requestedBy: z.object({ id: z.string(), fullName: z.string() }),
  decidedBy: z.object({ id: z.string(), fullName: z.string() }).nullable(),
  decisionNote: z.string(),
  version: z.number().int(),
});
export type LeaveView = z.infer<typeof leaveViewSchema>;

// ---- coverage rules ----
const headcount = z.number().int().min(0).max(50);
export const coverageExceptionSchema = z.strictObject({
  day: isoDaySchema,
  min: headcount,
  preferred: headcount,
  note: textSchema(0, 120).default(''),
});
const coverageFields = {
  unitId: objectIdSchema,
  templateId: objectIdSchema,
  qualification: qualificationSchema,
  min: headcount,
  preferred: headcount,
  /** At least one of the staff on the shift must be of this sex (units of one sex). */
  requiredSex: z.enum(staffSexes).nullable().default(null),
  exceptions: z.array(coverageExceptionSchema).max(60).default([]),
};
const preferredNotBelowMin = (c: {
  min?: number;
  preferred?: number;
  exceptions?: { min: number; preferred: number }[];
}) =>
  (c.min === undefined || c.preferred === undefined || c.preferred >= c.min) &&
  (c.exceptions ?? []).every((e) => e.preferred >= e.min);
const uniqueExceptionDays = (c: { exceptions?: { day: string }[] }) =>
  new Set((c.exceptions ?? []).map((e) => e.day)).size === (c.exceptions ?? []).length;
export const coverageInputSchema = z
  .strictObject(coverageFields)
  .refine(preferredNotBelowMin, { path: ['preferred'], message: 'preferred_below_min' })
  .refine(uniqueExceptionDays, { path: ['exceptions'], message: 'duplicate_items' });
export const coverageEditSchema = z
  .strictObject({
    version: versionSchema,
    min: headcount.optional(),
    preferred: headcount.optional(),
    requiredSex: z.enum(staffSexes).nullable().optional(),
    exceptions: z.array(coverageExceptionSchema).max(60).optional(),
  })
  .refine(preferredNotBelowMin, { path: ['preferred'], message: 'preferred_below_min' })
  .refine(uniqueExceptionDays, { path: ['exceptions'], message: 'duplicate_items' });
export const coverageViewSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  templateId: z.string(),
  qualification: qualificationSchema,
  min: z.number().int(),
  preferred: z.number().int(),
  requiredSex: z.enum(staffSexes).nullable(),
  exceptions: z.array(
    z.object({ day: z.string(), min: z.number(), preferred: z.number(), note: z.string() }),
  ),
  version: z.number().int(),
});
export type CoverageView = z.infer<typeof coverageViewSchema>;

// ---- centre settings (every limit of the checks) ----
export const rotaSettingsFields = {
  dailyNormalHours: z.number().min(1).max(24),
  /** Normal plus overtime in one day (Decree 145/2020 Art. 62: 12 h). */
  dailyMaxHours: z.number().min(1).max(24),
  weeklyNormalHours: z.number().min(1).max(72),
  minRestHours: z.number().min(0).max(24),
  weeklyRestHours: z.number().min(0).max(72),
  overtimeMonthHours: z.number().min(0).max(300),
  /** 200 h a year, 300 h in the sectors Decree 145/2020 Art. 61 allows. */
  overtimeYearHours: z.number().min(0).max(300),
  nightStart: timeOfDaySchema,
  nightEnd: timeOfDaySchema,
};
export const rotaSettingsSchema = z.strictObject(rotaSettingsFields);
export type RotaSettings = z.infer<typeof rotaSettingsSchema>;
export const defaultRotaSettings: RotaSettings = {
  dailyNormalHours: 8,
  dailyMaxHours: 12,
  weeklyNormalHours: 48,
  minRestHours: 12,
  weeklyRestHours: 24,
  overtimeMonthHours: 40,
  overtimeYearHours: 200,
  nightStart: '22:00',
  nightEnd: '06:00',
};
export const rotaSettingsEditSchema = z
  .strictObject({ version: versionSchema, ...rotaSettingsFields })
  .refine((s) => s.dailyMaxHours >= s.dailyNormalHours, {
    path: ['dailyMaxHours'],
    message: 'max_below_normal',
  });
export const rotaSettingsViewSchema = rotaSettingsSchema.extend({ version: z.number().int() });
export type RotaSettingsView = z.infer<typeof rotaSettingsViewSchema>;

// ---- rota entries and months ----
export const violationRules = [
  'double_booking',
  'short_rest',
  'daily_hours',
  'weekly_hours',
  'overtime_month',
  'overtime_year',
  'weekly_rest',
  'on_leave',
  'unavailable',
  'missing_qualification',
  'unit_not_allowed',
  'staff_inactive',
  'no_profile',
  'same_sex',
  'coverage_min',
  'coverage_preferred',
] as const;
export type ViolationRule = (typeof violationRules)[number];
export const violationSchema = z.object({
  rule: z.enum(violationRules),
  severity: z.enum(['error', 'warning']),
  staffId: z.string().optional(),
  day: z.string(),
  unitId: z.string().optional(),
  templateId: z.string().optional(),
  /** Figures for the message: hours, limits, headcounts, the qualification or sex asked for. */
  detail: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Violation = z.infer<typeof violationSchema>;

export const entryViewSchema = z.object({
  id: z.string(),
  staffId: z.string(),
  day: z.string(),
  month: z.string(),
  unitId: z.string(),
  templateId: z.string(),
  start: z.string(),
  end: z.string(),
  version: z.number().int(),
});
export type EntryView = z.infer<typeof entryViewSchema>;

export const monthParamsSchema = z.strictObject({ month: monthKeySchema });
export const monthViewSchema = z.object({
  month: z.string(),
  state: z.enum(rotaMonthStates),
  version: z.number().int(),
  publishedAt: z.string().nullable(),
  publishedBy: z.object({ id: z.string(), fullName: z.string() }).nullable(),
  /** The rows of the grid: rostered staff, by the unit they work first. */
  staff: z.array(
    z.object({
      id: z.string(),
      fullName: z.string(),
      role: z.string(),
      unitIds: z.array(z.string()),
      active: z.boolean(),
    }),
  ),
  entries: z.array(entryViewSchema),
  /** Each person's month: worked, night (22:00–06:00) and overtime hours, 24-hour duties. */
  hours: z.array(
    z.object({
      staffId: z.string(),
      hours: z.number(),
      nightHours: z.number(),
      overtimeHours: z.number(),
      duties: z.number(),
    }),
  ),
  violations: z.array(violationSchema),
});
export type MonthView = z.infer<typeof monthViewSchema>;

/** What every change answers: the entries it wrote or removed and the month's violations now. */
export const rotaChangeViewSchema = z.object({
  month: z.string(),
  changed: z.array(entryViewSchema),
  removed: z.array(z.string()),
  skipped: z.array(z.object({ staffId: z.string(), day: z.string(), reason: z.string() })),
  violations: z.array(violationSchema),
});
export type RotaChangeView = z.infer<typeof rotaChangeViewSchema>;

export const assignSchema = z.strictObject({
  staffId: objectIdSchema,
  day: isoDaySchema,
  templateId: objectIdSchema,
});
export const moveSchema = z.strictObject({
  version: versionSchema,
  staffId: objectIdSchema.optional(),
  day: isoDaySchema.optional(),
  templateId: objectIdSchema.optional(),
});
export const clearSchema = z.strictObject({ version: versionSchema });
export const copyWeekSchema = z
  .strictObject({
    /** Mondays of the week copied and of the week written. */
    fromWeek: isoDaySchema,
    toWeek: isoDaySchema,
    unitId: objectIdSchema.optional(),
  })
  .refine((v) => isoWeekday(v.fromWeek) === 1, { path: ['fromWeek'], message: 'not_monday' })
  .refine((v) => isoWeekday(v.toWeek) === 1, { path: ['toWeek'], message: 'not_monday' })
  .refine((v) => v.fromWeek !== v.toWeek, { path: ['toWeek'], message: 'same_week' });
export const patternSchema = z
  .strictObject({
    staffId: objectIdSchema,
    from: isoDaySchema,
    to: isoDaySchema,
    /** One template (or null for a day off) per day, repeated from `from`. */
    cycle: z.array(objectIdSchema.nullable()).min(1).max(28),
  })
  .refine((p) => p.to >= p.from, { path: ['to'], message: 'end_before_start' })
  .refine((p) => daysInclusive(p.from, p.to) <= 62, { path: ['to'], message: 'range_too_long' })
  .refine((p) => p.cycle.some((t) => t !== null), { path: ['cycle'], message: 'required' });
export const publishSchema = z.strictObject({ version: versionSchema });
export const entryParamsSchema = z.strictObject({ id: objectIdSchema });

// ---- day arithmetic (calendar days, no time zone) ----
const dayMs = 86_400_000;
const utcOf = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
const dayOfUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  return dayOfUtc(utcOf(day) + n * dayMs);
}
export function daysInclusive(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / dayMs) + 1;
}
/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(day: string): number {
  return ((new Date(utcOf(day)).getUTCDay() + 6) % 7) + 1;
}
export function mondayOf(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}
export function monthDays(month: string): string[] {
  const first = `${month}-01`;
  const days: string[] = [];
  for (let d = first; d.startsWith(month); d = addDays(d, 1)) days.push(d);
  return days;
}
export function addMonths(month: string, n: number): string {
  const total = +month.slice(0, 4) * 12 + (+month.slice(5, 7) - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
