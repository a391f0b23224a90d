// Recipes: create, edit (version-checked), delete; every ingredient must be a food of the library
// that is not deleted, so a dish never counts a food the kitchen has withdrawn.
import type { z } from 'zod';
import type { recipeCreateSchema, recipeEditSchema, RecipeListQuery } from '@care/shared/recipes';
import { recipeAllergens } from '@care/shared/recipes';
import { foldName } from '@care/shared/text';
import { searchPrefixes, searchWords } from '@care/shared/names';
import { recordChange, type Actor } from '../audit/audit.service';
import { AppError, notFound, staleVersion, type FieldProblems } from '../platform/errors';
import { findPage } from '../platform/find-page';
import { updateVersioned } from '../platform/versioned';
import type { FoodDoc } from './food.model';
import { foodsByIds } from './foods.service';
import { auditedRecipeFields, Recipe, type IngredientDoc, type RecipeDoc } from './recipe.model';

type Person = { id: string; fullName: string };

const audit = (
  actor: Actor,
  action: 'create' | 'update',
  before: RecipeDoc | null,
  after: RecipeDoc,
) =>
  recordChange({
    actor,
    action,
    entity: 'recipe',
    entityId: after._id.toString(),
    entityLabel: after.name,
    before,
    after,
    fields: auditedRecipeFields,
  });

const searchKeys = (name: string) => ({
  searchPrefixes: searchPrefixes(name),
  sortName: foldName(name),
});

/** The ingredients' foods, all present and none deleted (else a 4xx naming each one). */
async function checkedFoods(ingredients: readonly IngredientDoc[]) {
  const foods = await foodsByIds(ingredients.map((i) => i.foodId));
  const unknown: FieldProblems = {};
  const deleted: FieldProblems = {};
  ingredients.forEach((i, n) => {
    const food = foods.get(i.foodId);
    if (!food) unknown[`ingredients.${n}.foodId`] = 'unknown_food';
    else if (food.deleted) deleted[`ingredients.${n}.foodId`] = 'food_deleted';
  });
  if (Object.keys(unknown).length) throw new AppError('validation_failed', unknown);
  if (Object.keys(deleted).length) throw new AppError('food_deleted', deleted);
  return foods;
}

const stored = (ingredients: z.output<typeof recipeCreateSchema>['ingredients']) =>
  ingredients.map((i) => ({ foodId: i.foodId, grams: i.grams, byGroup: i.byGroup ?? {} }));

export async function createRecipe(
  input: z.output<typeof recipeCreateSchema>,
  actor: Person,
): Promise<{ doc: RecipeDoc; foods: Map<string, FoodDoc> }> {
  const ingredients = stored(input.ingredients);
  const foods = await checkedFoods(ingredients);
  const doc = (
    await Recipe.create({
      ...input,
      ingredients,
      allergens: recipeAllergens([...foods.values()]),
      ...searchKeys(input.name),
      updatedBy: actor,
    })
  ).toObject() as RecipeDoc;
  await audit(actor, 'create', null, doc);
  return { doc, foods };
}

export async function getRecipe(id: string): Promise<RecipeDoc> {
  const doc = await Recipe.findById(id).lean<RecipeDoc>();
  if (!doc) throw notFound();
  return doc;
}

export async function editRecipe(
  id: string,
  input: z.output<typeof recipeEditSchema>,
  actor: Person,
): Promise<{ doc: RecipeDoc; foods: Map<string, FoodDoc> }> {
  const before = await getRecipe(id);
  if (before.version !== input.version) throw staleVersion();
  if (before.deleted) throw notFound();
  const { version, ...set } = input;
  const ingredients = set.ingredients ? stored(set.ingredients) : before.ingredients;
  // Saving checks every ingredient again: a food deleted since must be replaced first.
  const foods = await checkedFoods(ingredients);
  const doc = await updateVersioned<RecipeDoc>(Recipe, id, version, {
    $set: {
      ...set,
      ingredients,
      allergens: recipeAllergens([...foods.values()]),
      ...(set.name ? searchKeys(set.name) : {}),
      updatedBy: actor,
    },
  });
  await audit(actor, 'update', before, doc);
  return { doc, foods };
}

export async function deleteRecipe(id: string, version: number, actor: Person) {
  const before = await getRecipe(id);
  if (before.version !== version) throw staleVersion();
  if (before.deleted) throw notFound();
  const doc = await updateVersioned<RecipeDoc>(Recipe, id, version, {
    $set: { deleted: true, updatedBy: actor },
  });
  await audit(actor, 'update', before, doc);
  return doc;
}

export async function listRecipes(query: RecipeListQuery) {
  const filter: Record<string, unknown> = { deleted: false };
  if (query.course) filter.course = query.course;
  if (query.dietTag) filter.dietTags = query.dietTag;
  const words = searchWords(query.q ?? '').sort((a, b) => b.length - a.length);
  if (words[0]) filter.searchPrefixes = words[0];
  if (words.length > 1) filter.$and = words.slice(1).map((w) => ({ searchPrefixes: w }));
  return findPage<RecipeDoc>(Recipe, filter, { sortName: 1 }, query);
}

/** The foods of several recipes, in one read. */
export const foodsOfRecipes = (recipes: readonly RecipeDoc[]) =>
  foodsByIds(recipes.flatMap((r) => r.ingredients.map((i) => i.foodId)));
