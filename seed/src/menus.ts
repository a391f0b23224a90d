// The demo kitchen's menus, made of the kitchen seed's dishes (seed/src/kitchen.ts; made here too
// when that seed has not run): the 4-week cycle of shared/src/factories/menus.ts, each dish taken
// as the kitchen's recipe of the same kind, the special diet groups given dishes that suit them
// (diabetic-suitable, low-salt, a puréed variant), applied to this month and next, this week
// approved and the days already served locked.
import type { DietGroupId } from '@care/shared/diet-groups';
import { centreDay } from '@care/shared/dates';
import { demoCycleDays } from '@care/shared/factories/menus';
import {
  addDay,
  daysOf,
  menuCycleCreateSchema,
  mondayOf,
  type MenuEntry,
} from '@care/shared/menus';
import { iddsiLevels, recipeCreateSchema } from '@care/shared/recipes';
import { Food, tableFoodId } from '@care/server/kitchen/food.model';
import { ensureFoodTable } from '@care/server/kitchen/food-table';
import { Recipe, type RecipeDoc } from '@care/server/kitchen/recipe.model';
import { createRecipe } from '@care/server/kitchen/recipes.service';
import { applyCycle, createCycle } from '@care/server/menus/cycles.service';
import { changeState } from '@care/server/menus/menus.service';
import { menuCycleApplySchema } from '@care/shared/menus';
import { demoPrices, demoRecipes } from './kitchen';

/** The cycle's dish keys (shared/src/factories/menus.ts) as the kitchen seed's dishes. */
export const kitchenDishOf: Record<string, string> = {
  rice: 'Cơm trắng',
  porridge: 'Cháo thịt băm',
  pho: 'Phở bò',
  bun: 'Bún thịt nấu cà chua',
  pork_egg: 'Thịt kho trứng',
  tilapia: 'Cá thu sốt cà chua',
  shrimp: 'Tôm rim',
  tofu: 'Đậu phụ sốt cà chua',
  chicken: 'Thịt lợn luộc',
  beef: 'Thịt bò xào cải xanh',
  pork_minced: 'Thịt lợn kho tiêu',
  spinach_soup: 'Canh mướp',
  pumpkin_soup: 'Canh bí đỏ thịt băm',
  gourd_soup: 'Canh bí xanh nấu tôm',
  greens: 'Rau muống luộc',
  kohlrabi: 'Su hào cà rốt xào',
  banana: 'Chuối tiêu',
  orange: 'Cam',
  milk: 'Sữa tươi',
  soy_milk: 'Sữa đậu nành',
  sweet_potato: 'Khoai lang luộc',
};

/** Whether a dish suits a special diet group as it is (or as one of its texture variants). */
function suits(group: DietGroupId, r: RecipeDoc): boolean {
  if (group === 'diabetic') return r.dietTags.includes('diabetic_suitable');
  if (group === 'low_salt') return r.dietTags.includes('low_salt');
  // The soft group has residents on puréed food: every dish but drinks needs a puréed variant.
  if (group === 'soft')
    return (
      r.course === 'drink' || r.textures.some((t) => iddsiLevels[t.texture] <= iddsiLevels.pureed)
    );
  return true;
}

/**
 * The cycle's menus with each special group's unsuitable dishes swapped for a suitable dish of the
 * same course (a staple or a porridge alike; a different one from day to day), or left out when the kitchen has none.
 */
export function suitedDays(
  days: { week: number; weekday: number; entries: MenuEntry[] }[],
  library: readonly RecipeDoc[],
) {
  const byId = new Map(library.map((r) => [r._id.toString(), r]));
  return days.map((d) => ({
    ...d,
    entries: d.entries.map((e) => {
      const recipeIds = e.recipeIds.flatMap((id) => {
        const r = byId.get(id);
        if (!r || suits(e.group, r)) return [id];
        // A staple may give way to a porridge (and the other way round).
        const kin = (c: string) =>
          c === r.course ||
          (['staple', 'porridge'].includes(c) && ['staple', 'porridge'].includes(r.course));
        const options = library.filter((o) => kin(o.course) && !o.deleted && suits(e.group, o));
        const pick = options[(d.week * 7 + d.weekday) % Math.max(1, options.length)];
        return pick ? [pick._id.toString()] : [];
      });
      const unique = [...new Set(recipeIds)];
      return { ...e, recipeIds: unique.length ? unique : e.recipeIds };
    }),
  }));
}

type Person = { id: string; fullName: string };

const lastDayOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export async function seedMenus(cook: Person, manager: Person, today = centreDay()) {
  await ensureFoodTable();
  for (const [code, price] of Object.entries(demoPrices))
    await Food.updateOne(
      { _id: tableFoodId(code), pricePerKg: null },
      { $set: { pricePerKg: price } },
    );
  // The kitchen seed's dishes, made here only when that seed has not run.
  const ids = new Map<string, string>();
  for (const [key, name] of Object.entries(kitchenDishOf)) {
    const existing = await Recipe.findOne({ name, deleted: false }).lean();
    const input = demoRecipes.find((r) => r.name === name)!;
    const id = existing
      ? existing._id.toString()
      : (await createRecipe(recipeCreateSchema.parse(input), cook))._id.toString();
    ids.set(key, id);
  }
  const library = await Recipe.find({ deleted: false }).limit(500).lean<RecipeDoc[]>();
  const cycle = await createCycle(
    menuCycleCreateSchema.parse({
      name: 'Thực đơn 4 tuần',
      weeks: 4,
      days: suitedDays(demoCycleDays(4, ids), library),
    }),
    cook,
  );
  const from = `${today.slice(0, 7)}-01`;
  const to = lastDayOfMonth(addDay(lastDayOfMonth(today.slice(0, 7)), 1).slice(0, 7));
  await applyCycle(
    cycle._id.toString(),
    menuCycleApplySchema.parse({ from, to: daysOf(from, to).slice(0, 62).at(-1)! }),
    cook,
  );
  // Everything up to the end of this week approved; what has been served (before today) locked.
  const approveTo = addDay(mondayOf(today), 6);
  const approve = daysOf(from, approveTo);
  for (let i = 0; i < approve.length; i += 31)
    await changeState(
      { state: 'approved', days: approve.slice(i, i + 31).map((day) => ({ day, version: 1 })) },
      manager,
      today,
    );
  const served = daysOf(from, addDay(today, -1));
  for (let i = 0; i < served.length; i += 31)
    await changeState(
      { state: 'locked', days: served.slice(i, i + 31).map((day) => ({ day, version: 2 })) },
      cook,
      today,
    );
  return { recipes: ids.size, days: daysOf(from, to).length };
}
