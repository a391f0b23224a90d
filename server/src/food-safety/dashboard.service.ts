// The kitchen's landing screen: today's head count by diet group, the residents whose meals
// differ (diet, texture, allergy: meal facts only, as the care summary allows) and the
// food-safety logs still open.
import { centreDay } from '@care/shared/dates';
import { dietGroupIds } from '@care/shared/diet-groups';
import type { KitchenDashboardView } from '@care/shared/food-safety';
import { headcountsFor, presentByGroup } from '@care/shared/menu-rules';
import { listKitchenResidents } from '../kitchen/kitchen-residents.service';
import { readDay } from '../menus/menus.service';
import { foodSafetyFlagsOf } from './food-safety.service';

export async function kitchenDashboard(day = centreDay()): Promise<KitchenDashboardView> {
  const [menu, residents] = await Promise.all([readDay(day), listKitchenResidents(day)]);
  const headcounts = headcountsFor(dietGroupIds, presentByGroup(residents), menu.headcounts ?? {})
    .filter((h) => h.count > 0)
    .map(({ group, count }) => ({ group, count }));
  const special = residents
    .map((r) => ({ ...r, diets: r.diets.filter((d) => d !== 'standard') }))
    .filter(
      (r) =>
        r.status !== 'discharged' &&
        (r.diets.length > 0 || r.texture !== 'regular' || r.allergies.length > 0),
    )
    .map((r) => ({
      id: r.id,
      fullName: r.fullName,
      room: r.room,
      group: r.group,
      diets: r.diets,
      texture: r.texture,
      allergies: r.allergies,
      away: r.status !== 'in_care',
    }));
  return {
    day,
    menuState: menu.state,
    headcounts,
    total: headcounts.reduce((s, h) => s + h.count, 0),
    special,
    flags: await foodSafetyFlagsOf(day, menu.state),
  };
}
