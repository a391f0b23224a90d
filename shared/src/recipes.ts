// Recipes (món ăn): dishes built from the food library with edible grams per portion for each
// diet group, diet tags, texture variants at IDDSI levels, and preparation notes.
import { z } from 'zod';
import { dietGroupIdSchema, type DietGroup, type DietGroupId } from './diet-groups';
import { allergens, foodGroups, nutrientKeys, type AllergenTag, type FoodFacts } from './foods';
import { pageQuerySchema } from './paging';
import { textures } from './residents';
import { textSchema } from './text';
import { objectIdSchema, versionSchema } from './versioning';

export const courses = [
  'staple',
  'soup',
  'main',
  'vegetable',
  'porridge',
  'dessert',
  'drink',
  'snack',
] as const;
export type Course = (typeof courses)[number];

export const dietTags = ['vegetarian', 'diabetic_suitable', 'low_salt'] as const;
export type DietTag = (typeof dietTags)[number];

/** IDDSI framework levels of each food texture (2019). */
export const iddsiLevels: Record<(typeof textures)[number], number> = {
  regular: 7,
  soft: 6,
  minced: 5,
  pureed: 4,
  liquidised: 3,
};

/** At most this many edible grams of one food in one portion: more is a typing slip. */
export const maxGramsPerPortion = 1000;
const grams = z.number().min(0).max(maxGramsPerPortion);

export const ingredientSchema = z.strictObject({
  foodId: objectIdSchema,
  /** Edible grams (after removing the inedible part) in one adult portion. */
  grams: grams.refine((g) => g > 0, 'tooSmall'),
  /** Edible grams for groups whose portion is not the adult one times the group's factor. */
  byGroup: z.partialRecord(dietGroupIdSchema, grams).default({}),
});
export type IngredientInput = z.input<typeof ingredientSchema>;

export const textureVariantSchema = z.strictObject({
  texture: z.enum(textures),
  note: textSchema(0, 300).default(''),
});

const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;

const recipeFields = {
  name: textSchema(2, 120),
  course: z.enum(courses),
  ingredients: z
    .array(ingredientSchema)
    .min(1)
    .max(30)
    .refine((xs) => distinct(xs.map((x) => x.foodId)), 'duplicate_items'),
  dietTags: z
    .array(z.enum(dietTags))
    .max(dietTags.length)
    .refine(distinct, 'duplicate_items')
    .default([]),
  /** The textures this dish can be served in (regular always). */
  textures: z
    .array(textureVariantSchema)
    .max(textures.length)
    .refine((xs) => distinct(xs.map((x) => x.texture)), 'duplicate_items')
    .default([]),
  preparation: textSchema(0, 3000, { multiline: true }).default(''),
};

export const recipeCreateSchema = z.strictObject(recipeFields);
export type RecipeCreateInput = z.input<typeof recipeCreateSchema>;
export type RecipeCreate = z.output<typeof recipeCreateSchema>;

export const recipeEditSchema = z.strictObject({
  version: versionSchema,
  name: recipeFields.name.optional(),
  course: recipeFields.course.optional(),
  ingredients: recipeFields.ingredients.optional(),
  dietTags: z
    .array(z.enum(dietTags))
    .max(dietTags.length)
    .refine(distinct, 'duplicate_items')
    .optional(),
  textures: z
    .array(textureVariantSchema)
    .max(textures.length)
    .refine((xs) => distinct(xs.map((x) => x.texture)), 'duplicate_items')
    .optional(),
  preparation: textSchema(0, 3000, { multiline: true }).optional(),
});
export type RecipeEditInput = z.input<typeof recipeEditSchema>;

export const recipeDeleteSchema = z.strictObject({ version: versionSchema });

export const recipeListQuerySchema = pageQuerySchema.extend({
  q: textSchema(0, 80).optional(),
  course: z.enum(courses).optional(),
  dietTag: z.enum(dietTags).optional(),
});
export type RecipeListQuery = z.infer<typeof recipeListQuerySchema>;

const nutrientsView = z.object(
  Object.fromEntries(nutrientKeys.map((k) => [k, z.number()])) as {
    [K in (typeof nutrientKeys)[number]]: z.ZodNumber;
  },
);

export const recipeViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  course: z.enum(courses),
  ingredients: z.array(
    z.object({
      foodId: z.string(),
      grams: z.number(),
      byGroup: z.partialRecord(dietGroupIdSchema, z.number()),
      food: z.object({
        name: z.string(),
        code: z.string().nullable(),
        group: z.enum(foodGroups),
        inediblePct: z.number(),
        nutrients: z.object(
          Object.fromEntries(nutrientKeys.map((k) => [k, z.number().nullable()])) as {
            [K in (typeof nutrientKeys)[number]]: z.ZodNullable<z.ZodNumber>;
          },
        ),
        pricePerKg: z.number().nullable(),
        allergens: z.array(z.enum(allergens)),
        deleted: z.boolean(),
      }),
    }),
  ),
  dietTags: z.array(z.enum(dietTags)),
  textures: z.array(z.object({ texture: z.enum(textures), iddsi: z.number(), note: z.string() })),
  preparation: z.string(),
  allergens: z.array(z.enum(allergens)),
  /** One portion for each diet group: nutrients, cost, and whether a price or value is missing. */
  portions: z.array(
    z.object({
      group: dietGroupIdSchema,
      nutrients: nutrientsView,
      cost: z.number(),
      unpriced: z.boolean(),
      incomplete: z.array(z.enum(nutrientKeys)),
    }),
  ),
  deleted: z.boolean(),
  version: z.number().int(),
});
export type RecipeView = z.infer<typeof recipeViewSchema>;

/** A recipe's allergens: every allergen of its foods, in the library's order. */
export function recipeAllergens(foods: readonly Pick<FoodFacts, 'allergens'>[]): AllergenTag[] {
  const all = new Set(foods.flatMap((f) => f.allergens));
  return allergens.filter((a) => all.has(a));
}

/**
 * Edible grams of an ingredient in one portion of a group: its own figure for the group when the
 * recipe gives one, else the adult grams times the group's portion factor (to 0.1 g).
 */
export function gramsFor(
  ingredient: { grams: number; byGroup: Partial<Record<DietGroupId, number>> },
  group: Pick<DietGroup, 'id' | 'portionFactor'>,
): number {
  const own = ingredient.byGroup[group.id];
  if (own !== undefined) return own;
  return Math.round(ingredient.grams * group.portionFactor * 10) / 10;
}
