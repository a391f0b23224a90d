// Builds the solver's problem for one month and one unit (or every active unit) from what the
// rota stores: units, shift templates laid over the month's days (instants in Asia/Ho_Chi_Minh,
// nights, weekends, holidays, 24-hour duties with their compensatory rest), active staff with a
// profile, approved leave, coverage rules with their date exceptions, the centre's limits, the
// current draft (for stability), shifts the solver must work around (the previous month's last
// week, other units' shifts) and the manager's locked cells.
import { createHash } from 'node:crypto';
import {
  addMonths,
  isoWeekday,
  monthDays,
  templateMinutes,
  type RotaSettings,
} from '@care/shared/rota';
import { shiftInstants, workedHours } from '@care/shared/rota-rules';
import { badRequest } from '../../platform/errors';
import { User, type UserDoc } from '../../users/user.model';
import { RotaEntry, RotaMonth, type EntryDoc, type MonthDoc } from '../rota-entry.model';
import {
  Holiday,
  RotaUnit,
  type HolidayDoc,
  type TemplateDoc,
  type UnitDoc,
} from '../setup.models';
import { getSettings, listCoverage, listTemplates, settingsOf } from '../setup.service';
import { StaffProfile, type ProfileDoc } from '../staff.models';
import { approvedLeave } from '../staff.service';
import { ensureMonth } from '../rota.service';
import {
  nightHoursBetween,
  rotaProblemSchema,
  type RotaProblem,
  type RotaProblemInput,
} from '../solver/problem';
import { RotaCellLock, type CellLockDoc } from './cell-lock.model';

const hourMs = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
/** A slot's id: the day and the template (template ids are unique across units). */
export const slotIdOf = (day: string, templateId: string) => `${day}|${templateId}`;

export type RotaProblemBuild = {
  problem: RotaProblem;
  month: string;
  unitIds: string[];
  /** The month document's version and state when the problem was read. */
  monthVersion: number;
  monthState: MonthDoc['state'];
  /** A digest of the month's entries and locks: any planner edit changes it. */
  fingerprint: string;
  /** Entries the solve plans (planned units' templates with a coverage rule), by slot. */
  managed: EntryDoc[];
  /** Locked cells, `staffId|day`. */
  locked: Set<string>;
  templates: Map<string, TemplateDoc>;
};

/** The digest of what a solve read: the month's entries (id and version), its locks, its version. */
export async function monthFingerprint(month: string): Promise<string> {
  const [entries, locks, doc] = await Promise.all([
    RotaEntry.find({ month }, { _id: 1, version: 1 }).lean<EntryDoc[]>(),
    RotaCellLock.find({ month }, { staffId: 1, day: 1 }).lean<CellLockDoc[]>(),
    RotaMonth.findById(month).lean<MonthDoc>(),
  ]);
  const lines = [
    ...entries.map((e) => `e${e._id.toString()}:${e.version}`),
    ...locks.map((l) => `l${l.staffId}|${l.day}`),
  ].sort();
  lines.push(`m${doc?.version ?? 0}:${doc?.state ?? 'draft'}`);
  return createHash('sha1').update(lines.join('\n')).digest('hex');
}

const limitsOf = (s: RotaSettings) => ({
  normalHoursPerDay: s.dailyNormalHours,
  overtimeHoursPerDay: Math.max(0, s.dailyMaxHours - s.dailyNormalHours),
  normalHoursPerWeek: s.weeklyNormalHours,
  overtimeHoursPerWeek: 12,
  overtimeHoursPerMonth: s.overtimeMonthHours,
  overtimeHoursPerYear: s.overtimeYearHours,
  minRestHours: s.minRestHours,
  weeklyRestHours: s.weeklyRestHours,
});

/** Paid hours of a template: clock time less an unpaid break (a duty counts its clock time). */
const paidHoursOf = (t: TemplateDoc) =>
  t.kind === 'duty_24h'
    ? (templateMinutes(t) - (t.breakPaid ? 0 : t.breakMinutes)) / 60
    : workedHours(t);

export async function buildRotaProblem(month: string, unitId?: string): Promise<RotaProblemBuild> {
  const previous = addMonths(month, -1);
  const year = month.slice(0, 4);
  const days = monthDays(month);
  const [units, templateDocs, coverage, settingsDoc, leave, users, profiles, months, holidays] =
    await Promise.all([
      RotaUnit.find({}).lean<UnitDoc[]>(),
      listTemplates(),
      listCoverage(),
      getSettings(),
      approvedLeave([month]),
      User.find({ role: { $ne: 'admin' }, active: true }, { fullName: 1, role: 1, active: 1 })
        .limit(1000)
        .lean<UserDoc[]>(),
      StaffProfile.find({}).limit(1000).lean<ProfileDoc[]>(),
      RotaMonth.find({ year }).lean<MonthDoc[]>(),
      Holiday.find({ year }).lean<HolidayDoc[]>(),
    ]);
  const monthDoc = await ensureMonth(month);
  // Read the fingerprint before the entries: an edit in between shows as stale at apply time.
  const fingerprint = await monthFingerprint(month);
  const [entries, before, lockDocs] = await Promise.all([
    RotaEntry.find({ month }).lean<EntryDoc[]>(),
    RotaEntry.find({ month: previous }).lean<EntryDoc[]>(),
    RotaCellLock.find({ month }).lean<CellLockDoc[]>(),
  ]);

  const planned = units.filter((u) => u.active && (!unitId || u._id.toString() === unitId));
  if (unitId && planned.length === 0) throw badRequest({ unitId: 'unknown_unit' });
  if (planned.length === 0) throw badRequest({ unitId: 'unknown_unit' });
  const unitIds = planned.map((u) => u._id.toString());
  const templates = new Map(templateDocs.map((t) => [t._id.toString(), t]));
  const rules = coverage.filter(
    (c) => unitIds.includes(c.unitId) && templates.get(c.templateId)?.active,
  );
  const plannedTemplates = new Set(rules.map((c) => c.templateId));
  const holidayDays = new Set(holidays.map((h) => h.day));
  const settings = settingsOf(settingsDoc);

  // Slots: every planned template on every day of the month.
  const slots: RotaProblemInput['slots'] = [];
  for (const day of days)
    for (const templateId of plannedTemplates) {
      const t = templates.get(templateId)!;
      const { start, end } = shiftInstants(day, t);
      const weekday = isoWeekday(day);
      slots.push({
        id: slotIdOf(day, templateId),
        unitId: t.unitId,
        templateId,
        name: t.name,
        day,
        start: iso(start),
        end: iso(end),
        paidHours: paidHoursOf(t),
        nightHours: nightHoursBetween(start, end),
        duty24: t.kind === 'duty_24h',
        restAfterHours: t.restAfterHours ?? 0,
        holiday: holidayDays.has(day),
        weekend: weekday >= 6,
      });
    }
  const slotIds = new Set(slots.map((s) => s.id));

  // Demands: each rule on each day (its exception when the day has one). A same-sex rule asks
  // one of that sex among them; with no minimum, only that sex may fill the shift.
  const demands: RotaProblemInput['demands'] = [];
  for (const day of days)
    for (const rule of rules) {
      const { min, preferred } = rule.exceptions.find((x) => x.day === day) ?? rule;
      const slotId = slotIdOf(day, rule.templateId);
      const qualification = rule.qualification;
      if (!rule.requiredSex) demands.push({ slotId, qualification, min, preferred });
      else if (min === 0)
        demands.push({ slotId, qualification, sex: rule.requiredSex, min: 0, preferred });
      else {
        demands.push({ slotId, qualification, min, preferred });
        demands.push({ slotId, qualification, sex: rule.requiredSex, min: 1, preferred: 1 });
      }
    }

  // Staff: active accounts with a profile allowing one of the planned units.
  const profileOf = new Map(profiles.map((p) => [p._id, p]));
  const overtimeBefore = new Map<string, number>();
  for (const m of months)
    if (m._id < month)
      for (const o of m.overtime)
        overtimeBefore.set(o.staffId, (overtimeBefore.get(o.staffId) ?? 0) + o.hours);
  const managed = entries.filter((e) => slotIds.has(slotIdOf(e.day, e.templateId)));
  const managedIds = new Set(managed.map((e) => e._id.toString()));
  const firstDay = days[0]!;
  const fixedOf = (staffId: string) =>
    [...before, ...entries]
      .filter(
        (e) =>
          e.staffId === staffId &&
          !managedIds.has(e._id.toString()) &&
          (e.month === month ||
            new Date(e.end).getTime() > Date.parse(`${firstDay}T00:00:00Z`) - 9 * 24 * hourMs),
      )
      .sort((a, b) => new Date(a.start).getTime() - new Date(b.start).getTime())
      .slice(-80)
      .map((e) => {
        const t = templates.get(e.templateId);
        return {
          start: iso(new Date(e.start).getTime()),
          end: iso(new Date(e.end).getTime()),
          paidHours: t
            ? paidHoursOf(t)
            : (new Date(e.end).getTime() - new Date(e.start).getTime()) / hourMs,
          restAfterHours: t?.restAfterHours ?? 0,
          duty24: t?.kind === 'duty_24h',
        };
      });
  const staff: RotaProblemInput['staff'] = [];
  for (const user of users) {
    const id = user._id.toString();
    const profile = profileOf.get(id);
    if (!profile || !profile.sex || !profile.unitIds.some((u) => unitIds.includes(u))) continue;
    const off = new Set<string>();
    for (const l of leave)
      if (l.staffId === id) for (const day of days) if (l.from <= day && day <= l.to) off.add(day);
    for (const day of days) if (profile.unavailableWeekdays.includes(isoWeekday(day))) off.add(day);
    const wishes = [
      ...profile.preferredTemplateIds
        .filter((t) => plannedTemplates.has(t))
        .map((templateId) => ({ kind: 'want' as const, templateId })),
      ...profile.avoidedTemplateIds
        .filter((t) => plannedTemplates.has(t))
        .map((templateId) => ({ kind: 'avoid' as const, templateId })),
    ];
    staff.push({
      id,
      name: user.fullName,
      qualifications: profile.qualifications,
      unitIds: profile.unitIds,
      sex: profile.sex,
      contractHours: Math.round(((profile.contractHoursPerWeek ?? 40) * days.length * 10) / 7) / 10,
      overtimeHoursThisYear: Math.min(1000, overtimeBefore.get(id) ?? 0),
      unavailableDays: [...off].sort(),
      preferences: wishes.slice(0, 62),
      previousShifts: fixedOf(id),
    });
  }
  const staffIds = new Set(staff.map((s) => s.id));
  const qualificationsOf = new Map(staff.map((s) => [s.id, s.qualifications]));

  // Locks: a locked cell keeps its planned shifts and takes no other planned shift that day.
  const locked = new Set(lockDocs.map((l) => `${l.staffId}|${l.day}`));
  const daySlots = new Map<string, string[]>();
  for (const s of slots) daySlots.set(s.day, [...(daySlots.get(s.day) ?? []), s.id]);
  const locks: RotaProblemInput['locks'] = [];
  for (const l of lockDocs) {
    if (!staffIds.has(l.staffId)) continue;
    const kept = new Set(
      managed
        .filter((e) => e.staffId === l.staffId && e.day === l.day)
        .map((e) => slotIdOf(e.day, e.templateId)),
    );
    for (const slotId of daySlots.get(l.day) ?? [])
      locks.push({ staffId: l.staffId, slotId, kind: kept.has(slotId) ? 'keep' : 'forbid' });
  }

  // The draft, for stability: each planned shift in the qualification its rule asks.
  const asked = new Map<string, string[]>();
  for (const d of demands) asked.set(d.slotId, [...(asked.get(d.slotId) ?? []), d.qualification]);
  const draft: RotaProblemInput['draft'] = [];
  for (const e of managed) {
    if (!staffIds.has(e.staffId)) continue;
    const slotId = slotIdOf(e.day, e.templateId);
    const qualification = (asked.get(slotId) ?? []).find((q) =>
      qualificationsOf.get(e.staffId)?.includes(q as never),
    );
    if (qualification) draft.push({ staffId: e.staffId, slotId, qualification });
  }

  const problem = rotaProblemSchema.parse({
    month,
    units: planned.map((u) => ({ id: u._id.toString(), name: u.name })),
    slots,
    staff,
    demands,
    locks,
    draft,
    limits: limitsOf(settings),
  });
  return {
    problem,
    month,
    unitIds,
    monthVersion: monthDoc.version,
    monthState: monthDoc.state,
    fingerprint,
    managed,
    locked,
    templates,
  };
}
