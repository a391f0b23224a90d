import { FoodCheck, FoodSafetyDay } from '@care/server/food-safety/food-check.model';
import { MenuDay } from '@care/server/menus/menu-day.model';
import { useTestApp } from '@care/server/testing/test-app';
import { seedFoodSafety } from './food-safety';
import { seedMenus } from './menus';

jest.setTimeout(360_000);
const t = useTestApp();

describe('the demo food-safety logs', () => {
  it('record the last two days in full and today’s receipts and breakfast, lunch left open', async () => {
    const cook = await t.addUser({ role: 'kitchen', username: 'bep1' });
    const manager = await t.addUser({ role: 'manager', username: 'quanly1' });
    const today = '2026-11-18';
    const person = (u: typeof cook) => ({ id: u._id.toString(), fullName: u.fullName });
    await seedMenus(person(cook), person(manager), today);
    // No residents here: the kitchen's typed headcounts stand in for them.
    await MenuDay.updateMany(
      { month: '2026-11' },
      { $set: { headcounts: { adult: 30, elderly: 20 } } },
    );
    const out = await seedFoodSafety(person(cook), today);
    expect(out.rows).toBeGreaterThan(30);
    expect(
      (await FoodSafetyDay.find({ month: '2026-11' }).lean()).map((d) => d.day).sort(),
    ).toEqual(['2026-11-16', '2026-11-17', '2026-11-18']);
    for (const day of ['2026-11-16', '2026-11-17'])
      expect(await FoodCheck.countDocuments({ day, result: null })).toBe(0);
    const open = await FoodCheck.find({ day: today, result: null }).lean();
    expect(open.length).toBeGreaterThan(0);
    expect(open.some((r) => r.meal === 'lunch')).toBe(true);
    expect(open.some((r) => r.kind === 'receipt' || r.meal === 'breakfast')).toBe(false);
    const discarded = await FoodCheck.findOne({ day: '2026-11-16', kind: 'sample' }).lean();
    expect(discarded!.discardedBy).toMatchObject({ fullName: cook.fullName });
  });
});
