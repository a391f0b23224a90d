// Dietary conflicts of a range of menu days: the residents present (meal facts only, from the
// kitchen's residents service) against the dishes' allergens, textures and diet tags.
import { findConflicts, type ConflictDish } from '@care/shared/menu-rules';
import type { textures } from '@care/shared/residents';
import { listKitchenResidents } from '../kitchen/kitchen-residents.service';
import { recipesOf, idsOfEntries } from './menu-recipes';
import { readDays } from './menus.service';

export async function menuConflicts(from: string, to: string) {
  const days = await readDays(from, to);
  const [residents, recipes] = await Promise.all([
    listKitchenResidents(from),
    recipesOf(days.flatMap((d) => idsOfEntries(d.entries))),
  ]);
  const dishes = new Map<string, ConflictDish>(
    [...recipes.values()].map((r) => {
      const own = r.ingredients.flatMap((i) => (i.food && !i.food.deleted ? [i.food] : []));
      return [
        r._id.toString(),
        {
          id: r._id.toString(),
          name: r.name,
          course: r.course,
          // The foods' current allergens (copied into recipes on every food change).
          allergens: [...new Set([...r.allergens, ...own.flatMap((f) => f.allergens)])],
          foodNames: own.map((f) => f.name),
          dietTags: r.dietTags,
          textures: ['regular', ...r.textures.map((t) => t.texture)] as (typeof textures)[number][],
        },
      ];
    }),
  );
  const conflicts = findConflicts(
    days,
    residents.map((r) => ({
      id: r.id,
      fullName: r.fullName,
      room: r.room,
      group: r.group,
      status: r.status,
      diets: r.diets,
      texture: r.texture as (typeof textures)[number],
      allergies: r.allergies,
    })),
    dishes,
  );
  return { from, to, conflicts };
}
