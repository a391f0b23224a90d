// Recipes: one document each with its ingredients (at most 30) embedded, changed together under
// one version check. A small collection (hundreds), filtered and paged with totals.
import mongoose, { Schema } from 'mongoose';
import type { DietGroupId } from '@care/shared/diet-groups';
import type { AllergenTag, FoodGroup, Nutrients } from '@care/shared/foods';
import type { Course, DietTag } from '@care/shared/recipes';
import type { textures } from '@care/shared/residents';

const recipeSchema = new Schema(
  {
    name: { type: String, required: true },
    course: { type: String, required: true, index: true },
    ingredients: {
      type: [
        {
          foodId: String,
          grams: Number,
          // Fixed diet group codes as keys (never user text).
          byGroup: { type: Schema.Types.Mixed, default: {} },
          // What sums need of the food, copied when the recipe or the food is saved: a week's
          // analysis then reads only its recipes (by id), never the whole library.
          food: { type: Schema.Types.Mixed, required: true },
          _id: false,
        },
      ],
      default: [],
    },
    // The recipes a food change must refresh, found by equality.
    foodIds: { type: [String], default: [], index: true },
    dietTags: { type: [String], default: [], index: true },
    textures: { type: [{ texture: String, note: String, _id: false }], default: [] },
    preparation: { type: String, default: '' },
    // Derived from the foods when saved; shown live from the foods.
    allergens: { type: [String], default: [] },
    deleted: { type: Boolean, default: false, index: true },
    searchPrefixes: { type: [String], index: true },
    sortName: { type: String, required: true },
    updatedBy: { type: { id: String, fullName: String, _id: false }, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

export type FoodSnapshot = {
  name: string;
  code: string | null;
  group: FoodGroup;
  inediblePct: number;
  nutrients: Nutrients;
  pricePerKg: number | null;
  allergens: AllergenTag[];
  deleted: boolean;
};
export type IngredientDoc = {
  foodId: string;
  grams: number;
  byGroup: Partial<Record<DietGroupId, number>>;
  food: FoodSnapshot;
};
export type RecipeDoc = {
  _id: mongoose.Types.ObjectId;
  name: string;
  course: Course;
  ingredients: IngredientDoc[];
  foodIds: string[];
  dietTags: DietTag[];
  textures: { texture: (typeof textures)[number]; note: string }[];
  preparation: string;
  allergens: AllergenTag[];
  deleted: boolean;
  searchPrefixes: string[];
  sortName: string;
  updatedBy: { id: string; fullName: string } | null;
  version: number;
};
export const Recipe = mongoose.model('Recipe', recipeSchema, 'recipes');

export const auditedRecipeFields = [
  'name',
  'course',
  'ingredients',
  'dietTags',
  'textures',
  'preparation',
  'deleted',
] as const;
