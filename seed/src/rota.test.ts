import { centreDay } from '@care/shared/dates';
import { addMonths } from '@care/shared/rota';
import { createRandom } from '@care/shared/random';
import { checkMonth } from '@care/server/rota/rota-check';
import { RotaMonth } from '@care/server/rota/rota-entry.model';
import { useTestApp } from '@care/server/testing/test-app';
import { seedRota } from './rota';
import { seedStaff } from './staff';

jest.setTimeout(120_000);
useTestApp();

describe('the demo rota', () => {
  it('publishes this month without a broken rule and leaves next month a draft with three mistakes', async () => {
    const staff = await seedStaff(createRandom());
    await seedRota(createRandom(909), staff);
    const month = centreDay().slice(0, 7);
    const next = addMonths(month, 1);
    expect((await RotaMonth.findById(month).lean())?.state).toBe('published');
    expect((await RotaMonth.findById(next).lean())?.state).toBe('draft');
    const current = await checkMonth(month);
    const errors = (v: typeof current.violations) => v.filter((x) => x.severity === 'error');
    expect(current.entries.length).toBeGreaterThan(400);
    expect(errors(current.violations).map((v) => `${v.rule}@${v.day}`)).toEqual([]);
    const draft = await checkMonth(next);
    expect(
      errors(draft.violations)
        .map((v) => v.rule)
        .sort(),
    ).toEqual(['coverage_min', 'on_leave', 'short_rest']);
  });
});
