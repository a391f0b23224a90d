// Nutrient and cost sums of portions, meals, days and weeks, judged against a diet group's targets
// and the food allowance.
//
// Grams in recipes are EDIBLE grams (the part eaten, after peeling, boning, trimming), because the
// food composition table gives values per 100 g edible part. What the kitchen buys is more: the
// purchased (as-bought) quantity is edible ÷ (1 − inedible % / 100), and prices are per kg as
// bought, so cost = purchased kg × price.
import { z } from 'zod';
import { addDays, formatISO, getISODay, parseISO } from 'date-fns';
import {
  dailyAllowance,
  dietGroupIdSchema,
  type DietGroup,
  type DietGroupId,
  type KitchenSettings,
} from './diet-groups';
import { nutrientKeys, type FoodFacts, type NutrientKey } from './foods';
import { isoDaySchema } from './periods';
import { gramsFor } from './recipes';
import { objectIdSchema } from './versioning';

export type NutrientTotals = Record<NutrientKey, number>;
/** Totals, with the nutrients some food gave no value for (their totals are then too low). */
export type Sum = {
  nutrients: NutrientTotals;
  incomplete: NutrientKey[];
  cost: number;
  unpriced: boolean;
};

const zeroTotals = Object.freeze(
  Object.fromEntries(nutrientKeys.map((k) => [k, 0])) as NutrientTotals,
);
// A week's analysis sums tens of thousands of portions: these run hot, so they copy a frozen zero
// object and loop over a local key list.
const keys = nutrientKeys;
export const emptyTotals = (): NutrientTotals => ({ ...zeroTotals });
export const emptySum = (): Sum => ({
  nutrients: emptyTotals(),
  incomplete: [],
  cost: 0,
  unpriced: false,
});

/** As-bought grams for `edibleGrams` of a food: edible ÷ (1 − inedible %). */
export function purchasedGrams(food: Pick<FoodFacts, 'inediblePct'>, edibleGrams: number): number {
  return edibleGrams / (1 - food.inediblePct / 100);
}

/** Nutrients and cost of `edibleGrams` of one food. */
export function foodPortion(food: FoodFacts, edibleGrams: number): Sum {
  const nutrients = emptyTotals();
  const incomplete: NutrientKey[] = [];
  for (const k of keys) {
    const per100 = food.nutrients[k];
    if (per100 === null) {
      if (edibleGrams > 0) incomplete.push(k);
    } else nutrients[k] = (per100 * edibleGrams) / 100;
  }
  const unpriced = food.pricePerKg === null && edibleGrams > 0;
  const cost = ((food.pricePerKg ?? 0) * purchasedGrams(food, edibleGrams)) / 1000;
  return { nutrients, incomplete, cost, unpriced };
}

/** The sum of several sums (a dish's foods, a meal's dishes, a day's meals). */
export function addSums(sums: readonly Sum[]): Sum {
  const total = emptySum();
  let incomplete: Set<NutrientKey> | null = null;
  for (const s of sums) {
    for (const k of keys) total.nutrients[k] += s.nutrients[k];
    if (s.incomplete.length) {
      incomplete ??= new Set<NutrientKey>();
      for (const k of s.incomplete) incomplete.add(k);
    }
    total.cost += s.cost;
    total.unpriced ||= s.unpriced;
  }
  if (incomplete) total.incomplete = keys.filter((k) => incomplete.has(k));
  return total;
}

/** Multiplies a sum (a number of portions, an average over days). */
export function scaleSum(sum: Sum, factor: number): Sum {
  if (factor === 1) return sum; // sums are never changed once made
  const nutrients = emptyTotals();
  for (const k of keys) nutrients[k] = sum.nutrients[k] * factor;
  return { nutrients, incomplete: sum.incomplete, cost: sum.cost * factor, unpriced: sum.unpriced };
}

export type RecipeForSums = {
  ingredients: readonly {
    grams: number;
    byGroup: Partial<Record<DietGroupId, number>>;
    food: FoodFacts;
  }[];
};

/** One portion of a recipe for a diet group. */
export function recipePortion(
  recipe: RecipeForSums,
  group: Pick<DietGroup, 'id' | 'portionFactor'>,
): Sum {
  return addSums(recipe.ingredients.map((i) => foodPortion(i.food, gramsFor(i, group))));
}

/** Energy from protein, lipid and glucid (Atwater: 4, 9 and 4 kcal a gram). */
export const atwater = { protein: 4, lipid: 9, glucid: 4 } as const;

/**
 * Shares of energy from protein, lipid and glucid, %, of the energy they give together
 * (4·P + 9·L + 4·G), so that the three add up to 100; zeros when there is nothing.
 */
export function energyShares(n: Pick<NutrientTotals, 'protein' | 'lipid' | 'glucid'>) {
  const p = n.protein * atwater.protein;
  const l = n.lipid * atwater.lipid;
  const g = n.glucid * atwater.glucid;
  const total = p + l + g;
  if (total === 0) return { protein: 0, lipid: 0, glucid: 0 };
  return { protein: (100 * p) / total, lipid: (100 * l) / total, glucid: (100 * g) / total };
}
export type EnergyShares = ReturnType<typeof energyShares>;

/** Energy may be 10 % off target either way; protein may be 10 % under. */
export const energyTolerance = 0.1;
export const proteinTolerance = 0.1;

export const flagKinds = [
  'energy',
  'protein',
  'proteinPct',
  'lipidPct',
  'glucidPct',
  'cost',
] as const;
export type FlagKind = (typeof flagKinds)[number];
export type Flag = {
  kind: FlagKind;
  status: 'under' | 'over';
  value: number;
  /** The accepted range. */
  min: number;
  max: number | null;
};

/** What is off target in a day's (or an average day's) food, and a cost over the allowance. */
export function judge(
  sum: Sum,
  group: Pick<DietGroup, 'energyKcal' | 'proteinG' | 'proteinPct' | 'lipidPct' | 'glucidPct'>,
  allowance: number | null,
): Flag[] {
  const flags: Flag[] = [];
  const check = (kind: FlagKind, value: number, min: number, max: number | null) => {
    if (value < min) flags.push({ kind, status: 'under', value, min, max });
    else if (max !== null && value > max) flags.push({ kind, status: 'over', value, min, max });
  };
  check(
    'energy',
    sum.nutrients.energyKcal,
    group.energyKcal * (1 - energyTolerance),
    group.energyKcal * (1 + energyTolerance),
  );
  check('protein', sum.nutrients.protein, group.proteinG * (1 - proteinTolerance), null);
  const shares = energyShares(sum.nutrients);
  check('proteinPct', shares.protein, ...group.proteinPct);
  check('lipidPct', shares.lipid, ...group.lipidPct);
  check('glucidPct', shares.glucid, ...group.glucidPct);
  if (allowance !== null) check('cost', sum.cost, 0, allowance);
  return flags;
}

export const meals = ['breakfast', 'lunch', 'afternoon_snack', 'dinner', 'late_snack'] as const;
export type Meal = (typeof meals)[number];

/** What the analysis is given: the dishes of each meal of each group on each day. */
export const analysisRequestSchema = z.strictObject({
  days: z
    .array(
      z.strictObject({
        day: isoDaySchema,
        meals: z
          .array(
            z.strictObject({
              meal: z.enum(meals),
              group: dietGroupIdSchema,
              dishes: z
                .array(
                  z.strictObject({
                    recipeId: objectIdSchema,
                    portions: z.number().min(0.1).max(5).default(1),
                  }),
                )
                .max(12),
            }),
          )
          .max(meals.length * 10),
      }),
    )
    .min(1)
    .max(31)
    .refine((ds) => new Set(ds.map((d) => d.day)).size === ds.length, 'duplicate_items'),
});
export type AnalysisRequest = z.output<typeof analysisRequestSchema>;

const totalsView = z.object(
  Object.fromEntries(nutrientKeys.map((k) => [k, z.number()])) as Record<NutrientKey, z.ZodNumber>,
);
const flagView = z.object({
  kind: z.enum(flagKinds),
  status: z.enum(['under', 'over']),
  value: z.number(),
  min: z.number(),
  max: z.number().nullable(),
});
const judgedView = z.object({
  nutrients: totalsView,
  incomplete: z.array(z.enum(nutrientKeys)),
  shares: z.object({ protein: z.number(), lipid: z.number(), glucid: z.number() }),
  cost: z.number(),
  unpriced: z.boolean(),
  allowance: z.number(),
  flags: z.array(flagView),
});
export const analysisViewSchema = z.object({
  groups: z.array(
    z.object({
      group: dietGroupIdSchema,
      days: z.array(judgedView.extend({ day: z.string() })),
      /** Per week (Monday to Sunday): the average day, with the week's total cost. */
      weeks: z.array(
        judgedView.extend({ weekStart: z.string(), days: z.number().int(), totalCost: z.number() }),
      ),
    }),
  ),
});
export type AnalysisView = z.infer<typeof analysisViewSchema>;

const round1 = (x: number) => Math.round(x * 10) / 10;
function judged(sum: Sum, group: DietGroup, allowance: number) {
  const shares = energyShares(sum.nutrients);
  return {
    nutrients: Object.fromEntries(
      nutrientKeys.map((k) => [k, round1(sum.nutrients[k])]),
    ) as NutrientTotals,
    incomplete: sum.incomplete,
    shares: {
      protein: round1(shares.protein),
      lipid: round1(shares.lipid),
      glucid: round1(shares.glucid),
    },
    cost: Math.round(sum.cost),
    unpriced: sum.unpriced,
    allowance,
    flags: judge(sum, group, allowance).map((f) => ({
      ...f,
      value: round1(f.value),
      min: round1(f.min),
      max: f.max === null ? null : round1(f.max),
    })),
  };
}

/** The Monday of a day's ISO week. */
export function weekStartOf(day: string): string {
  const date = parseISO(day);
  return formatISO(addDays(date, 1 - getISODay(date)), { representation: 'date' });
}

/**
 * Per group, per day and per week: nutrients, % energy from P/L/G, cost of one resident's food,
 * each against the group's targets and allowance. `recipes` maps every recipe id of the request.
 */
/** One portion's sums by `<recipeId>/<groupId>`: valid while the recipes and settings are. */
export type PortionCache = Map<string, Sum>;

export function analyseMenus(
  request: AnalysisRequest,
  recipes: ReadonlyMap<string, RecipeForSums>,
  settings: KitchenSettings,
  portionCache: PortionCache = new Map(),
): AnalysisView {
  const groups = new Map(settings.groups.map((g) => [g.id, g]));
  const portion = (recipeId: string, group: DietGroup) => {
    const key = `${recipeId}/${group.id}`;
    let sum = portionCache.get(key);
    if (!sum) {
      const recipe = recipes.get(recipeId);
      if (!recipe) throw new Error(`recipe ${recipeId} not given`);
      sum = recipePortion(recipe, group);
      portionCache.set(key, sum);
    }
    return sum;
  };
  const byGroup = new Map<DietGroupId, Map<string, Sum[]>>();
  for (const { day, meals: dayMeals } of request.days)
    for (const meal of dayMeals) {
      const group = groups.get(meal.group)!;
      const days = byGroup.get(group.id) ?? new Map<string, Sum[]>();
      byGroup.set(group.id, days);
      const sums = days.get(day) ?? [];
      days.set(day, sums);
      for (const dish of meal.dishes)
        sums.push(scaleSum(portion(dish.recipeId, group), dish.portions));
    }
  const order = settings.groups.map((g) => g.id);
  return {
    groups: [...byGroup.entries()]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([id, days]) => {
        const group = groups.get(id)!;
        const allowance = dailyAllowance(settings, group.allowanceCoefficient);
        const daySums = [...days.entries()]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([day, sums]) => ({ day, sum: addSums(sums) }));
        const weeks = new Map<string, Sum[]>();
        for (const { day, sum } of daySums) {
          const start = weekStartOf(day);
          weeks.set(start, [...(weeks.get(start) ?? []), sum]);
        }
        return {
          group: id,
          days: daySums.map(({ day, sum }) => ({ day, ...judged(sum, group, allowance) })),
          weeks: [...weeks.entries()].map(([weekStart, sums]) => {
            const total = addSums(sums);
            return {
              weekStart,
              days: sums.length,
              totalCost: Math.round(total.cost),
              ...judged(scaleSum(total, 1 / sums.length), group, allowance),
            };
          }),
        };
      }),
  };
}
