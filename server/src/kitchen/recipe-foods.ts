// Recipes keep a copy of what nutrition sums need of each food; a food's change (price,
// allergens, values, deletion) is copied into every recipe that uses it.
import { recipeAllergens } from '@care/shared/recipes';
import type { FoodDoc } from './food.model';
import { bumpKitchenRevision } from './kitchen-settings.service';
import { Recipe, type FoodSnapshot, type RecipeDoc } from './recipe.model';

export const foodSnapshot = (food: FoodDoc): FoodSnapshot => ({
  name: food.name,
  code: food.code ?? null,
  group: food.group,
  inediblePct: food.inediblePct,
  nutrients: food.nutrients,
  pricePerKg: food.pricePerKg ?? null,
  allergens: food.allergens ?? [],
  deleted: Boolean(food.deleted),
});

/**
 * Copies a changed food into the recipes using it (found by equality on `foodIds`). The recipes'
 * versions stay: what the cook wrote did not change, so nobody's open edit becomes stale.
 */
export async function refreshRecipesUsing(food: FoodDoc): Promise<number> {
  const id = food._id.toString();
  const recipes = await Recipe.find({ foodIds: id }).limit(5000).lean<RecipeDoc[]>();
  const snapshot = foodSnapshot(food);
  await Promise.all(
    recipes.map((r) => {
      const ingredients = r.ingredients.map((i) =>
        i.foodId === id ? { ...i, food: snapshot } : i,
      );
      return Recipe.updateOne(
        { _id: r._id },
        { $set: { ingredients, allergens: recipeAllergens(ingredients.map((i) => i.food)) } },
      );
    }),
  );
  if (recipes.length) await bumpKitchenRevision();
  return recipes.length;
}
