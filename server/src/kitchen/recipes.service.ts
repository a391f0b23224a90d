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
import { bumpKitchenRevision } from './kitchen-settings.service';
import { foodSnapshot } from './recipe-foods';
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

type Ingredient = Omit<IngredientDoc, 'food'>;

/** The ingredients' foods, all present and none deleted (else a 4xx naming each one). */
async function checkedFoods(ingredients: readonly Ingredient[]) {
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

/** The ingredients as stored: each with its food's facts, and the recipe's allergens. */
async function withFoods(ingredients: readonly Ingredient[]) {
  const foods = await checkedFoods(ingredients);
  const stored: IngredientDoc[] = ingredients.map((i) => ({
    foodId: i.foodId,
    grams: i.grams,
    byGroup: i.byGroup ?? {},
    food: foodSnapshot(foods.get(i.foodId)!),
  }));
  return {
    ingredients: stored,
    foodIds: stored.map((i) => i.foodId),
    allergens: recipeAllergens(stored.map((i) => i.food)),
  };
}

export async function createRecipe(
  input: z.output<typeof recipeCreateSchema>,
  actor: Person,
): Promise<RecipeDoc> {
  const doc = (
    await Recipe.create({
      ...input,
      ...(await withFoods(input.ingredients)),
      ...searchKeys(input.name),
      updatedBy: actor,
    })
  ).toObject() as unknown as RecipeDoc;
  await audit(actor, 'create', null, doc);
  await bumpKitchenRevision();
  return doc;
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
): Promise<RecipeDoc> {
  const before = await getRecipe(id);
  if (before.version !== input.version) throw staleVersion();
  if (before.deleted) throw notFound();
  const { version, ...set } = input;
  // Saving checks every ingredient again: a food deleted since must be replaced first.
  const foods = await withFoods(set.ingredients ?? before.ingredients);
  const doc = await updateVersioned<RecipeDoc>(Recipe, id, version, {
    $set: { ...set, ...foods, ...(set.name ? searchKeys(set.name) : {}), updatedBy: actor },
  });
  await audit(actor, 'update', before, doc);
  await bumpKitchenRevision();
  return doc;
}

export async function deleteRecipe(id: string, version: number, actor: Person) {
  const before = await getRecipe(id);
  if (before.version !== version) throw staleVersion();
  if (before.deleted) throw notFound();
  const doc = await updateVersioned<RecipeDoc>(Recipe, id, version, {
    $set: { deleted: true, updatedBy: actor },
  });
  await audit(actor, 'update', before, doc);
  await bumpKitchenRevision();
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

/** Recipes by id, one equality read each, in parallel (`$in` would read every recipe). */
export async function recipesByIds(ids: readonly string[]): Promise<Map<string, RecipeDoc>> {
  const docs = await Promise.all(
    [...new Set(ids)].map((id) => Recipe.findById(id).lean<RecipeDoc>()),
  );
  return new Map(docs.filter((d) => d !== null).map((d) => [d._id.toString(), d]));
}
