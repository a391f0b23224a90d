import { centreDay } from '@care/shared/dates';
import { createRandom } from '@care/shared/random';
import { RotaSwap } from '@care/server/rota/swap.model';
import { useTestApp } from '@care/server/testing/test-app';
import { seedRota } from './rota';
import { comingShifts, seedRotaSwaps } from './rota-swaps';
import { seedStaff } from './staff';

jest.setTimeout(180_000);
useTestApp();

describe('the demo swap requests', () => {
  it('leaves open requests on this month’s coming shifts: a swap proposed, a shift offered, a swap accepted', async () => {
    const staff = await seedStaff(createRandom());
    await seedRota(createRandom(909), staff);
    const carers = new Set(staff.filter((s) => s.role === 'carer').map((s) => s._id.toString()));
    const left = await comingShifts(centreDay().slice(0, 7), carers);
    const made = await seedRotaSwaps(staff);
    const swaps = await RotaSwap.find({}).lean();
    expect(swaps).toHaveLength(made);
    expect(swaps.every((s) => s.open)).toBe(true);
    // With a few days of the month left there is room for all three.
    if (left.length >= 30) {
      expect(swaps.map((s) => s.status).sort()).toEqual(['accepted', 'offered', 'proposed']);
    }
  });
});
