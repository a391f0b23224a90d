// The nutrient and cost analysis of a set of menus (the menu planner feeds it): recipes and their
// foods in two reads, the sums in shared/src/nutrition.ts.
import { analyseMenus, type AnalysisRequest, type AnalysisView } from '@care/shared/nutrition';
import { AppError, type FieldProblems } from '../platform/errors';
import { settingsOf, readKitchenSettings } from './kitchen-settings.service';
import { Recipe, type RecipeDoc } from './recipe.model';
import { foodsOfRecipes } from './recipes.service';

export async function analyse(request: AnalysisRequest): Promise<AnalysisView> {
  const ids = [
    ...new Set(
      request.days.flatMap((d) => d.meals.flatMap((m) => m.dishes.map((x) => x.recipeId))),
    ),
  ];
  const [recipes, settings] = await Promise.all([
    ids.length ? Recipe.find({ _id: { $in: ids } }).lean<RecipeDoc[]>() : Promise.resolve([]),
    readKitchenSettings(),
  ]);
  const byId = new Map(recipes.map((r) => [r._id.toString(), r]));
  const unknown: FieldProblems = {};
  request.days.forEach((d, i) =>
    d.meals.forEach((m, j) =>
      m.dishes.forEach((x, k) => {
        if (!byId.has(x.recipeId))
          unknown[`days.${i}.meals.${j}.dishes.${k}.recipeId`] = 'unknown_recipe';
      }),
    ),
  );
  if (Object.keys(unknown).length) throw new AppError('validation_failed', unknown);
  const foods = await foodsOfRecipes(recipes);
  const forSums = new Map(
    recipes.map((r) => [
      r._id.toString(),
      {
        ingredients: r.ingredients.flatMap((i) => {
          const food = foods.get(i.foodId);
          return food ? [{ grams: i.grams, byGroup: i.byGroup ?? {}, food }] : [];
        }),
      },
    ]),
  );
  return analyseMenus(request, forSums, settingsOf(settings));
}
