// The production sheet (portions of each dish for each group, day by day) and the market list
// (what to buy: edible grams summed per food, raised by the inedible part to the as-bought
// quantity, priced per kg as bought), from menu days and their headcounts.
import { z } from 'zod';
import { dietGroupIdSchema, type DietGroup, type DietGroupId } from './diet-groups';
import { foodGroups, type FoodFacts, type FoodGroup } from './foods';
import { meals, purchasedGrams, type Meal } from './nutrition';
import type { MenuEntry } from './menus';
import { courses, gramsFor, type Course } from './recipes';

export type MarketFood = FoodFacts & { id: string; name: string; group: FoodGroup };
export type MarketRecipe = {
  id: string;
  name: string;
  course: Course;
  ingredients: readonly {
    grams: number;
    byGroup: Partial<Record<DietGroupId, number>>;
    food: MarketFood;
  }[];
};
export type MarketDay = {
  day: string;
  entries: readonly MenuEntry[];
  headcounts: Partial<Record<DietGroupId, number>>;
};

export const productionViewSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z.array(
    z.object({
      day: z.string(),
      meals: z.array(
        z.object({
          meal: z.enum(meals),
          dishes: z.array(
            z.object({
              recipeId: z.string(),
              name: z.string(),
              course: z.enum(courses),
              groups: z.array(z.object({ group: dietGroupIdSchema, portions: z.number().int() })),
              portions: z.number().int(),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type ProductionView = z.infer<typeof productionViewSchema>;

const marketLine = z.object({
  foodId: z.string(),
  name: z.string(),
  /** Edible grams the dishes need. */
  edibleGrams: z.number(),
  inediblePct: z.number(),
  /** As-bought grams: edible ÷ (1 − inedible %). */
  purchasedGrams: z.number(),
  pricePerKg: z.number().nullable(),
  /** Đồng, rounded; 0 when the food has no price. */
  cost: z.number(),
});
export const marketListViewSchema = z.object({
  from: z.string(),
  to: z.string(),
  groups: z.array(
    z.object({ group: z.enum(foodGroups), lines: z.array(marketLine), cost: z.number() }),
  ),
  cost: z.number(),
  /** Foods without a price (their cost is missing from the total). */
  unpriced: z.array(z.string()),
});
export type MarketListView = z.infer<typeof marketListViewSchema>;

/** Portions of each dish of each meal per day: every dish of a group's meal × the group's headcount. */
export function productionSheet(
  days: readonly MarketDay[],
  recipes: ReadonlyMap<string, Pick<MarketRecipe, 'id' | 'name' | 'course'>>,
  groupOrder: readonly DietGroupId[],
): ProductionView['days'] {
  return [...days]
    .sort((a, b) => (a.day < b.day ? -1 : 1))
    .map(({ day, entries, headcounts }) => ({
      day,
      meals: meals.flatMap((meal) => {
        const dishes = new Map<string, Map<DietGroupId, number>>();
        for (const e of entries.filter((x) => x.meal === meal))
          for (const id of e.recipeIds) {
            const portions = headcounts[e.group] ?? 0;
            if (!portions || !recipes.has(id)) continue;
            const byGroup = dishes.get(id) ?? new Map<DietGroupId, number>();
            byGroup.set(e.group, (byGroup.get(e.group) ?? 0) + portions);
            dishes.set(id, byGroup);
          }
        if (!dishes.size) return [];
        return [
          {
            meal: meal as Meal,
            dishes: [...dishes.entries()].map(([id, byGroup]) => {
              const r = recipes.get(id)!;
              const groups = [...byGroup.entries()]
                .sort(([a], [b]) => groupOrder.indexOf(a) - groupOrder.indexOf(b))
                .map(([group, portions]) => ({ group, portions }));
              return {
                recipeId: id,
                name: r.name,
                course: r.course,
                groups,
                portions: groups.reduce((s, g) => s + g.portions, 0),
              };
            }),
          },
        ];
      }),
    }));
}

/** One collator for every comparison (`localeCompare` with a locale builds one per call). */
const vi = new Intl.Collator('vi');

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * What to buy for these days: for every dish portion of every group, each ingredient's edible
 * grams for that group; summed per food, then as-bought = edible ÷ (1 − inedible %), priced per
 * kg as bought. Grouped by food group in the table's order, foods by name within a group.
 */
export function marketList(
  days: readonly MarketDay[],
  recipes: ReadonlyMap<string, MarketRecipe>,
  groups: readonly Pick<DietGroup, 'id' | 'portionFactor'>[],
): Omit<MarketListView, 'from' | 'to'> {
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const edible = new Map<string, { food: MarketFood; grams: number }>();
  for (const { entries, headcounts } of days)
    for (const e of entries) {
      const count = headcounts[e.group] ?? 0;
      const group = groupById.get(e.group);
      if (!count || !group) continue;
      for (const id of e.recipeIds)
        for (const i of recipes.get(id)?.ingredients ?? []) {
          const line = edible.get(i.food.id) ?? { food: i.food, grams: 0 };
          line.grams += gramsFor(i, group) * count;
          edible.set(i.food.id, line);
        }
    }
  const byGroup = new Map<FoodGroup, MarketListView['groups'][number]['lines']>();
  const unpriced: string[] = [];
  for (const { food, grams } of edible.values()) {
    if (grams <= 0) continue;
    const bought = purchasedGrams(food, grams);
    if (food.pricePerKg === null) unpriced.push(food.name);
    const lines = byGroup.get(food.group) ?? [];
    lines.push({
      foodId: food.id,
      name: food.name,
      edibleGrams: round1(grams),
      inediblePct: food.inediblePct,
      purchasedGrams: round1(bought),
      pricePerKg: food.pricePerKg,
      cost: Math.round(((food.pricePerKg ?? 0) * bought) / 1000),
    });
    byGroup.set(food.group, lines);
  }
  const out = foodGroups
    .filter((g) => byGroup.has(g))
    .map((group) => {
      const lines = byGroup.get(group)!.sort((a, b) => vi.compare(a.name, b.name));
      return { group, lines, cost: lines.reduce((s, l) => s + l.cost, 0) };
    });
  return {
    groups: out,
    cost: out.reduce((s, g) => s + g.cost, 0),
    unpriced: unpriced.sort(vi.compare),
  };
}
