// The rota's rule checks (Labour Code 2019, Decree 145/2020) as pure functions over a month's
// entries: double booking, rest between shifts, daily and weekly hours, overtime caps, weekly rest,
// leave, qualifications and unit permissions, same-sex staffing and coverage. Every limit comes
// from the centre's settings. Instants are milliseconds; days are centre days (UTC+7 all year).
import {
  addDays,
  isoWeekday,
  mondayOf,
  templateMinutes,
  type Qualification,
  type RotaSettings,
  type ShiftKind,
  type StaffSex,
  type Violation,
} from './rota';

export type RuleTemplate = {
  id: string;
  unitId: string;
  start: string;
  end: string;
  crossesMidnight: boolean;
  breakMinutes: number;
  breakPaid: boolean;
  kind: ShiftKind;
  restAfterHours: number;
};
export type RuleEntry = {
  id?: string;
  staffId: string;
  day: string;
  unitId: string;
  templateId: string;
  /** Instants (ISO text or ms); computed from the day and the template when the entry was made. */
  start: string | number;
  end: string | number;
};
export type RuleProfile = {
  staffId: string;
  active: boolean;
  hasProfile: boolean;
  qualifications: readonly Qualification[];
  unitIds: readonly string[];
  sex: StaffSex | null;
  unavailableWeekdays: readonly number[];
};
export type RuleLeave = { staffId: string; from: string; to: string; status: string; kind: string };
export type RuleCoverage = {
  unitId: string;
  templateId: string;
  qualification: Qualification;
  min: number;
  preferred: number;
  requiredSex: StaffSex | null;
  exceptions: readonly { day: string; min: number; preferred: number }[];
};
export type RulePeriod = { from: string; to: string };
export type RuleInput = {
  entries: readonly RuleEntry[];
  templates: readonly RuleTemplate[];
  profiles: readonly RuleProfile[];
  leave: readonly RuleLeave[];
  coverage: readonly RuleCoverage[];
  settings: RotaSettings;
  period: RulePeriod;
  /** Overtime hours each staff member worked earlier in the period's year, before its first day. */
  overtimeBefore?: Readonly<Record<string, number>>;
};

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const offsetMs = 7 * hourMs;

/** The instant a centre day starts. */
export function dayStart(day: string): number {
  return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) - offsetMs;
}
// Day keys are asked for thousands of times in a month's check: each is worked out once.
const dayKeys = new Map<number, string>();
const mondays = new Map<string, string>();

/** The centre day holding an instant. */
export function dayOf(ms: number): string {
  const index = Math.floor((ms + offsetMs) / dayMs);
  let key = dayKeys.get(index);
  if (key === undefined) {
    key = new Date(index * dayMs).toISOString().slice(0, 10);
    dayKeys.set(index, key);
  }
  return key;
}

function weekOf(day: string): string {
  let monday = mondays.get(day);
  if (monday === undefined) {
    monday = mondayOf(day);
    mondays.set(day, monday);
  }
  return monday;
}
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Start and end instants of a template worked on a centre day (end on the next day across midnight). */
export function shiftInstants(day: string, t: Omit<RuleTemplate, 'id' | 'unitId'>) {
  const start = dayStart(day) + minutesOf(t.start) * 60_000;
  return { start, end: start + templateMinutes(t) * 60_000 };
}

/** Working hours a template counts: the duty's hours are duty, not normal work or overtime. */
export function workedHours(t: Omit<RuleTemplate, 'id' | 'unitId'>): number {
  if (t.kind === 'duty_24h') return 0;
  return (templateMinutes(t) - (t.breakPaid ? 0 : t.breakMinutes)) / 60;
}

/** Hours of [start, end) that fall in the night window (e.g. 22:00–06:00), across days. */
export function nightHours(start: number, end: number, settings: RotaSettings): number {
  const from = minutesOf(settings.nightStart) * 60_000;
  let span = minutesOf(settings.nightEnd) * 60_000 - from;
  if (span <= 0) span += dayMs;
  let total = 0;
  for (let day = dayStart(dayOf(start)) - dayMs; day < end; day += dayMs) {
    const a = Math.max(start, day + from);
    const b = Math.min(end, day + from + span);
    if (b > a) total += b - a;
  }
  return total / hourMs;
}

const ms = (v: string | number) => (typeof v === 'number' ? v : Date.parse(v));
const round1 = (n: number) => Math.round(n * 10) / 10;

type Shift = { entry: RuleEntry; start: number; end: number; template: RuleTemplate | undefined };

/** Worked hours by centre day (a shift across midnight counts on both days). */
function hoursByDay(shifts: readonly Shift[]): Map<string, number> {
  const byDay = new Map<string, number>();
  for (const s of shifts) {
    if (!s.template) continue;
    const worked = workedHours(s.template);
    if (worked === 0 || s.end <= s.start) continue;
    const ratio = worked / ((s.end - s.start) / hourMs);
    for (let t = s.start; t < s.end;) {
      const day = dayOf(t);
      const next = Math.min(s.end, dayStart(day) + dayMs);
      byDay.set(day, (byDay.get(day) ?? 0) + ((next - t) / hourMs) * ratio);
      t = next;
    }
  }
  return byDay;
}

/**
 * Overtime by day: the hours over the daily normal, then the normal hours that take a week
 * (Monday to Sunday) over its weekly normal, counted on the day they do.
 */
function overtimeByDay(byDay: Map<string, number>, settings: RotaSettings): Map<string, number> {
  const overtime = new Map<string, number>();
  const weekNormal = new Map<string, number>();
  for (const day of [...byDay.keys()].sort()) {
    const hours = byDay.get(day)!;
    const normal = Math.min(hours, settings.dailyNormalHours);
    const week = weekOf(day);
    const before = weekNormal.get(week) ?? 0;
    const weekExcess = Math.max(0, before + normal - Math.max(before, settings.weeklyNormalHours));
    weekNormal.set(week, before + normal);
    overtime.set(day, hours - normal + weekExcess);
  }
  return overtime;
}

export type StaffHours = {
  hours: number;
  nightHours: number;
  overtimeHours: number;
  duties: number;
};

/** Per staff member over the period: worked, night and overtime hours, and 24-hour duties. */
export function summariseHours(
  input: Pick<RuleInput, 'entries' | 'templates' | 'settings' | 'period'>,
): Map<string, StaffHours> {
  const templates = new Map(input.templates.map((t) => [t.id, t]));
  const { from, to } = input.period;
  const result = new Map<string, StaffHours>();
  for (const [staffId, shifts] of shiftsByStaff(input.entries, templates)) {
    const byDay = hoursByDay(shifts);
    const overtime = overtimeByDay(byDay, input.settings);
    const sum = { hours: 0, nightHours: 0, overtimeHours: 0, duties: 0 };
    for (const [day, h] of byDay) if (day >= from && day <= to) sum.hours += h;
    for (const [day, h] of overtime) if (day >= from && day <= to) sum.overtimeHours += h;
    for (const s of shifts) {
      if (s.entry.day < from || s.entry.day > to || !s.template) continue;
      if (s.template.kind === 'duty_24h') sum.duties++;
      else sum.nightHours += nightHours(s.start, s.end, input.settings);
    }
    result.set(staffId, {
      hours: round1(sum.hours),
      nightHours: round1(sum.nightHours),
      overtimeHours: round1(sum.overtimeHours),
      duties: sum.duties,
    });
  }
  return result;
}

function shiftsByStaff(entries: readonly RuleEntry[], templates: Map<string, RuleTemplate>) {
  const byStaff = new Map<string, Shift[]>();
  for (const entry of entries) {
    const list = byStaff.get(entry.staffId) ?? [];
    list.push({
      entry,
      start: ms(entry.start),
      end: ms(entry.end),
      template: templates.get(entry.templateId),
    });
    byStaff.set(entry.staffId, list);
  }
  for (const list of byStaff.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return byStaff;
}

/**
 * How far before its first day a period's checks look: the week holding the first day (weekly
 * hours, weekly rest, overtime) starts up to six days before, and a shift of that week may have
 * begun the day before it (a night, a 24-hour duty). Older entries change no result.
 */
export const lookbackDays = 8;

/** The days before the period whose entries its checks need, oldest first. */
export function lookbackOf(period: RulePeriod): string[] {
  return Array.from({ length: lookbackDays }, (_, i) => addDays(period.from, i - lookbackDays));
}

/** Every rule broken in the period, ordered by day; warnings (severity) are listed too. */
export function checkRota(input: RuleInput): Violation[] {
  const templates = new Map(input.templates.map((t) => [t.id, t]));
  const profiles = new Map(input.profiles.map((p) => [p.staffId, p]));
  const inPeriod = (day: string) => day >= input.period.from && day <= input.period.to;
  const violations: Violation[] = [];
  const byStaff = shiftsByStaff(input.entries, templates);
  for (const [staffId, shifts] of byStaff) {
    violations.push(
      ...checkStaffTimes(staffId, shifts, input, inPeriod),
      ...checkStaffHours(staffId, shifts, input, inPeriod),
      ...checkWeeklyRest(staffId, shifts, input),
      ...checkStaffFit(staffId, shifts, profiles.get(staffId), input, inPeriod),
    );
  }
  violations.push(...checkCoverage(input, profiles, inPeriod));
  const order = (v: Violation) =>
    `${v.day}|${v.severity === 'error' ? 0 : 1}|${v.rule}|${v.staffId ?? ''}`;
  return violations.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

function checkStaffTimes(
  staffId: string,
  shifts: Shift[],
  input: RuleInput,
  inPeriod: (day: string) => boolean,
): Violation[] {
  const out: Violation[] = [];
  let previous: Shift | undefined;
  for (const shift of shifts) {
    const { day, unitId, templateId } = shift.entry;
    if (previous && shift.start < previous.end) {
      if (inPeriod(day))
        out.push({
          rule: 'double_booking',
          severity: 'error',
          staffId,
          day,
          unitId,
          templateId,
          detail: { otherDay: previous.entry.day, otherTemplateId: previous.entry.templateId },
        });
    } else if (previous) {
      const gap = (shift.start - previous.end) / hourMs;
      const min = Math.max(input.settings.minRestHours, previous.template?.restAfterHours ?? 0);
      if (gap < min && inPeriod(day))
        out.push({
          rule: 'short_rest',
          severity: 'error',
          staffId,
          day,
          unitId,
          templateId,
          detail: { hours: round1(gap), min },
        });
    }
    if (!previous || shift.end > previous.end) previous = shift;
  }
  return out;
}

function checkStaffHours(
  staffId: string,
  shifts: Shift[],
  input: RuleInput,
  inPeriod: (day: string) => boolean,
): Violation[] {
  const { settings } = input;
  const out: Violation[] = [];
  const byDay = hoursByDay(shifts);
  const days = [...byDay.keys()].sort();
  for (const day of days) {
    const hours = byDay.get(day)!;
    if (!inPeriod(day) || hours <= settings.dailyNormalHours + 1e-9) continue;
    const over = hours > settings.dailyMaxHours + 1e-9;
    out.push({
      rule: 'daily_hours',
      severity: over ? 'error' : 'warning',
      staffId,
      day,
      detail: {
        hours: round1(hours),
        max: over ? settings.dailyMaxHours : settings.dailyNormalHours,
      },
    });
  }
  // Weekly normal hours: flagged on the day the week goes over.
  const weekTotals = new Map<string, number>();
  for (const day of days) {
    const week = weekOf(day);
    const before = weekTotals.get(week) ?? 0;
    const after = before + byDay.get(day)!;
    weekTotals.set(week, after);
    if (
      before <= settings.weeklyNormalHours + 1e-9 &&
      after > settings.weeklyNormalHours + 1e-9 &&
      inPeriod(day)
    )
      out.push({
        rule: 'weekly_hours',
        severity: 'warning',
        staffId,
        day,
        detail: { hours: round1(weekHours(byDay, week)), max: settings.weeklyNormalHours, week },
      });
  }
  // Overtime caps: flagged on the day the month's (or the year's) overtime goes over.
  const overtime = overtimeByDay(byDay, settings);
  const monthTotals = new Map<string, number>();
  const firstYear = input.period.from.slice(0, 4);
  const yearTotals = new Map<string, number>([[firstYear, input.overtimeBefore?.[staffId] ?? 0]]);
  for (const day of days) {
    if (!inPeriod(day)) continue;
    const hours = overtime.get(day) ?? 0;
    if (hours <= 0) continue;
    const month = day.slice(0, 7);
    const year = day.slice(0, 4);
    const m0 = monthTotals.get(month) ?? 0;
    const y0 = yearTotals.get(year) ?? 0;
    monthTotals.set(month, m0 + hours);
    yearTotals.set(year, y0 + hours);
    if (m0 <= settings.overtimeMonthHours + 1e-9 && m0 + hours > settings.overtimeMonthHours + 1e-9)
      out.push({
        rule: 'overtime_month',
        severity: 'error',
        staffId,
        day,
        detail: { hours: round1(m0 + hours), max: settings.overtimeMonthHours },
      });
    if (y0 <= settings.overtimeYearHours + 1e-9 && y0 + hours > settings.overtimeYearHours + 1e-9)
      out.push({
        rule: 'overtime_year',
        severity: 'error',
        staffId,
        day,
        detail: { hours: round1(y0 + hours), max: settings.overtimeYearHours },
      });
  }
  return out;
}

function weekHours(byDay: Map<string, number>, monday: string) {
  let total = 0;
  for (let i = 0; i < 7; i++) total += byDay.get(addDays(monday, i)) ?? 0;
  return total;
}

/** At least `weeklyRestHours` in a row without work in every week (Monday 00:00 to Sunday 24:00). */
function checkWeeklyRest(staffId: string, shifts: Shift[], input: RuleInput): Violation[] {
  const out: Violation[] = [];
  const min = input.settings.weeklyRestHours;
  for (
    let monday = mondayOf(input.period.from);
    monday <= input.period.to;
    monday = addDays(monday, 7)
  ) {
    const from = dayStart(monday);
    const to = from + 7 * dayMs;
    const inWeek = shifts.filter((s) => s.end > from && s.start < to);
    if (inWeek.length === 0) continue;
    let longest = 0;
    let cursor = from;
    for (const s of inWeek) {
      longest = Math.max(longest, Math.max(s.start, from) - cursor);
      cursor = Math.max(cursor, Math.min(s.end, to));
    }
    longest = Math.max(longest, to - cursor);
    if (longest / hourMs + 1e-9 < min)
      out.push({
        rule: 'weekly_rest',
        severity: 'error',
        staffId,
        day: monday < input.period.from ? input.period.from : monday,
        detail: { hours: round1(longest / hourMs), min, week: monday },
      });
  }
  return out;
}

function checkStaffFit(
  staffId: string,
  shifts: Shift[],
  profile: RuleProfile | undefined,
  input: RuleInput,
  inPeriod: (day: string) => boolean,
): Violation[] {
  const out: Violation[] = [];
  const leave = input.leave.filter((l) => l.staffId === staffId && l.status === 'approved');
  const needs = qualificationsNeeded(input.coverage);
  for (const { entry } of shifts) {
    const { day, unitId, templateId } = entry;
    if (!inPeriod(day)) continue;
    const at = { staffId, day, unitId, templateId };
    if (!profile || !profile.hasProfile) {
      out.push({ rule: 'no_profile', severity: 'error', ...at, detail: {} });
      continue;
    }
    if (!profile.active) out.push({ rule: 'staff_inactive', severity: 'error', ...at, detail: {} });
    const onLeave = leave.find((l) => l.from <= day && day <= l.to);
    if (onLeave)
      out.push({ rule: 'on_leave', severity: 'error', ...at, detail: { kind: onLeave.kind } });
    if (profile.unavailableWeekdays.includes(isoWeekday(day)))
      out.push({
        rule: 'unavailable',
        severity: 'warning',
        ...at,
        detail: { weekday: isoWeekday(day) },
      });
    if (!profile.unitIds.includes(unitId))
      out.push({ rule: 'unit_not_allowed', severity: 'error', ...at, detail: {} });
    const needed = needs.get(`${unitId}|${templateId}`) ?? [];
    if (needed.length > 0 && !needed.some((q) => profile.qualifications.includes(q)))
      out.push({
        rule: 'missing_qualification',
        severity: 'error',
        ...at,
        detail: { needed: needed.join(',') },
      });
  }
  return out;
}

const neededCache = new WeakMap<readonly RuleCoverage[], Map<string, Qualification[]>>();
/** The qualifications each unit's shift asks for, from the coverage rules. */
function qualificationsNeeded(coverage: readonly RuleCoverage[]): Map<string, Qualification[]> {
  let needs = neededCache.get(coverage);
  if (!needs) {
    needs = new Map();
    for (const c of coverage) {
      const key = `${c.unitId}|${c.templateId}`;
      const list = needs.get(key) ?? [];
      if (!list.includes(c.qualification)) list.push(c.qualification);
      needs.set(key, list);
    }
    neededCache.set(coverage, needs);
  }
  return needs;
}

function checkCoverage(
  input: RuleInput,
  profiles: Map<string, RuleProfile>,
  inPeriod: (day: string) => boolean,
): Violation[] {
  const out: Violation[] = [];
  const onShift = new Map<string, RuleProfile[]>();
  for (const e of input.entries) {
    if (!inPeriod(e.day)) continue;
    const key = `${e.day}|${e.unitId}|${e.templateId}`;
    const list = onShift.get(key) ?? [];
    const profile = profiles.get(e.staffId);
    if (profile && profile.active) list.push(profile);
    onShift.set(key, list);
  }
  for (let day = input.period.from; day <= input.period.to; day = addDays(day, 1)) {
    for (const rule of input.coverage) {
      const exception = rule.exceptions.find((x) => x.day === day);
      const { min, preferred } = exception ?? rule;
      const staff = (onShift.get(`${day}|${rule.unitId}|${rule.templateId}`) ?? []).filter((p) =>
        p.qualifications.includes(rule.qualification),
      );
      const at = { day, unitId: rule.unitId, templateId: rule.templateId };
      const detail = { count: staff.length, qualification: rule.qualification };
      if (staff.length < min)
        out.push({ rule: 'coverage_min', severity: 'error', ...at, detail: { ...detail, min } });
      else if (staff.length < preferred)
        out.push({
          rule: 'coverage_preferred',
          severity: 'warning',
          ...at,
          detail: { ...detail, min: preferred },
        });
      if (
        rule.requiredSex &&
        (min > 0 || staff.length > 0) &&
        !staff.some((p) => p.sex === rule.requiredSex)
      )
        out.push({
          rule: 'same_sex',
          severity: 'error',
          ...at,
          detail: { sex: rule.requiredSex, qualification: rule.qualification },
        });
    }
  }
  return out;
}
