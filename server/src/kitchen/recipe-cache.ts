// Recipes an analysis reads, kept in this process while the kitchen's revision (raised after every
// recipe or food change, read with the settings on each analysis) stays the same. A week's menus
// then cost one read instead of one per dish; another server's change reaches this one through
// the shared revision.
import { Recipe, type RecipeDoc } from './recipe.model';
import { recipesByIds } from './recipes.service';

/** Past this many recipes missing, one read of the whole library beats a read per recipe. */
const wholeLibraryAbove = 40;

let cache: { revision: number; recipes: Map<string, RecipeDoc> } = {
  revision: -1,
  recipes: new Map(),
};

export async function cachedRecipes(
  ids: readonly string[],
  revision: number,
): Promise<Map<string, RecipeDoc>> {
  if (cache.revision !== revision) cache = { revision, recipes: new Map() };
  const held = cache;
  const missing = ids.filter((id) => !held.recipes.has(id));
  // A recipe read while the revision moves on is kept under the old one, dropped at the next read.
  if (missing.length > wholeLibraryAbove) {
    const all = await Recipe.find({}).limit(20_000).lean<RecipeDoc[]>();
    for (const doc of all) held.recipes.set(doc._id.toString(), doc);
  } else for (const [id, doc] of await recipesByIds(missing)) held.recipes.set(id, doc);
  return new Map(ids.flatMap((id) => (held.recipes.has(id) ? [[id, held.recipes.get(id)!]] : [])));
}
