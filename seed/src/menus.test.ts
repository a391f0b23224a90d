import { addDay, daysOf, mondayOf } from '@care/shared/menus';
import { MenuDay } from '@care/server/menus/menu-day.model';
import { useTestApp } from '@care/server/testing/test-app';
import { seedMenus } from './menus';

jest.setTimeout(360_000);
const t = useTestApp();

describe('the demo menus', () => {
  it('apply the 4-week cycle to this month and next, approve this week and lock the days served', async () => {
    const cook = await t.addUser({ role: 'kitchen', username: 'bep1' });
    const manager = await t.addUser({ role: 'manager', username: 'quanly1' });
    const today = '2026-11-18';
    const out = await seedMenus(
      { id: cook._id.toString(), fullName: cook.fullName },
      { id: manager._id.toString(), fullName: manager.fullName },
      today,
    );
    expect(out).toEqual({ recipes: 21, days: 61 });
    const days = await MenuDay.find({ month: '2026-11' }).lean();
    expect(days).toHaveLength(30);
    const state = new Map(days.map((d) => [d.day, d.state]));
    expect(daysOf('2026-11-01', '2026-11-17').every((d) => state.get(d) === 'locked')).toBe(true);
    expect(
      daysOf(today, addDay(mondayOf(today), 6)).every((d) => state.get(d) === 'approved'),
    ).toBe(true);
    expect(state.get('2026-11-24')).toBe('draft');
    expect(
      (await MenuDay.find({ month: '2026-12' }).lean()).every((d) => d.state === 'draft'),
    ).toBe(true);
  });
});
