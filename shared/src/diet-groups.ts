// Diet groups (nhóm khẩu phần): who eats which portions, with their energy and protein targets and
// P:L:G energy ranges, the food allowance, and the rule that puts a resident in a group.
import { z } from 'zod';
import { ageOf } from './resident-rules';
import type { diets, textures } from './residents';
import { versionSchema } from './versioning';

/**
 * Fixed group codes (portions and menus are keyed by them); their names, targets and allowance
 * are settings. Age bands follow the recommended intakes for Vietnamese people (2016).
 */
export const dietGroupIds = [
  'child_1_2',
  'child_3_5',
  'child_6_9',
  'child_10_14',
  'youth_15_19',
  'adult',
  'elderly',
  'diabetic',
  'soft',
  'low_salt',
] as const;
export type DietGroupId = (typeof dietGroupIds)[number];
export const dietGroupIdSchema = z.enum(dietGroupIds);

/** Age groups cover ages [from, to]; the rest are special diets. */
export const ageGroupRanges: Partial<Record<DietGroupId, [number, number]>> = {
  child_1_2: [0, 2],
  child_3_5: [3, 5],
  child_6_9: [6, 9],
  child_10_14: [10, 14],
  youth_15_19: [15, 19],
  adult: [20, 59],
  elderly: [60, 200],
};
export const specialGroups: readonly DietGroupId[] = ['diabetic', 'soft', 'low_salt'];

const range = z
  .tuple([z.number().min(0).max(100), z.number().min(0).max(100)])
  .refine(([min, max]) => min <= max, 'end_before_start');

export const dietGroupSchema = z.strictObject({
  id: dietGroupIdSchema,
  /** Energy target, kcal a day. */
  energyKcal: z.number().int().min(300).max(5000),
  /** Protein target, g a day. */
  proteinG: z.number().min(5).max(250),
  /** Share of energy from protein, lipid and glucid, % (min, max). */
  proteinPct: range,
  lipidPct: range,
  glucidPct: range,
  /** Portion size against the adult portion a recipe gives (1 = the adult portion). */
  portionFactor: z.number().min(0.1).max(3),
  /** Decree 20/2021 Art. 25 coefficient times the social assistance standard level. */
  allowanceCoefficient: z.number().min(0).max(20),
});
export type DietGroup = z.infer<typeof dietGroupSchema>;

export const kitchenSettingsSchema = z.strictObject({
  groups: z
    .array(dietGroupSchema)
    .length(dietGroupIds.length)
    .refine((gs) => dietGroupIds.every((id) => gs.some((g) => g.id === id)), 'duplicate_items'),
  /** Social assistance standard level, đồng a month (Decree 76/2024: 500,000 from 1 July 2024). */
  standardLevel: z.number().int().min(0).max(100_000_000),
  /** Days the monthly allowance is spread over. */
  daysPerMonth: z.number().int().min(28).max(31),
  /** Share of the nurturing allowance spent on food, %. */
  foodSharePct: z.number().min(1).max(100),
});
export type KitchenSettings = z.infer<typeof kitchenSettingsSchema>;
export const kitchenSettingsEditSchema = kitchenSettingsSchema.extend({ version: versionSchema });
export const kitchenSettingsViewSchema = kitchenSettingsSchema.extend({
  version: z.number().int(),
});
export type KitchenSettingsView = z.infer<typeof kitchenSettingsViewSchema>;

const adultRanges = { proteinPct: [13, 20], lipidPct: [20, 25], glucidPct: [55, 67] } as const;
const group = (
  id: DietGroupId,
  energyKcal: number,
  proteinG: number,
  ranges: {
    proteinPct: readonly [number, number];
    lipidPct: readonly [number, number];
    glucidPct: readonly [number, number];
  },
  portionFactor: number,
  allowanceCoefficient = 4,
): DietGroup => ({
  id,
  energyKcal,
  proteinG,
  proteinPct: [...ranges.proteinPct],
  lipidPct: [...ranges.lipidPct],
  glucidPct: [...ranges.glucidPct],
  portionFactor,
  allowanceCoefficient,
});

/**
 * Prefilled settings. Targets: recommended intakes for Vietnamese people (National Institute of
 * Nutrition, 2016, Decision 2615/QĐ-BYT of 16 June 2016), moderate activity, boys and girls
 * averaged (energy, kcal a day: 1–2 years 1,000 and 930; 3–5 years 1,320 and 1,230; 6–9 years
 * 1,570–1,820 and 1,460–1,730; 10–14 years 2,150–2,500 and 1,980–2,310; 15–19 years 2,820 and
 * 2,380); lipid 35–40 % of energy at 1–2 years, 25–35 % to 5, 20–30 % to 19, 20–25 % for
 * adults. The centre checks and edits them. Allowance: Decree 20/2021 Art. 25 (coefficient 5.0 under 4
 * years, 4.0 from 4 years) times the standard level of Decree 76/2024 (500,000 đ from 1 July 2024).
 */
export const defaultKitchenSettings: KitchenSettings = {
  groups: [
    group(
      'child_1_2',
      965,
      28,
      { proteinPct: [13, 20], lipidPct: [35, 40], glucidPct: [40, 52] },
      0.4,
      5,
    ),
    group(
      'child_3_5',
      1280,
      35,
      { proteinPct: [13, 20], lipidPct: [25, 35], glucidPct: [45, 62] },
      0.55,
    ),
    group(
      'child_6_9',
      1650,
      46,
      { proteinPct: [13, 20], lipidPct: [20, 30], glucidPct: [50, 67] },
      0.7,
    ),
    group(
      'child_10_14',
      2230,
      65,
      { proteinPct: [13, 20], lipidPct: [20, 30], glucidPct: [50, 67] },
      0.9,
    ),
    group(
      'youth_15_19',
      2600,
      75,
      { proteinPct: [13, 20], lipidPct: [20, 30], glucidPct: [50, 67] },
      1.05,
    ),
    group('adult', 2200, 60, adultRanges, 1),
    group('elderly', 1800, 58, adultRanges, 0.85),
    group(
      'diabetic',
      1800,
      60,
      { proteinPct: [15, 20], lipidPct: [20, 30], glucidPct: [50, 60] },
      0.9,
    ),
    group('soft', 1700, 55, adultRanges, 0.85),
    group('low_salt', 1900, 60, adultRanges, 0.9),
  ],
  standardLevel: 500_000,
  daysPerMonth: 30,
  foodSharePct: 100,
};

/** The coefficient of Decree 20/2021 Art. 25 for a person of this age. */
export const decree20Coefficient = (age: number) => (age < 4 ? 5 : 4);

/** The food allowance of a group, đồng a resident a day (rounded to the đồng). */
export function dailyAllowance(
  settings: Pick<KitchenSettings, 'standardLevel' | 'daysPerMonth' | 'foodSharePct'>,
  coefficient: number,
): number {
  return Math.round(
    (settings.standardLevel * coefficient * settings.foodSharePct) / 100 / settings.daysPerMonth,
  );
}

type ResidentNeeds = {
  birthDate: string | null;
  birthYear: number;
  diets: readonly (typeof diets)[number][];
  texture: (typeof textures)[number];
};

/**
 * The group a resident's needs put them in on `day`: diabetic first (the diet most at risk), then a
 * modified texture (soft, minced, pureed, liquidised), then low salt, else their age band. Kitchen
 * staff may override it.
 */
export function deriveDietGroup(resident: ResidentNeeds, day: string): DietGroupId {
  if (resident.diets.includes('diabetic')) return 'diabetic';
  if (resident.texture !== 'regular') return 'soft';
  if (resident.diets.includes('low_salt')) return 'low_salt';
  const age = Math.max(0, ageOf(resident, day));
  const found = (Object.entries(ageGroupRanges) as [DietGroupId, [number, number]][]).find(
    ([, [from, to]]) => age >= from && age <= to,
  );
  return found?.[0] ?? 'adult';
}

/** The kitchen's view of a resident: what meals need, nothing of the case file. */
export const kitchenResidentViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  fullName: z.string(),
  room: z.string(),
  unit: z.string(),
  age: z.number().int(),
  status: z.string(),
  diets: z.array(z.string()),
  texture: z.string(),
  allergies: z.array(z.object({ substance: z.string(), severity: z.string() })),
  derivedGroup: dietGroupIdSchema,
  overrideGroup: dietGroupIdSchema.nullable(),
  group: dietGroupIdSchema,
  version: z.number().int(),
});
export type KitchenResidentView = z.infer<typeof kitchenResidentViewSchema>;

export const dietAssignmentSchema = z.strictObject({
  /** Null returns the resident to the group their needs give. */
  group: dietGroupIdSchema.nullable(),
  version: versionSchema,
});
export const kitchenResidentQuerySchema = z.strictObject({
  group: dietGroupIdSchema.optional(),
});
