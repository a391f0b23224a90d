// Menu days: read a range by month keys, edit one day (version-checked; an approved day returns
// to draft, a locked one refuses), copy a day or a week, approve and lock.
import { centreDay } from '@care/shared/dates';
import { dietGroupIds } from '@care/shared/diet-groups';
import {
  headcountsFor,
  isEditable,
  presentByGroup,
  stateChangeProblem,
} from '@care/shared/menu-rules';
import {
  addDay,
  daysBetween,
  daysOf,
  monthsOf,
  mondayOf,
  type MenuCopy,
  type MenuDayEdit,
  type MenuDayView,
  type MenuEntry,
  type MenuStateChange,
} from '@care/shared/menus';
import { recordChange } from '../audit/audit.service';
import { isDuplicateKey } from '../platform/db';
import { AppError, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { kitchenGroups } from '../kitchen/kitchen-residents.service';
import type { RecipeDoc } from '../kitchen/recipe.model';
import { checkedRecipes, idsOfEntries, recipesOf } from './menu-recipes';
import { auditedMenuDayFields, MenuDay, type MenuDayDoc, type Person } from './menu-day.model';

export const emptyDay = (day: string): MenuDayDoc => ({
  _id: day,
  day,
  month: day.slice(0, 7),
  state: 'draft',
  holiday: false,
  note: '',
  entries: [],
  headcounts: {},
  approvedBy: null,
  lockedBy: null,
  updatedBy: null,
  version: 0,
});

/** The stored days of a range (reads by equality on each month key), every day filled in. */
export async function readDays(from: string, to: string): Promise<MenuDayDoc[]> {
  const months = await Promise.all(
    monthsOf(from, to).map((month) => MenuDay.find({ month }).limit(31).lean<MenuDayDoc[]>()),
  );
  const stored = new Map(months.flat().map((d) => [d.day, d]));
  return daysOf(from, to).map((day) => stored.get(day) ?? emptyDay(day));
}

/** Residents present per group, as the kitchen counts them now (no names or allergies read). */
export async function presentNow() {
  return presentByGroup(await kitchenGroups());
}

export function presentDay(
  doc: MenuDayDoc,
  recipes: ReadonlyMap<string, RecipeDoc>,
  present: ReturnType<typeof presentByGroup>,
): MenuDayView {
  return {
    day: doc.day,
    state: doc.state,
    holiday: doc.holiday,
    note: doc.note,
    entries: doc.entries.map((e) => ({
      meal: e.meal,
      group: e.group,
      dishes: e.recipeIds.map((id) => {
        const r = recipes.get(id);
        return {
          recipeId: id,
          name: r?.name ?? '—',
          course: r?.course ?? 'main',
          deleted: !r || r.deleted,
        };
      }),
    })),
    headcounts: headcountsFor(dietGroupIds, present, doc.headcounts ?? {}),
    approvedBy: doc.approvedBy,
    lockedBy: doc.lockedBy,
    version: doc.version,
  };
}

export async function presentDays(docs: MenuDayDoc[]): Promise<MenuDayView[]> {
  const [recipes, present] = await Promise.all([
    recipesOf(docs.flatMap((d) => idsOfEntries(d.entries))),
    presentNow(),
  ]);
  return docs.map((d) => presentDay(d, recipes, present));
}

export async function readWeek(weekStart: string) {
  const monday = mondayOf(weekStart);
  return { weekStart: monday, days: await presentDays(await readDays(monday, addDay(monday, 6))) };
}

const audit = (actor: Person, before: MenuDayDoc | null, after: MenuDayDoc) =>
  recordChange({
    actor,
    action: before ? 'update' : 'create',
    entity: 'menu_day',
    entityId: after._id,
    entityLabel: after.day,
    before,
    after,
    fields: auditedMenuDayFields,
  });

/** Writes a day at the version read: creates it at 0 (a racing creation is a 409), else updates. */
async function writeDay(
  before: MenuDayDoc,
  version: number,
  set: Partial<MenuDayDoc>,
  actor: Person,
): Promise<MenuDayDoc> {
  if (before.version !== version) throw staleVersion();
  let after: MenuDayDoc;
  if (version === 0) {
    try {
      after = (
        await MenuDay.create({ ...before, ...set, updatedBy: actor, version: 1 })
      ).toObject() as MenuDayDoc;
    } catch (e) {
      if (isDuplicateKey(e)) throw staleVersion();
      throw e;
    }
  } else {
    after = await updateVersioned<MenuDayDoc>(MenuDay, before._id, version, {
      $set: { ...set, updatedBy: actor },
    });
  }
  await audit(actor, version === 0 ? null : before, after);
  return after;
}

const lockedProblem = (day: string) => new AppError('menu_locked', { [day]: 'menu_locked' });

export async function readDay(day: string): Promise<MenuDayDoc> {
  return (await MenuDay.findById(day).lean<MenuDayDoc>()) ?? emptyDay(day);
}

export async function editDay(day: string, input: MenuDayEdit, actor: Person): Promise<MenuDayDoc> {
  const before = await readDay(day);
  if (before.version !== input.version) throw staleVersion();
  if (!isEditable(before.state)) throw lockedProblem(day);
  if (input.entries) await checkedRecipes(input.entries);
  const { version, ...set } = input;
  // An approved day that changes needs approving again.
  return writeDay(before, version, { ...set, state: 'draft', approvedBy: null }, actor);
}

/** Checks every target first (so a refused copy writes nothing), then writes them one by one. */
export async function writeMany(
  targets: { day: string; entries: MenuEntry[] }[],
  actor: Person,
): Promise<{ written: string[]; skipped: string[] }> {
  if (!targets.length) return { written: [], skipped: [] };
  const sorted = [...targets].sort((a, b) => (a.day < b.day ? -1 : 1));
  const current = new Map(
    (await readDays(sorted[0]!.day, sorted.at(-1)!.day)).map((d) => [d.day, d]),
  );
  const locked = sorted.filter((t) => current.get(t.day)!.state === 'locked');
  if (locked.length)
    throw new AppError(
      'menu_locked',
      Object.fromEntries(locked.map((t) => [t.day, 'menu_locked'])),
    );
  const approved = sorted.filter((t) => current.get(t.day)!.state === 'approved');
  if (approved.length)
    throw new AppError(
      'menu_approved',
      Object.fromEntries(approved.map((t) => [t.day, 'menu_approved'])),
    );
  await checkedRecipes(sorted.flatMap((t) => t.entries));
  const written: string[] = [];
  for (const t of sorted) {
    const before = current.get(t.day)!;
    await writeDay(before, before.version, { entries: t.entries }, actor);
    written.push(t.day);
  }
  return { written, skipped: [] };
}

export async function copyMenus(input: MenuCopy, actor: Person) {
  if (input.kind === 'day') {
    const source = await readDay(input.from);
    return writeMany([{ day: input.to, entries: source.entries }], actor);
  }
  const from = mondayOf(input.from);
  const to = mondayOf(input.to);
  if (from === to) throw new AppError('validation_failed', { to: 'invalid' });
  const source = await readDays(from, addDay(from, 6));
  return writeMany(
    source.map((d) => ({ day: addDay(to, daysBetween(from, d.day)), entries: d.entries })),
    actor,
  );
}

/** Approves or locks several days: every day is checked before any is changed. */
export async function changeState(input: MenuStateChange, actor: Person, today = centreDay()) {
  const docs = await Promise.all(input.days.map((d) => readDay(d.day)));
  docs.forEach((doc, i) => {
    if (doc.version !== input.days[i]!.version) throw staleVersion();
    const problem = stateChangeProblem(doc.state, input.state, doc.day, today);
    if (problem)
      throw new AppError(problem, {
        [doc.day]: problem === 'menu_locked' ? 'menu_locked' : 'invalid',
      });
  });
  const out: MenuDayDoc[] = [];
  for (const doc of docs) {
    const set: Partial<MenuDayDoc> =
      input.state === 'approved'
        ? { state: 'approved', approvedBy: actor }
        : { state: 'locked', lockedBy: actor };
    // Approving an approved day again changes nothing.
    if (doc.state === input.state) out.push(doc);
    else out.push(await writeDay(doc, doc.version, set, actor));
  }
  return out;
}
