// Timesheets (bảng chấm công): per staff member per month, planned hours (the published rota) beside
// actual hours (check-in to check-out: a shift lasts until its handover), night hours, and the pay
// classes of Labour Code 2019 Art. 98 / Decree 145/2020 Art. 55–57: normal hours, overtime on
// working days (150 %), hours on weekly rest days (200 %) and on public holidays (300 %); 24-hour
// duties are counted for the duty allowance. Hours fall on the centre day (Asia/Ho_Chi_Minh) they
// are worked: a night 22:00 on 31 Jan – 06:00 on 1 Feb is 2 h in January and 6 h in February.
import { z } from 'zod';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { centreTimeZone } from './dates';
import {
  addDays,
  isoWeekday,
  monthDays,
  monthKeySchema,
  type RotaSettings,
  type ShiftKind,
} from './rota';
import { objectIdSchema } from './versioning';

// ---- wire shapes ----
export const timesheetQuerySchema = z.strictObject({ month: monthKeySchema });
export const timesheetStaffParamsSchema = z.strictObject({ staffId: objectIdSchema });

const totalsShape = {
  plannedHours: z.number(),
  actualHours: z.number(),
  /** Actual minus planned. */
  differenceHours: z.number(),
  nightHours: z.number(),
  /** Actual hours on working days within the daily and weekly normal hours (100 %). */
  normalHours: z.number(),
  /** Actual hours on working days over the daily or weekly normal hours (150 %). */
  overtimeHours: z.number(),
  /** Actual hours on the person's weekly rest days: days the published rota left free (200 %). */
  restDayHours: z.number(),
  /** Actual hours on public holidays (300 %). */
  holidayHours: z.number(),
  /** 24-hour duties planned and worked (checked in), counted for the duty allowance. */
  plannedDuties: z.number().int(),
  duties: z.number().int(),
  plannedShifts: z.number().int(),
  workedShifts: z.number().int(),
  /** Planned shifts already started that nobody checked in to. */
  missedShifts: z.number().int(),
  /** Check-ins never checked out: counted to the planned end (or now). */
  openShifts: z.number().int(),
  /** Shifts worked off the rota (cover). */
  coverShifts: z.number().int(),
};
export const timesheetTotalsSchema = z.object(totalsShape);
export type TimesheetTotals = z.infer<typeof timesheetTotalsSchema>;

export const dayKinds = ['work', 'rest', 'holiday'] as const;
export type DayKind = (typeof dayKinds)[number];
export const timesheetDaySchema = z.object({
  day: z.string(),
  kind: z.enum(dayKinds),
  holidayName: z.string().nullable(),
  plannedHours: z.number(),
  actualHours: z.number(),
  nightHours: z.number(),
  overtimeHours: z.number(),
  plannedDuties: z.number().int(),
  duties: z.number().int(),
  /** The shifts that start on this day: planned times and the actual check-in and check-out. */
  shifts: z.array(
    z.object({
      templateId: z.string(),
      templateName: z.string(),
      kind: z.enum(['normal', 'duty_24h']),
      plannedStart: z.string().nullable(),
      plannedEnd: z.string().nullable(),
      checkInAt: z.string().nullable(),
      checkOutAt: z.string().nullable(),
      cover: z.boolean(),
    }),
  ),
});
export type TimesheetDay = z.infer<typeof timesheetDaySchema>;

const staffShape = {
  staffId: z.string(),
  fullName: z.string(),
  role: z.string(),
};
export const timesheetRowSchema = z.object({ ...staffShape, ...totalsShape });
export type TimesheetRow = z.infer<typeof timesheetRowSchema>;
export const timesheetViewSchema = z.object({
  month: z.string(),
  /** Whether the month's rota is published (planned hours come from a published rota only). */
  published: z.boolean(),
  rows: z.array(timesheetRowSchema),
  totals: timesheetTotalsSchema,
});
export type TimesheetView = z.infer<typeof timesheetViewSchema>;
export const staffTimesheetViewSchema = z.object({
  month: z.string(),
  published: z.boolean(),
  row: timesheetRowSchema,
  days: z.array(timesheetDaySchema),
});
export type StaffTimesheetView = z.infer<typeof staffTimesheetViewSchema>;

// ---- the computation ----
export type SheetTemplate = {
  id: string;
  name?: string;
  start: string;
  end: string;
  crossesMidnight: boolean;
  breakMinutes: number;
  breakPaid: boolean;
  kind: ShiftKind;
  dutyAllowance: boolean;
};
/** A published rota entry: instants in ms. */
export type SheetEntry = {
  id: string;
  staffId: string;
  day: string;
  templateId: string;
  start: number;
  end: number;
};
export type SheetAttendance = {
  entryId: string | null;
  staffId: string;
  day: string;
  templateId: string;
  plannedStart: number;
  plannedEnd: number;
  checkInAt: number;
  checkOutAt: number | null;
};
export type SheetInput = {
  month: string;
  /** Published entries of the month and of the month before (its nights and weeks reach in). */
  entries: readonly SheetEntry[];
  attendances: readonly SheetAttendance[];
  templates: readonly SheetTemplate[];
  holidays: readonly { day: string; name: string }[];
  settings: Pick<
    RotaSettings,
    'dailyNormalHours' | 'weeklyNormalHours' | 'nightStart' | 'nightEnd'
  >;
  /** Open check-ins count up to this instant when their shift is still running. */
  now: number;
  /** Staff listed even with nothing in the month (a person's own sheet). */
  include?: readonly string[];
};
export type StaffSheet = { staffId: string; totals: TimesheetTotals; days: TimesheetDay[] };

const hourMs = 3_600_000;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const round2 = (n: number) => Math.round(n * 100) / 100 + 0;

/** The instant a centre day (Asia/Ho_Chi_Minh) begins, plus `minutes`. */
export function centreInstant(day: string, minutes = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 0, minutes, centreTimeZone).getTime();
}
/** The centre day holding an instant. */
export function centreDayOf(ms: number): string {
  return format(new TZDate(ms, centreTimeZone), 'yyyy-MM-dd');
}

/** Splits [start, end) at centre midnights: the hours of each day, and of each day's night. */
export function splitByDay(
  start: number,
  end: number,
  night: { start: string; end: string },
): { day: string; hours: number; nightHours: number }[] {
  const out: { day: string; hours: number; nightHours: number }[] = [];
  const ns = minutesOf(night.start);
  const ne = minutesOf(night.end);
  for (let t = start; t < end;) {
    const day = centreDayOf(t);
    const next = Math.min(end, centreInstant(addDays(day, 1)));
    // The night parts of one day: 00:00–06:00 and 22:00–24:00 (or one window if it does not wrap).
    const windows: [number, number][] =
      ns > ne
        ? [
            [0, ne],
            [ns, 1440],
          ]
        : [[ns, ne]];
    let night = 0;
    for (const [a, b] of windows) {
      const from = Math.max(t, centreInstant(day, a));
      const to = Math.min(next, centreInstant(day, b));
      if (to > from) night += to - from;
    }
    out.push({ day, hours: (next - t) / hourMs, nightHours: night / hourMs });
    t = next;
  }
  return out;
}

type Acc = {
  /** A published shift (a 24-hour duty too) runs on this day: a working day, not a rest day. */
  rostered: boolean;
  planned: number;
  actual: number;
  night: number;
  plannedDuties: number;
  duties: number;
};
const emptyAcc = (): Acc => ({
  rostered: false,
  planned: 0,
  actual: 0,
  night: 0,
  plannedDuties: 0,
  duties: 0,
});
const isDuty = (t: SheetTemplate | undefined) => !!t && (t.kind === 'duty_24h' || t.dutyAllowance);
/** Share of a shift's span that counts as work: an unpaid break is not working time. */
function workedRatio(t: SheetTemplate | undefined, spanMs: number): number {
  if (!t || spanMs <= 0) return 1;
  const unpaid = t.breakPaid ? 0 : t.breakMinutes * 60_000;
  return Math.max(0, spanMs - unpaid) / spanMs;
}

/** Each staff member's month: totals and day by day. Staff with nothing in the month are left out. */
export function computeTimesheets(input: SheetInput): StaffSheet[] {
  const templates = new Map(input.templates.map((t) => [t.id, t]));
  const holidays = new Map(input.holidays.map((h) => [h.day, h.name]));
  const days = monthDays(input.month);
  const night = { start: input.settings.nightStart, end: input.settings.nightEnd };
  const staffIds = new Set<string>(input.include ?? []);
  for (const e of input.entries) if (e.day.startsWith(input.month)) staffIds.add(e.staffId);
  for (const a of input.attendances) if (a.day.startsWith(input.month)) staffIds.add(a.staffId);
  // Shifts of the month before count too when they run into this month.
  for (const e of input.entries) if (e.end > centreInstant(days[0]!)) staffIds.add(e.staffId);
  for (const a of input.attendances)
    if ((a.checkOutAt ?? a.plannedEnd) > centreInstant(days[0]!)) staffIds.add(a.staffId);
  return [...staffIds]
    .sort()
    .map((staffId) => staffSheet(staffId, input, templates, holidays, days, night))
    .filter(
      (s) =>
        input.include?.includes(s.staffId) ||
        s.days.some((d) => d.shifts.length > 0 || d.actualHours > 0 || d.plannedHours > 0),
    );
}

function staffSheet(
  staffId: string,
  input: SheetInput,
  templates: Map<string, SheetTemplate>,
  holidays: Map<string, string>,
  days: string[],
  night: { start: string; end: string },
): StaffSheet {
  const entries = input.entries.filter((e) => e.staffId === staffId);
  const attendances = input.attendances.filter((a) => a.staffId === staffId);
  const byDay = new Map<string, Acc>();
  const acc = (day: string) => {
    let a = byDay.get(day);
    if (!a) byDay.set(day, (a = emptyAcc()));
    return a;
  };
  const shifts = new Map<string, TimesheetDay['shifts']>();
  const addShift = (day: string, s: TimesheetDay['shifts'][number]) =>
    shifts.set(day, [...(shifts.get(day) ?? []), s]);
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const totals = { missed: 0, open: 0, cover: 0, planned: 0, worked: 0 };
  const inMonth = (day: string) => day.startsWith(input.month);

  const attended = new Map(attendances.filter((a) => a.entryId).map((a) => [a.entryId!, a]));
  for (const e of entries) {
    const t = templates.get(e.templateId);
    if (isDuty(t)) acc(e.day).plannedDuties++;
    const ratio = t?.kind === 'duty_24h' ? 0 : workedRatio(t, e.end - e.start);
    for (const part of splitByDay(e.start, e.end, night)) {
      const x = acc(part.day);
      x.rostered = true;
      x.planned += part.hours * ratio;
    }
    const a = attended.get(e.id);
    if (inMonth(e.day)) {
      totals.planned++;
      if (!a && e.start < input.now) totals.missed++;
      if (!a)
        addShift(e.day, {
          templateId: e.templateId,
          templateName: t?.name ?? '',
          kind: t?.kind ?? 'normal',
          plannedStart: iso(e.start),
          plannedEnd: iso(e.end),
          checkInAt: null,
          checkOutAt: null,
          cover: false,
        });
    }
  }
  for (const a of attendances) {
    const t = templates.get(a.templateId);
    const open = a.checkOutAt === null;
    // A shift lasts until its check-out (the handover); one never closed counts to its planned end.
    const end = a.checkOutAt ?? Math.max(a.checkInAt, Math.min(a.plannedEnd, input.now));
    if (isDuty(t)) acc(a.day).duties++;
    if (t?.kind !== 'duty_24h') {
      const ratio = workedRatio(t, end - a.checkInAt);
      for (const part of splitByDay(a.checkInAt, end, night)) {
        const x = acc(part.day);
        x.actual += part.hours * ratio;
        x.night += part.nightHours * ratio;
      }
    }
    if (inMonth(a.day)) {
      totals.worked++;
      if (open) totals.open++;
      if (!a.entryId) totals.cover++;
      addShift(a.day, {
        templateId: a.templateId,
        templateName: t?.name ?? '',
        kind: t?.kind ?? 'normal',
        plannedStart: a.entryId ? iso(a.plannedStart) : null,
        plannedEnd: a.entryId ? iso(a.plannedEnd) : null,
        checkInAt: iso(a.checkInAt),
        checkOutAt: iso(a.checkOutAt),
        cover: !a.entryId,
      });
    }
  }

  const kindOf = (day: string): DayKind =>
    holidays.has(day) ? 'holiday' : byDay.get(day)?.rostered ? 'work' : 'rest';
  const overtime = overtimeByDay(byDay, kindOf, input.settings);
  const sheetDays: TimesheetDay[] = days.map((day) => {
    const a = byDay.get(day) ?? emptyAcc();
    return {
      day,
      kind: kindOf(day),
      holidayName: holidays.get(day) ?? null,
      plannedHours: round2(a.planned),
      actualHours: round2(a.actual),
      nightHours: round2(a.night),
      overtimeHours: round2(overtime.get(day) ?? 0),
      plannedDuties: a.plannedDuties,
      duties: a.duties,
      shifts: (shifts.get(day) ?? []).sort((x, y) =>
        (x.plannedStart ?? x.checkInAt ?? '') < (y.plannedStart ?? y.checkInAt ?? '') ? -1 : 1,
      ),
    };
  });
  const sum = (f: (d: TimesheetDay) => number) => round2(sheetDays.reduce((s, d) => s + f(d), 0));
  const actual = sum((d) => d.actualHours);
  const planned = sum((d) => d.plannedHours);
  const ot = sum((d) => d.overtimeHours);
  const rest = sum((d) => (d.kind === 'rest' ? d.actualHours : 0));
  const holiday = sum((d) => (d.kind === 'holiday' ? d.actualHours : 0));
  return {
    staffId,
    days: sheetDays,
    totals: {
      plannedHours: planned,
      actualHours: actual,
      differenceHours: round2(actual - planned),
      nightHours: sum((d) => d.nightHours),
      normalHours: round2(actual - ot - rest - holiday),
      overtimeHours: ot,
      restDayHours: rest,
      holidayHours: holiday,
      plannedDuties: sheetDays.reduce((s, d) => s + d.plannedDuties, 0),
      duties: sheetDays.reduce((s, d) => s + d.duties, 0),
      plannedShifts: totals.planned,
      workedShifts: totals.worked,
      missedShifts: totals.missed,
      openShifts: totals.open,
      coverShifts: totals.cover,
    },
  };
}

/**
 * Overtime on working days: the hours of a day over the daily normal, then the normal hours that
 * take a week (Monday to Sunday, including the days of the month before) over the weekly normal,
 * counted on the day they do. Rest-day and holiday hours are a pay class of their own.
 */
function overtimeByDay(
  byDay: Map<string, Acc>,
  kindOf: (day: string) => DayKind,
  settings: SheetInput['settings'],
): Map<string, number> {
  const overtime = new Map<string, number>();
  const weekNormal = new Map<string, number>();
  for (const day of [...byDay.keys()].sort()) {
    if (kindOf(day) !== 'work') continue;
    const hours = byDay.get(day)!.actual;
    const normal = Math.min(hours, settings.dailyNormalHours);
    const week = addDays(day, 1 - isoWeekday(day));
    const before = weekNormal.get(week) ?? 0;
    const weekExcess = Math.max(0, before + normal - Math.max(before, settings.weeklyNormalHours));
    weekNormal.set(week, before + normal);
    overtime.set(day, hours - normal + weekExcess);
  }
  return overtime;
}

/** The whole centre's totals: the sum of the rows. */
export function sumTimesheets(rows: readonly TimesheetTotals[]): TimesheetTotals {
  const keys = Object.keys(totalsShape) as (keyof TimesheetTotals)[];
  return Object.fromEntries(
    keys.map((k) => [k, round2(rows.reduce((s, r) => s + r[k], 0))]),
  ) as TimesheetTotals;
}
