// The rule checks a swap must pass: the same `checkRota` on the rota as it is and as it would be
// with the shifts given to their new holders, for each month the change can touch (a shift's month
// and, near its end, the next one, whose rest and weekly checks look back). Only the violations
// the swap adds count: the rota's older problems are the planner's, not the swap's.
import { addDays, addMonths, monthDays, type Violation } from '@care/shared/rota';
import { addedViolations } from '@care/shared/rota-swaps';
import { checkRota, type RuleCoverage, type RuleInput } from '@care/shared/rota-rules';
import { RotaMonth, type MonthDoc } from './rota-entry.model';
import { monthEntries, ruleProfiles, toRuleEntry } from './rota-check';
import { getSettings, listCoverage, listTemplates, settingsOf } from './setup.service';
import { approvedLeave } from './staff.service';

/** Entry id → the staff member who would hold it. */
export type Reassignment = Map<string, string>;

export type SwapCheck = { errors: Violation[]; warnings: Violation[]; names: Map<string, string> };

/** Months whose checks a shift on `day` can change. */
export function monthsTouched(days: string[]): string[] {
  const months = new Set<string>();
  for (const day of days) {
    months.add(day.slice(0, 7));
    months.add(addDays(day, 7).slice(0, 7));
  }
  return [...months].sort();
}

async function monthInput(month: string): Promise<RuleInput> {
  const previous = addMonths(month, -1);
  const [entries, before, templates, coverage, settings, leave, staff, months] = await Promise.all([
    monthEntries(month),
    monthEntries(previous),
    listTemplates(),
    listCoverage(),
    getSettings(),
    approvedLeave([previous, month]),
    ruleProfiles(),
    RotaMonth.find({ year: month.slice(0, 4) }).lean<MonthDoc[]>(),
  ]);
  const overtimeBefore: Record<string, number> = {};
  for (const m of months)
    if (m._id < month)
      for (const o of m.overtime)
        overtimeBefore[o.staffId] = (overtimeBefore[o.staffId] ?? 0) + o.hours;
  const days = monthDays(month);
  return {
    entries: [...before, ...entries].map(toRuleEntry),
    templates: templates.map((t) => ({ ...t, id: t._id.toString() })),
    profiles: staff.profiles,
    leave,
    coverage: coverage.map((c): RuleCoverage => ({ ...c, requiredSex: c.requiredSex ?? null })),
    settings: settingsOf(settings),
    period: { from: days[0]!, to: days.at(-1)! },
    overtimeBefore,
  };
}

/** What the reassignment adds to the rota's violations, errors apart from warnings. */
export async function checkReassignment(days: string[], change: Reassignment): Promise<SwapCheck> {
  const added: Violation[] = [];
  for (const month of monthsTouched(days)) {
    const input = await monthInput(month);
    const after = {
      ...input,
      entries: input.entries.map((e) =>
        e.id && change.has(e.id) ? { ...e, staffId: change.get(e.id)! } : e,
      ),
    };
    added.push(...addedViolations(checkRota(input), checkRota(after)));
  }
  const { users } = await ruleProfiles();
  const names = new Map(users.map((u) => [u._id.toString(), u.fullName]));
  return {
    errors: added.filter((v) => v.severity === 'error'),
    warnings: added.filter((v) => v.severity === 'warning'),
    names,
  };
}
