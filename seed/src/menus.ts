// The demo kitchen's menus: the demo dishes (prices on their table foods), a 4-week cycle applied
// to this month and next, this week approved and the days already served locked.
import { centreDay } from '@care/shared/dates';
import { demoCycleDays, demoPrices, demoRecipeInputs } from '@care/shared/factories/menus';
import { addDay, daysOf, menuCycleCreateSchema, mondayOf } from '@care/shared/menus';
import { recipeCreateSchema } from '@care/shared/recipes';
import { Food, tableFoodId } from '@care/server/kitchen/food.model';
import { ensureFoodTable } from '@care/server/kitchen/food-table';
import { Recipe } from '@care/server/kitchen/recipe.model';
import { createRecipe } from '@care/server/kitchen/recipes.service';
import { applyCycle, createCycle } from '@care/server/menus/cycles.service';
import { changeState } from '@care/server/menus/menus.service';
import { menuCycleApplySchema } from '@care/shared/menus';

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
  const ids = new Map<string, string>();
  for (const { key, ...input } of demoRecipeInputs()) {
    // The kitchen's own seed may have made the same dish: it is reused, not made twice.
    const existing = await Recipe.findOne({ name: input.name, deleted: false }).lean();
    const id = existing
      ? existing._id.toString()
      : (await createRecipe(recipeCreateSchema.parse(input), cook))._id.toString();
    ids.set(key, id);
  }
  const cycle = await createCycle(
    menuCycleCreateSchema.parse({ name: 'Thực đơn 4 tuần', weeks: 4, days: demoCycleDays(4, ids) }),
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
