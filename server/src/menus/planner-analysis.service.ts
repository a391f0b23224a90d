// The planner's analysis: the week's nutrients and cost per group (the kitchen's analysis service)
// and the month's food cost against the allowance, day by day with running totals.
import { dailyAllowance, dietGroupIds } from '@care/shared/diet-groups';
import { headcountsFor } from '@care/shared/menu-rules';
import { addDay, mondayOf, type MenuEntry } from '@care/shared/menus';
import type { AnalysisRequest, AnalysisView } from '@care/shared/nutrition';
import { analyse } from '../kitchen/analysis.service';
import { readKitchenSettings, settingsOf } from '../kitchen/kitchen-settings.service';
import type { MenuDayDoc } from './menu-day.model';
import { presentNow, readDays } from './menus.service';

const requestOf = (docs: MenuDayDoc[]): AnalysisRequest => ({
  days: docs.map((d) => ({
    day: d.day,
    meals: d.entries
      .filter((e: MenuEntry) => e.recipeIds.length)
      .map((e) => ({
        meal: e.meal,
        group: e.group,
        dishes: e.recipeIds.map((recipeId) => ({ recipeId, portions: 1 })),
      })),
  })),
});

const endOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export async function plannerAnalysis(weekStart: string) {
  const monday = mondayOf(weekStart);
  // The month the week mostly falls in (its Thursday's).
  const month = addDay(monday, 3).slice(0, 7);
  const first = `${month}-01`;
  const sunday = addDay(monday, 6);
  // One read and one analysis for the month and the week together (the week may overlap).
  const from = monday < first ? monday : first;
  const last = endOfMonth(month);
  const [docs, present, settingsDoc] = await Promise.all([
    readDays(from, sunday > last ? sunday : last),
    presentNow(),
    readKitchenSettings(),
  ]);
  const view = await analyse(requestOf(docs));
  const groups = view.groups
    .map((g) => ({
      group: g.group,
      days: g.days.filter((d) => d.day >= monday && d.day <= sunday),
      weeks: g.weeks.filter((w) => w.weekStart === monday),
    }))
    .filter((g) => g.days.length);
  const monthDocs = docs.filter((d) => d.month === month);
  return {
    weekStart: monday,
    groups,
    month: monthCost(month, monthDocs, view, present, settingsOf(settingsDoc)),
  };
}

/** Each day's food cost of all residents (cost per resident × headcount) against their allowance. */
function monthCost(
  month: string,
  docs: MenuDayDoc[],
  view: AnalysisView,
  present: Parameters<typeof headcountsFor>[1],
  settings: ReturnType<typeof settingsOf>,
) {
  const allowance = new Map(
    settings.groups.map((g) => [g.id, dailyAllowance(settings, g.allowanceCoefficient)]),
  );
  const costs = new Map(
    view.groups.flatMap((g) => g.days.map((d) => [`${d.day}/${g.group}`, d.cost] as const)),
  );
  let runningCost = 0;
  let runningAllowance = 0;
  const days = docs
    .filter((d) => d.entries.some((e) => e.recipeIds.length))
    .map((d) => {
      const counts = headcountsFor(dietGroupIds, present, d.headcounts ?? {});
      const fed = new Set(d.entries.filter((e) => e.recipeIds.length).map((e) => e.group));
      let cost = 0;
      let due = 0;
      let residents = 0;
      for (const c of counts) {
        if (!fed.has(c.group) || !c.count) continue;
        cost += (costs.get(`${d.day}/${c.group}`) ?? 0) * c.count;
        due += (allowance.get(c.group) ?? 0) * c.count;
        residents += c.count;
      }
      runningCost += cost;
      runningAllowance += due;
      return { day: d.day, residents, cost, allowance: due, runningCost, runningAllowance };
    });
  return { month, days, cost: runningCost, allowance: runningAllowance };
}
