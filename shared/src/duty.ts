// The duty desk: staff start (check-in) and end (check-out) their shift against their published
// rota entry, with the actual times; managers see late and missing check-ins. Attendance records
// carry the shift's `day` (a night belongs to the day it starts) and `month` as period keys;
// every time is an instant (UTC) shown in Asia/Ho_Chi_Minh.
import { z } from 'zod';
import { isoDaySchema } from './periods';
import { textSchema } from './text';
import { objectIdSchema, versionSchema } from './versioning';

const instantSchema = z.iso.datetime({ offset: true });

/** How far ahead of the planned start a check-in is accepted (the desk opens a shift early). */
export const earlyCheckInMinutes = 120;
/** How far ahead of now a recorded time may lie (clock drift of the tablet). */
export const clockSlackMinutes = 2;

// ---- settings ----
export const dutySettingsFields = {
  /** Minutes after the planned start before a check-in counts as late, and a missing one is flagged. */
  graceMinutes: z.number().int().min(0).max(120),
  /** Which residents' unit (the register's `unit` text) each rota unit looks after. */
  unitLinks: z
    .array(z.strictObject({ unitId: objectIdSchema, residentUnit: textSchema(1, 60) }))
    .max(30),
};
export const dutySettingsEditSchema = z
  .strictObject({ version: versionSchema, ...dutySettingsFields })
  .refine((s) => new Set(s.unitLinks.map((l) => l.unitId)).size === s.unitLinks.length, {
    path: ['unitLinks'],
    message: 'duplicate_items',
  });
export const dutySettingsViewSchema = z.object({
  graceMinutes: z.number().int(),
  unitLinks: z.array(z.object({ unitId: z.string(), residentUnit: z.string() })),
  version: z.number().int(),
});
export type DutySettingsView = z.infer<typeof dutySettingsViewSchema>;
export const defaultGraceMinutes = 15;

// ---- check-in / check-out ----
export const checkInSchema = z.strictObject({
  /** The actual time (a manager recording after the fact); now when left out. */
  at: instantSchema.optional(),
  note: textSchema(0, 300).default(''),
});
/** A check-in without a planned shift: someone covering, marked as unplanned. */
export const coverCheckInSchema = z.strictObject({
  unitId: objectIdSchema,
  templateId: objectIdSchema,
  day: isoDaySchema,
  /** A manager records the check-in of someone else. */
  staffId: objectIdSchema.optional(),
  at: instantSchema.optional(),
  note: textSchema(1, 300),
});
export const checkOutSchema = z.strictObject({
  version: versionSchema,
  at: instantSchema.optional(),
  /** A manager closes the shift before its handover is written, saying why. */
  override: textSchema(3, 300).optional(),
});

export const attendanceViewSchema = z.object({
  id: z.string(),
  entryId: z.string().nullable(),
  staffId: z.string(),
  staffName: z.string(),
  unitId: z.string(),
  templateId: z.string(),
  day: z.string(),
  month: z.string(),
  plannedStart: z.string(),
  plannedEnd: z.string(),
  checkInAt: z.string(),
  checkOutAt: z.string().nullable(),
  /** Unplanned: not on the published rota. */
  cover: z.boolean(),
  lateMinutes: z.number().int(),
  note: z.string(),
  checkOutOverride: z.string(),
  recordedBy: z.object({ id: z.string(), fullName: z.string() }),
  version: z.number().int(),
});
export type AttendanceView = z.infer<typeof attendanceViewSchema>;

export const dutyFlagSchema = z.object({
  kind: z.enum(['late', 'missing', 'handover_unacknowledged', 'tasks_open']),
  unitId: z.string(),
  templateId: z.string(),
  templateName: z.string().optional(),
  day: z.string(),
  staffId: z.string().optional(),
  staffName: z.string().optional(),
  minutes: z.number().int().optional(),
  count: z.number().int().optional(),
  handoverId: z.string().optional(),
});
export type DutyFlag = z.infer<typeof dutyFlagSchema>;

export const dutyNowViewSchema = z.object({
  now: z.string(),
  graceMinutes: z.number().int(),
  units: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      code: z.string(),
      residentUnit: z.string().nullable(),
      shifts: z.array(
        z.object({
          templateId: z.string(),
          templateName: z.string(),
          day: z.string(),
          start: z.string(),
          end: z.string(),
          handoverId: z.string().nullable(),
          handoverStatus: z.enum(['none', 'written', 'acknowledged']),
          staff: z.array(
            z.object({
              entryId: z.string().nullable(),
              staffId: z.string(),
              staffName: z.string(),
              attendance: attendanceViewSchema.nullable(),
            }),
          ),
        }),
      ),
    }),
  ),
  flags: z.array(dutyFlagSchema),
});
export type DutyNowView = z.infer<typeof dutyNowViewSchema>;
export const entryIdParamsSchema = z.strictObject({ entryId: objectIdSchema });

// ---- pure rules ----
const minuteMs = 60_000;
export type Window = { start: number; end: number };

/** Whole minutes a check-in came after the planned start plus the grace period (0 when on time). */
export function lateMinutes(plannedStart: number, checkInAt: number, graceMinutes: number): number {
  const late = Math.floor((checkInAt - plannedStart) / minuteMs);
  return late > graceMinutes ? late : 0;
}

/** Why a check-in at `at` is refused, or null: too early, after the shift ended, or in the future. */
export function checkInProblem(shift: Window, at: number, now: number): string | null {
  if (at > now + clockSlackMinutes * minuteMs) return 'future_time';
  if (at < shift.start - earlyCheckInMinutes * minuteMs) return 'too_early';
  if (at >= shift.end) return 'shift_over';
  return null;
}

/** Why a check-out at `at` is refused, or null: before the check-in, or in the future. */
export function checkOutProblem(checkInAt: number, at: number, now: number): string | null {
  if (at > now + clockSlackMinutes * minuteMs) return 'future_time';
  if (at <= checkInAt) return 'before_start';
  return null;
}

/** Shifts running at `now` (a shift opens for check-in a little early: `earlyMinutes`). */
export function coversNow(shift: Window, now: number, earlyMinutes = 0): boolean {
  return shift.start - earlyMinutes * minuteMs <= now && now < shift.end;
}

export type FlagEntry = {
  id: string;
  staffId: string;
  unitId: string;
  templateId: string;
  day: string;
  start: number;
  end: number;
};
export type FlagAttendance = { entryId: string | null; checkInAt: number; staffId: string };

/**
 * Late and missing check-ins of published entries: late when the check-in came after the grace
 * period, missing when the grace period has passed at `now` and nobody checked in (only while
 * the shift runs or until it ended: a past shift without check-in stays missing).
 */
export function checkInFlags(
  entries: readonly FlagEntry[],
  attendances: readonly FlagAttendance[],
  now: number,
  graceMinutes: number,
): DutyFlag[] {
  const byEntry = new Map(attendances.filter((a) => a.entryId).map((a) => [a.entryId!, a]));
  const flags: DutyFlag[] = [];
  for (const e of entries) {
    const base = { unitId: e.unitId, templateId: e.templateId, day: e.day, staffId: e.staffId };
    const a = byEntry.get(e.id);
    if (a) {
      const minutes = lateMinutes(e.start, a.checkInAt, graceMinutes);
      if (minutes > 0) flags.push({ kind: 'late', ...base, minutes });
    } else if (now > e.start + graceMinutes * minuteMs) {
      flags.push({
        kind: 'missing',
        ...base,
        minutes: Math.floor((Math.min(now, e.end) - e.start) / minuteMs),
      });
    }
  }
  return flags;
}
