// The nutrient and cost analysis of a set of menus (the menu planner feeds it): the recipes read
// by id (each carries its foods' facts), the sums in shared/src/nutrition.ts.
import {
  analyseMenus,
  type AnalysisRequest,
  type AnalysisView,
  type PortionCache,
} from '@care/shared/nutrition';
import { AppError, type FieldProblems } from '../platform/errors';
import { settingsOf, readKitchenSettings } from './kitchen-settings.service';
import { cachedRecipes } from './recipe-cache';

/**
 * Portion sums kept in this process while the kitchen's revision (raised by every recipe or food
 * change) and the settings' version (portion factors) stay the same.
 */
let portions: { key: string; sums: PortionCache } = { key: '', sums: new Map() };

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
  const key = `${settings.revision ?? 0}/${settings.version}`;
  if (portions.key !== key) portions = { key, sums: new Map() };
  return analyseMenus(request, byId, settingsOf(settings), portions.sums);
}
