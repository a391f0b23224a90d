// The food-safety logs of a day: made from the day's approved or locked menu (foods of the
// market list for step 1, dishes of each meal for steps 2, 3 and the samples), read with their
// flags, and recorded row by row under each row's version check.
import { centreDay } from '@care/shared/dates';
import { resultSchemas, type CheckEdit, type FoodSafetyDayView } from '@care/shared/food-safety';
import { foodSafetyFlags, sampleProblem } from '@care/shared/food-safety-rules';
import { foodGroups } from '@care/shared/foods';
import { meals } from '@care/shared/nutrition';
import type { SampleResult } from '@care/shared/food-safety';
import { recordChange } from '../audit/audit.service';
import { isDuplicateKey } from '../platform/db';
import { AppError, notFound, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { readMarketList, readProduction } from '../menus/market.service';
import { recipesOf } from '../menus/menu-recipes';
import { readDay } from '../menus/menus.service';
import {
  FoodCheck,
  FoodSafetyDay,
  maxRowsPerDay,
  type FoodCheckDoc,
  type FoodSafetyDayDoc,
  type Person,
} from './food-check.model';
import { presentRow } from './food-check.presenter';

const liquidCourses = new Set(['soup', 'drink', 'porridge']);
const hhmm = (at: Date) =>
  at.toLocaleTimeString('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });

/** The rows a day's menu asks for, in the order of the forms. */
async function plannedRows(day: string): Promise<Omit<FoodCheckDoc, 'version'>[]> {
  const [market, production] = await Promise.all([
    readMarketList(day, day),
    readProduction(day, day),
  ]);
  const dishes = production.days.flatMap((d) => d.meals.flatMap((m) => m.dishes));
  const recipes = await recipesOf(dishes.map((d) => d.recipeId));
  const base = { day, month: day.slice(0, 7), result: null, checkedBy: null, checkedAt: null };
  const none = { takenBy: null, discardedBy: null };
  const rows: Omit<FoodCheckDoc, 'version'>[] = [];
  market.groups
    .sort((a, b) => foodGroups.indexOf(a.group) - foodGroups.indexOf(b.group))
    .flatMap((g) => g.lines)
    .forEach((l, i) =>
      rows.push({
        ...base,
        ...none,
        _id: `${day}.receipt.day.${l.foodId}`,
        kind: 'receipt',
        meal: null,
        refId: l.foodId,
        name: l.name,
        order: i,
        planned: {
          quantityKg: Math.round(l.purchasedGrams) / 1000,
          portions: null,
          ingredients: '',
          liquid: false,
        },
      }),
    );
  for (const d of production.days)
    for (const m of d.meals)
      m.dishes.forEach((dish, i) => {
        const recipe = recipes.get(dish.recipeId);
        const planned = {
          quantityKg: null,
          portions: dish.portions,
          ingredients: (recipe?.ingredients ?? []).map((x) => x.food?.name ?? '').join(', '),
          liquid: liquidCourses.has(dish.course),
        };
        for (const kind of ['preparation', 'serving', 'sample'] as const)
          rows.push({
            ...base,
            ...none,
            _id: `${day}.${kind}.${m.meal}.${dish.recipeId}`,
            kind,
            meal: m.meal,
            refId: dish.recipeId,
            name: dish.name,
            order: meals.indexOf(m.meal) * 100 + i,
            planned,
          });
      });
  return rows;
}

/**
 * Makes a day's logs from its menu, or adds the rows of dishes added since (rows already there,
 * recorded or not, stay as they are). A draft menu is refused: the logs follow what was approved.
 */
export async function generateDay(day: string, actor: Person) {
  const menu = await readDay(day);
  if (menu.state === 'draft') throw new AppError('food_safety_no_menu', { day: 'invalid' });
  const rows = await plannedRows(day);
  const existing = new Set(
    (
      await FoodCheck.find({ day })
        .select({ _id: 1 })
        .limit(maxRowsPerDay)
        .lean<{ _id: string }[]>()
    ).map((r) => r._id),
  );
  const missing = rows.filter((r) => !existing.has(r._id)).map((r) => ({ ...r, version: 1 }));
  if (missing.length)
    try {
      await FoodCheck.insertMany(missing, { ordered: false });
    } catch (e) {
      // Another cook made the same rows at the same moment: theirs are the same rows.
      if (!isDuplicateKey(e)) throw e;
    }
  if (!(await FoodSafetyDay.exists({ _id: day }))) {
    try {
      const after = (
        await FoodSafetyDay.create({
          _id: day,
          day,
          month: day.slice(0, 7),
          generatedAt: new Date(),
          generatedBy: actor,
          version: 1,
        })
      ).toObject() as FoodSafetyDayDoc;
      await recordChange({
        actor,
        action: 'create',
        entity: 'food_safety_day',
        entityId: day,
        entityLabel: day,
        before: null,
        after: { ...after, rows: rows.length },
        fields: ['rows'],
      });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
  }
  return readFoodSafetyDay(day);
}

const flagRows = (rows: FoodCheckDoc[]) =>
  rows.map((r) => ({
    kind: r.kind,
    meal: r.meal,
    done: r.result !== null,
    sample: r.kind === 'sample' ? (r.result as SampleResult | null) : null,
  }));

/** A day's rows and flags (rows read by equality on the day, bounded). */
export async function readFoodSafetyDay(day: string, now = new Date()): Promise<FoodSafetyDayView> {
  const [dayDoc, rows, menu] = await Promise.all([
    FoodSafetyDay.findById(day).lean<FoodSafetyDayDoc>(),
    FoodCheck.find({ day }).limit(maxRowsPerDay).lean<FoodCheckDoc[]>(),
    readDay(day),
  ]);
  rows.sort(
    (a, b) =>
      ['receipt', 'preparation', 'serving', 'sample'].indexOf(a.kind) -
        ['receipt', 'preparation', 'serving', 'sample'].indexOf(b.kind) || a.order - b.order,
  );
  return {
    day,
    menuState: menu.state,
    generated: dayDoc
      ? { at: new Date(dayDoc.generatedAt).toISOString(), by: dayDoc.generatedBy }
      : null,
    rows: rows.map(presentRow),
    flags: foodSafetyFlags({
      day,
      today: centreDay(now),
      now: hhmm(now),
      menuState: menu.state,
      generated: !!dayDoc,
      rows: flagRows(rows),
    }),
    version: dayDoc?.version ?? 0,
  };
}

/** The flags of a day without its rows' details (the dashboard). */
export async function foodSafetyFlagsOf(day: string, menuState: FoodSafetyDayView['menuState']) {
  const [dayDoc, rows] = await Promise.all([
    FoodSafetyDay.exists({ _id: day }),
    FoodCheck.find({ day })
      .select({ kind: 1, meal: 1, result: 1 })
      .limit(maxRowsPerDay)
      .lean<FoodCheckDoc[]>(),
  ]);
  const now = new Date();
  return foodSafetyFlags({
    day,
    today: centreDay(now),
    now: hhmm(now),
    menuState,
    generated: !!dayDoc,
    rows: flagRows(rows),
  });
}

/** Records one row's result: the kind must match, the sample rules hold, the version is current. */
export async function recordCheck(id: string, edit: CheckEdit, actor: Person) {
  const day = id.slice(0, 10);
  if (!(await FoodSafetyDay.exists({ _id: day })))
    throw new AppError('food_safety_not_generated', { day: 'invalid' });
  const before = await FoodCheck.findById(id).lean<FoodCheckDoc>();
  if (!before) throw notFound();
  if (before.kind !== edit.kind) throw new AppError('validation_failed', { kind: 'invalid' });
  if (before.version !== edit.version) throw staleVersion();
  // Parsed again by the row's own schema (the union chose by the sent kind).
  const result = resultSchemas[before.kind].parse(edit.result) as Record<string, unknown>;
  const set: Partial<FoodCheckDoc> = { result, checkedBy: actor, checkedAt: new Date() };
  if (edit.kind === 'sample') {
    const previous = before.result as SampleResult | null;
    const problem = sampleProblem(edit.result, previous);
    if (problem)
      throw new AppError(
        problem.code === 'hold_reason_required' ? 'validation_failed' : problem.code,
        { [`result.${problem.field}`]: problem.code },
      );
    if (previous?.discardedAt && !edit.result.discardedAt)
      throw new AppError('validation_failed', { 'result.discardedAt': 'invalid' });
    set.takenBy = before.takenBy ?? actor;
    set.discardedBy = edit.result.discardedAt ? (before.discardedBy ?? actor) : null;
  }
  const after = await updateVersioned<FoodCheckDoc>(FoodCheck, id, edit.version, { $set: set });
  await recordChange({
    actor,
    action: 'update',
    entity: 'food_check',
    entityId: id,
    entityLabel: `${day} ${before.name}`,
    before,
    after,
    fields: ['result'],
  });
  return presentRow(after);
}
