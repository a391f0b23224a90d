// The production sheet and the market list of a range of menu days, with the headcounts the
// planner shows (typed, else the residents present).
import { dietGroupIds } from '@care/shared/diet-groups';
import {
  marketList,
  productionSheet,
  type MarketDay,
  type MarketRecipe,
} from '@care/shared/market';
import { headcountsFor } from '@care/shared/menu-rules';
import { readKitchenSettings, settingsOf } from '../kitchen/kitchen-settings.service';
import { idsOfEntries, recipesOf } from './menu-recipes';
import { presentNow, readDays } from './menus.service';

async function inputs(from: string, to: string) {
  const [docs, present, settingsDoc] = await Promise.all([
    readDays(from, to),
    presentNow(),
    readKitchenSettings(),
  ]);
  const recipeDocs = await recipesOf(
    docs.flatMap((d) => idsOfEntries(d.entries)),
    settingsDoc.revision ?? 0,
  );
  const recipes = new Map<string, MarketRecipe>(
    [...recipeDocs.values()].map((r) => [
      r._id.toString(),
      {
        id: r._id.toString(),
        name: r.name,
        course: r.course,
        ingredients: r.ingredients.flatMap((i) => {
          // Each ingredient carries its food's current facts (kept up to date by the kitchen).
          const f = i.food;
          return f && !f.deleted
            ? [
                {
                  grams: i.grams,
                  byGroup: i.byGroup ?? {},
                  food: {
                    id: i.foodId,
                    name: f.name,
                    group: f.group,
                    inediblePct: f.inediblePct,
                    nutrients: f.nutrients,
                    pricePerKg: f.pricePerKg,
                    allergens: f.allergens,
                  },
                },
              ]
            : [];
        }),
      },
    ]),
  );
  const days: MarketDay[] = docs.map((d) => ({
    day: d.day,
    entries: d.entries,
    headcounts: Object.fromEntries(
      headcountsFor(dietGroupIds, present, d.headcounts ?? {}).map((h) => [h.group, h.count]),
    ),
  }));
  return { days, recipes, settings: settingsOf(settingsDoc) };
}

export async function readProduction(from: string, to: string) {
  const { days, recipes, settings } = await inputs(from, to);
  return {
    from,
    to,
    days: productionSheet(
      days,
      recipes,
      settings.groups.map((g) => g.id),
    ),
  };
}

export async function readMarketList(from: string, to: string) {
  const { days, recipes, settings } = await inputs(from, to);
  return { from, to, ...marketList(days, recipes, settings.groups) };
}
