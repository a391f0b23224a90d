// Loads what the rule checks need for one month and runs them: the month's entries and those of
// the days before it that the checks look back on (equality reads by month and by day), the small collections, approved leave, and the overtime
// the year's earlier months recorded. Also keeps each month's overtime figures for the next.
import { addMonths, monthDays, type Violation } from '@care/shared/rota';
import {
  checkRota,
  lookbackOf,
  summariseHours,
  type RuleCoverage,
  type RuleEntry,
  type RuleInput,
  type RulePeriod,
  type RuleProfile,
} from '@care/shared/rota-rules';
import { readRevisions, RevisionCache } from '../platform/revisions';
import { User, type UserDoc } from '../users/user.model';
import { RotaEntry, RotaMonth, type EntryDoc, type MonthDoc } from './rota-entry.model';
import { listCoverage, listTemplates, getSettings, settingsOf } from './setup.service';
import { StaffProfile, type ProfileDoc } from './staff.models';
import { approvedLeave } from './staff.service';

export const monthEntries = (month: string) => RotaEntry.find({ month }).lean<EntryDoc[]>();

/** The entries of the days before a period that its checks look back on (one read per day). */
export const lookbackEntries = (period: RulePeriod) =>
  Promise.all(lookbackOf(period).map((day) => RotaEntry.find({ day }).lean<EntryDoc[]>())).then(
    (days) => days.flat(),
  );

export async function ruleProfiles(): Promise<{ profiles: RuleProfile[]; users: UserDoc[] }> {
  const [users, docs] = await Promise.all([
    User.find({ role: { $ne: 'admin' } }, { fullName: 1, role: 1, active: 1, sortName: 1 })
      .limit(1000)
      .lean<UserDoc[]>(),
    StaffProfile.find({}).limit(1000).lean<ProfileDoc[]>(),
  ]);
  const byId = new Map(docs.map((p) => [p._id, p]));
  const profiles = users.map((u) => {
    const p = byId.get(u._id.toString());
    return {
      staffId: u._id.toString(),
      active: u.active ?? true,
      hasProfile: !!p,
      qualifications: p?.qualifications ?? [],
      unitIds: p?.unitIds ?? [],
      sex: p?.sex ?? null,
      unavailableWeekdays: p?.unavailableWeekdays ?? [],
    };
  });
  return { profiles, users };
}

export const toRuleEntry = (e: EntryDoc): RuleEntry => ({
  id: e._id.toString(),
  staffId: e.staffId,
  day: e.day,
  unitId: e.unitId,
  templateId: e.templateId,
  start: new Date(e.start).getTime(),
  end: new Date(e.end).getTime(),
});

export type MonthCheck = {
  entries: EntryDoc[];
  users: UserDoc[];
  profiles: RuleProfile[];
  violations: Violation[];
  hours: {
    staffId: string;
    hours: number;
    nightHours: number;
    overtimeHours: number;
    duties: number;
  }[];
};

/**
 * The month's entries, violations and hours. The planner's changes (`record`, the default) also
 * record each person's overtime on the month, for the year's cap in later months; reading a
 * month (`record: false`) writes nothing.
 */
export async function checkMonth(month: string, { record = true } = {}): Promise<MonthCheck> {
  if (!record) return readChecks(month);
  return computeMonth(month, true);
}

/**
 * A month's checks as readers see them: kept in memory under the revisions of what they are made
 * of (rota_* collections, staff profiles, leave, accounts), so a month read again before any of
 * these changes costs two small reads. Nothing is written.
 */
const readCache = new RevisionCache<MonthCheck>({ size: 72, maxAgeMs: 5 * 60_000 });
async function readChecks(month: string): Promise<MonthCheck> {
  const revision = await readRevisions(['rota', 'users']);
  return readCache.get(month, revision, () => computeMonth(month, false));
}

async function computeMonth(month: string, record: boolean): Promise<MonthCheck> {
  const previous = addMonths(month, -1);
  const year = month.slice(0, 4);
  const days = monthDays(month);
  const period = { from: days[0]!, to: days.at(-1)! };
  const [entries, before, templates, coverage, settingsDoc, leave, staff, months] =
    await Promise.all([
      monthEntries(month),
      lookbackEntries(period),
      listTemplates(),
      listCoverage(),
      getSettings(),
      approvedLeave([previous, month]),
      ruleProfiles(),
      RotaMonth.find({ year }).lean<MonthDoc[]>(),
    ]);
  const overtimeBefore: Record<string, number> = {};
  for (const m of months)
    if (m._id < month)
      for (const o of m.overtime)
        overtimeBefore[o.staffId] = (overtimeBefore[o.staffId] ?? 0) + o.hours;
  const input: RuleInput = {
    entries: [...before, ...entries].map(toRuleEntry),
    templates: templates.map((t) => ({ ...t, id: t._id.toString() })),
    profiles: staff.profiles,
    leave,
    coverage: coverage.map((c): RuleCoverage => ({ ...c, requiredSex: c.requiredSex ?? null })),
    settings: settingsOf(settingsDoc),
    period,
    overtimeBefore,
  };
  const violations = checkRota(input);
  const hours = [...summariseHours(input)].map(([staffId, h]) => ({ staffId, ...h }));
  const overtime = hours
    .filter((h) => h.overtimeHours > 0)
    .map((h) => ({ staffId: h.staffId, hours: h.overtimeHours }));
  const recorded = months.find((m) => m._id === month)?.overtime ?? [];
  if (record && JSON.stringify(recorded) !== JSON.stringify(overtime))
    await RotaMonth.updateOne({ _id: month }, { $set: { overtime } });
  return { entries, users: staff.users, profiles: staff.profiles, violations, hours };
}
