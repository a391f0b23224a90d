import { createRandom } from '@care/shared/random';
import { Attendance } from '@care/server/duty/duty.models';
import { dutyNow } from '@care/server/duty/duty.service';
import { Handover } from '@care/server/handovers/handover.model';
import { useTestApp } from '@care/server/testing/test-app';
import { seedDuty } from './duty';
import { seedRota } from './rota';
import { seedStaff } from './staff';

jest.setTimeout(360_000);
useTestApp();

describe('the demo duty desk', () => {
  it('works the last days of the published month: check-ins, handovers, a missing check-in', async () => {
    const staff = await seedStaff(createRandom());
    await seedRota(createRandom(909), staff);
    await seedDuty(createRandom(910), staff);
    const attendances = await Attendance.find({}).lean();
    const handovers = await Handover.find({}).lean();
    // On the first hours of a month there may be nothing worked yet; otherwise there is.
    if (attendances.length === 0) return;
    expect(attendances.every((a) => a.checkInAt.getTime() <= Date.now())).toBe(true);
    expect(
      attendances.every((a) => !a.checkOutAt || a.checkOutAt.getTime() > a.checkInAt.getTime()),
    ).toBe(true);
    expect(new Set(handovers.map((h) => h.key)).size).toBe(handovers.length);
    const manager = staff.find((s) => s.role === 'manager')!;
    const view = await dutyNow({
      id: manager._id.toString(),
      username: manager.username,
      fullName: manager.fullName,
      role: 'manager',
      language: 'vi',
      epoch: 0,
    });
    expect(view.units.length).toBe(5);
    expect(view.flags.some((f) => f.kind === 'missing')).toBe(true);
    if (handovers.length > 5)
      expect(handovers.filter((h) => h.acknowledgements.length > 0).length).toBeGreaterThan(0);
  });
});
