// The wire shape of a recipe: its foods as copied, its allergens, and one portion per diet group.
import type { KitchenSettings } from '@care/shared/diet-groups';
import { nutrientKeys } from '@care/shared/foods';
import { recipePortion } from '@care/shared/nutrition';
import { iddsiLevels, recipeAllergens, type RecipeView } from '@care/shared/recipes';
import type { RecipeDoc } from './recipe.model';

const round1 = (x: number) => Math.round(x * 10) / 10;

export function presentRecipe(doc: RecipeDoc, settings: KitchenSettings): RecipeView {
  const ingredients = doc.ingredients.map((i) => ({
    foodId: i.foodId,
    grams: i.grams,
    byGroup: i.byGroup ?? {},
    food: { ...i.food, code: i.food.code ?? null, deleted: Boolean(i.food.deleted) },
  }));
  return {
    id: doc._id.toString(),
    name: doc.name,
    course: doc.course,
    ingredients,
    dietTags: doc.dietTags ?? [],
    textures: (doc.textures ?? []).map((t) => ({ ...t, iddsi: iddsiLevels[t.texture] })),
    preparation: doc.preparation ?? '',
    allergens: recipeAllergens(ingredients.map((i) => i.food)),
    portions: settings.groups.map((group) => {
      const sum = recipePortion({ ingredients }, group);
      return {
        group: group.id,
        nutrients: Object.fromEntries(
          nutrientKeys.map((k) => [k, round1(sum.nutrients[k])]),
        ) as RecipeView['portions'][number]['nutrients'],
        cost: Math.round(sum.cost),
        unpriced: sum.unpriced,
        incomplete: sum.incomplete,
      };
    }),
    deleted: Boolean(doc.deleted),
    version: doc.version,
  };
}
