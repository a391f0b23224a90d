// Menu cycles: a set of weeks of menus (e.g. four) applied to a range of dates, week after week,
// with holidays left out.
import { cycleDayFor } from '@care/shared/menu-rules';
import {
  addDay,
  daysOf,
  mondayOf,
  type MenuCycleApply,
  type MenuCycleCreate,
} from '@care/shared/menus';
import { recordChange } from '../audit/audit.service';
import { notFound } from '../platform/errors';
import { checkedRecipes } from './menu-recipes';
import { MenuCycle, type MenuCycleDoc, type Person } from './menu-day.model';
import { readDays, writeMany } from './menus.service';

export async function createCycle(input: MenuCycleCreate, actor: Person): Promise<MenuCycleDoc> {
  const { fromWeek, ...fields } = input;
  if (fromWeek) {
    const monday = mondayOf(fromWeek);
    const planned = await readDays(monday, addDay(monday, input.weeks * 7 - 1));
    fields.days = planned.map((d, i) => ({
      week: Math.floor(i / 7) + 1,
      weekday: (i % 7) + 1,
      entries: d.entries.map((e) => ({ meal: e.meal, group: e.group, recipeIds: e.recipeIds })),
    }));
  }
  await checkedRecipes(
    fields.days.flatMap((d) => d.entries),
    'days',
  );
  const doc = (await MenuCycle.create({ ...fields, updatedBy: actor })).toObject() as MenuCycleDoc;
  await recordChange({
    actor,
    action: 'create',
    entity: 'menu_cycle',
    entityId: doc._id.toString(),
    entityLabel: doc.name,
    before: null,
    after: doc,
    fields: ['name', 'weeks', 'days'],
  });
  return doc;
}

export const listCycles = () =>
  MenuCycle.find({}).sort({ name: 1 }).limit(100).lean<MenuCycleDoc[]>();

export async function applyCycle(id: string, input: MenuCycleApply, actor: Person) {
  const cycle = await MenuCycle.findById(id).lean<MenuCycleDoc>();
  if (!cycle) throw notFound();
  const holidays = new Set(input.holidays);
  const targets = daysOf(input.from, input.to)
    .filter((day) => !holidays.has(day))
    .map((day) => {
      const { week, weekday } = cycleDayFor(day, input.from, cycle.weeks, input.startWeek);
      const found = cycle.days.find((d) => d.week === week && d.weekday === weekday);
      return { day, entries: found?.entries ?? [] };
    });
  const result = await writeMany(targets, actor);
  return {
    written: result.written,
    skipped: [...holidays].filter((d) => d >= input.from && d <= input.to).sort(),
  };
}

export const presentCycle = (c: MenuCycleDoc) => ({
  id: c._id.toString(),
  name: c.name,
  weeks: c.weeks,
  days: c.days.map((d) => ({ week: d.week, weekday: d.weekday, entries: d.entries })),
  version: c.version,
});
