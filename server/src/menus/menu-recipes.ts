// The recipes a set of menus names: for reading, from the process's recipe cache (kept while the
// kitchen's revision stays the same); for checking a write, read fresh: every dish must be a
// recipe of the library that is not deleted.
import type { MenuEntry } from '@care/shared/menus';
import { AppError, type FieldProblems } from '../platform/errors';
import { readKitchenSettings } from '../kitchen/kitchen-settings.service';
import { cachedRecipes } from '../kitchen/recipe-cache';
import { Recipe, type RecipeDoc } from '../kitchen/recipe.model';

/** The recipes of these ids (unknown ids left out), through the cache; `revision` if already read. */
export async function recipesOf(
  ids: Iterable<string>,
  revision?: number,
): Promise<Map<string, RecipeDoc>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  return cachedRecipes(unique, revision ?? (await readKitchenSettings()).revision ?? 0);
}

async function freshRecipesOf(ids: Iterable<string>): Promise<Map<string, RecipeDoc>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const docs = await Recipe.find({ _id: { $in: unique } }).lean<RecipeDoc[]>();
  return new Map(docs.map((d) => [d._id.toString(), d]));
}

export const idsOfEntries = (entries: readonly MenuEntry[]) => entries.flatMap((e) => e.recipeIds);

/** A 400 naming each unknown or deleted dish (`prefix.i.recipeIds.j`), else the recipes. */
export async function checkedRecipes(entries: readonly MenuEntry[], prefix = 'entries') {
  const recipes = await freshRecipesOf(idsOfEntries(entries));
  const problems: FieldProblems = {};
  entries.forEach((e, i) =>
    e.recipeIds.forEach((id, j) => {
      const r = recipes.get(id);
      if (!r) problems[`${prefix}.${i}.recipeIds.${j}`] = 'unknown_recipe';
      else if (r.deleted) problems[`${prefix}.${i}.recipeIds.${j}`] = 'recipe_deleted';
    }),
  );
  if (Object.keys(problems).length) throw new AppError('validation_failed', problems);
  return recipes;
}
