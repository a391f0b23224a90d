// The kitchen's food library: nutrients per 100 g edible part, the inedible part, the price as
// bought, allergens. It starts with the Vietnamese food composition table 2007 (shared/data).
import { z } from 'zod';
import { pageQuerySchema } from './paging';
import { textSchema } from './text';
import { versionSchema } from './versioning';

/** The table's 14 groups, in its order (the first digits of a table code). */
export const foodGroups = [
  'cereals',
  'starchy_roots',
  'pulses_nuts',
  'vegetables',
  'fruits',
  'oils_fats',
  'meat',
  'fish',
  'eggs',
  'milk',
  'canned',
  'sugar',
  'condiments',
  'beverages',
] as const;
export type FoodGroup = (typeof foodGroups)[number];

/** The group of a table 2007 code: 1001 → cereals, 10001 → milk. */
export function groupOfTableCode(code: string): FoodGroup {
  const n = Number(code.length > 4 ? code.slice(0, code.length - 3) : code.slice(0, 1));
  return foodGroups[n - 1] ?? 'condiments';
}

/** Allergen tags the kitchen tracks (the usual major allergens of a collective kitchen). */
export const allergens = [
  'milk',
  'egg',
  'fish',
  'shellfish',
  'peanut',
  'tree_nut',
  'soy',
  'wheat',
  'sesame',
] as const;
export type AllergenTag = (typeof allergens)[number];

/** Nutrients per 100 g edible part; null where the table gives no value. */
export const nutrientKeys = [
  'energyKcal',
  'protein',
  'lipid',
  'glucid',
  'fibre',
  'calcium',
  'iron',
  'vitaminA',
  'vitaminC',
] as const;
export type NutrientKey = (typeof nutrientKeys)[number];
export type Nutrients = Record<NutrientKey, number | null>;

/** Units for display: kcal, g or mg or µg. */
export const nutrientUnits: Record<NutrientKey, string> = {
  energyKcal: 'kcal',
  protein: 'g',
  lipid: 'g',
  glucid: 'g',
  fibre: 'g',
  calcium: 'mg',
  iron: 'mg',
  vitaminA: 'µg',
  vitaminC: 'mg',
};

// Upper bounds per 100 g: nothing weighs more than 100 g per 100 g, pure fat is 900 kcal.
const nutrientLimits: Record<NutrientKey, number> = {
  energyKcal: 900,
  protein: 100,
  lipid: 100,
  glucid: 100,
  fibre: 100,
  calcium: 5000,
  iron: 500,
  vitaminA: 100_000,
  vitaminC: 5000,
};

const nutrientSchema = (key: NutrientKey) =>
  z.number().min(0).max(nutrientLimits[key]).nullable().default(null);

export const nutrientsSchema = z.strictObject(
  Object.fromEntries(nutrientKeys.map((k) => [k, nutrientSchema(k)])) as {
    [K in NutrientKey]: ReturnType<typeof nutrientSchema>;
  },
);

/** A price in đồng per kilogram as bought; null until the kitchen sets one. */
export const pricePerKgSchema = z.number().int().min(0).max(10_000_000).nullable();
const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;
const allergenListSchema = z
  .array(z.enum(allergens))
  .max(allergens.length)
  .refine(distinct, 'duplicate_items');

/** A food the centre adds itself (a local product, a brand of milk). */
export const foodCreateSchema = z.strictObject({
  name: textSchema(2, 120),
  nameEn: textSchema(0, 120).default(''),
  group: z.enum(foodGroups),
  inediblePct: z.number().min(0).max(95).default(0),
  nutrients: nutrientsSchema,
  pricePerKg: pricePerKgSchema.default(null),
  allergens: allergenListSchema.default([]),
});
export type FoodCreateInput = z.input<typeof foodCreateSchema>;

/**
 * An edit: the price and allergens of any food; names, group, inedible part and nutrients only of
 * the centre's own foods (the table's values are a publication's, kept as printed).
 */
export const foodEditSchema = z.strictObject({
  version: versionSchema,
  name: textSchema(2, 120).optional(),
  nameEn: textSchema(0, 120).optional(),
  group: z.enum(foodGroups).optional(),
  inediblePct: z.number().min(0).max(95).optional(),
  nutrients: nutrientsSchema.optional(),
  pricePerKg: pricePerKgSchema.optional(),
  allergens: allergenListSchema.optional(),
});
export type FoodEditInput = z.input<typeof foodEditSchema>;
export const tableLockedFoodFields = [
  'name',
  'nameEn',
  'group',
  'inediblePct',
  'nutrients',
] as const;

export const foodDeleteSchema = z.strictObject({ version: versionSchema });

export const foodSources = ['table2007', 'centre'] as const;
export const foodListQuerySchema = pageQuerySchema.extend({
  q: textSchema(0, 80).optional(),
  group: z.enum(foodGroups).optional(),
  source: z.enum(foodSources).optional(),
});
export type FoodListQuery = z.infer<typeof foodListQuerySchema>;

export const foodViewSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  source: z.enum(foodSources),
  name: z.string(),
  nameEn: z.string(),
  group: z.enum(foodGroups),
  state: z.enum(['raw', 'cooked']),
  inediblePct: z.number(),
  nutrients: z.object(
    Object.fromEntries(nutrientKeys.map((k) => [k, z.number().nullable()])) as {
      [K in NutrientKey]: z.ZodNullable<z.ZodNumber>;
    },
  ),
  pricePerKg: z.number().nullable(),
  allergens: z.array(z.enum(allergens)),
  deleted: z.boolean(),
  version: z.number().int(),
});
export type FoodView = z.infer<typeof foodViewSchema>;

/** What nutrition sums need of a food. */
export type FoodFacts = Pick<FoodView, 'inediblePct' | 'nutrients' | 'pricePerKg' | 'allergens'>;

/** One row of `vn-food-composition-2007.csv`, as the file has it. */
export type TableRow = Record<string, string>;

const tableColumns: Record<NutrientKey, string> = {
  energyKcal: 'energy_kcal',
  protein: 'protein_g',
  lipid: 'fat_g',
  glucid: 'carbohydrate_g',
  fibre: 'fiber_g',
  calcium: 'calcium_mg',
  iron: 'iron_mg',
  vitaminA: 'vitamin_a_mcg',
  vitaminC: 'vitamin_c_mg',
};

/** Reads the CSV (quoted cells with commas, any line ending) into rows keyed by the header. */
export function parseFoodTable(csv: string): TableRow[] {
  const [header, ...lines] = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const split = (line: string) =>
    [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
      .map((m) => m[1]!)
      .slice(0, -1)
      .map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
  const keys = split(header ?? '');
  if (keys[0] !== 'code' || !keys.includes('energy_kcal'))
    throw new Error('not the Vietnamese food composition table');
  return lines.map((l) => Object.fromEntries(split(l).map((v, i) => [keys[i], v])));
}

/** Whole words only ("ốc" is a snail, not the end of "cuốc" or "Cốc tai"; "bơ" is not "bơn"). */
const words = (...w: string[]) => new RegExp(`(?<!\\p{L})(?:${w.join('|')})(?!\\p{L})`, 'iu');

// Names in the table that carry an allergen the group does not say (tofu is soy, noodles wheat).
const allergenWords: [RegExp, AllergenTag][] = [
  [words('đậu tương', 'đậu phụ', 'đậu nành', 'tương(?! ớt)', 'tào phớ', 'váng đậu'), 'soy'],
  [words('lạc'), 'peanut'],
  [words('vừng', 'mè'), 'sesame'],
  [
    words('bột mì', 'mì', 'mỳ', 'bánh bao', 'bánh quẩy', 'bánh quy', 'bích quy', 'bích cốt'),
    'wheat',
  ],
  [words('bánh quế', 'kem xốp'), 'wheat'],
  [words('hạt điều', 'hạnh nhân', 'óc chó', 'hạt dẻ'), 'tree_nut'],
  [words('sữa', 'bơ', 'pho mát', 'phomat'), 'milk'],
  [words('trứng'), 'egg'],
  [
    words('tôm', 'cua', 'ghẹ', 'rạm', 'mực', 'ốc', 'hến', 'trai', 'sò', 'nghêu', 'ngao', 'hàu'),
    'shellfish',
  ],
  [words('tép', 'bề bề'), 'shellfish'],
];

/**
 * A starting set of allergen tags for a table food, from its group and its name; the kitchen
 * corrects them. Fish and shellfish are told apart by name (tôm, cua, mực… are shellfish).
 */
export function tableAllergens(row: { code: string; name_vi: string }): AllergenTag[] {
  const tags = new Set<AllergenTag>();
  const group = groupOfTableCode(row.code);
  const name = row.name_vi;
  if (group === 'milk') tags.add('milk');
  if (group === 'eggs') tags.add('egg');
  for (const [pattern, tag] of allergenWords) if (pattern.test(name)) tags.add(tag);
  const fishNamed = words('trứng cá', 'mắm cá', 'nước mắm').test(name) || /^cá\s/i.test(name);
  if ((group === 'fish' || fishNamed) && !tags.has('shellfish')) tags.add('fish');
  // Fish roe is fish; "mắm tôm" is shrimp, not fish; soy milk is no milk.
  if (words('trứng cá').test(name)) tags.delete('egg');
  if (words('đậu nành').test(name)) tags.delete('milk');
  // Words that name something else in a group: "cá mè" is a fish, "bơ" and "vú sữa" fruits,
  // "quả trứng gà" a fruit and "đậu trứng cuốc" a bean; "mì chính" is MSG.
  if (group === 'fish') tags.delete('sesame');
  if (group === 'fruits') tags.delete('milk');
  if (group === 'fruits' || group === 'pulses_nuts') tags.delete('egg');
  if (words('mì chính').test(name)) tags.delete('wheat');
  return [...tags].sort((a, b) => allergens.indexOf(a) - allergens.indexOf(b));
}

const cell = (value: string | undefined): number | null =>
  value === undefined || value.trim() === '' ? null : Number(value);

/** A table row as a food of the library (no price yet). */
export function foodFromTableRow(row: TableRow) {
  return {
    code: row.code!,
    source: 'table2007' as const,
    name: row.name_vi!,
    nameEn: row.name_en ?? '',
    group: groupOfTableCode(row.code!),
    state: row.state === 'cooked' ? ('cooked' as const) : ('raw' as const),
    inediblePct: cell(row.inedible_pct) ?? 0,
    nutrients: Object.fromEntries(
      nutrientKeys.map((k) => [k, cell(row[tableColumns[k]])]),
    ) as Nutrients,
    pricePerKg: null,
    allergens: tableAllergens({ code: row.code!, name_vi: row.name_vi! }),
  };
}
