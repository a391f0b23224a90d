// The nutrient and cost analysis of a set of menus (the menu planner feeds it): the recipes read
// by id (each carries its foods' facts), the sums in shared/src/nutrition.ts.
import { analyseMenus, type AnalysisRequest, type AnalysisView } from '@care/shared/nutrition';
import { AppError, type FieldProblems } from '../platform/errors';
import { settingsOf, readKitchenSettings } from './kitchen-settings.service';
import { cachedRecipes } from './recipe-cache';

export async function analyse(request: AnalysisRequest): Promise<AnalysisView> {
  const ids = [
    ...new Set(
      request.days.flatMap((d) => d.meals.flatMap((m) => m.dishes.map((x) => x.recipeId))),
    ),
  ];
  const settings = await readKitchenSettings();
  const byId = await cachedRecipes(ids, settings.revision ?? 0);
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
  return analyseMenus(request, byId, settingsOf(settings));
}
