import { HealthProfile } from '@care/server/health-records/health-profile.model';
import { readGrowth } from '@care/server/health-records/growth.service';
import { Resident, type ResidentDoc } from '@care/server/residents/resident.model';
import { useTestApp } from '@care/server/testing/test-app';
import { planHealthRecords } from './health-records';
import { reseed } from './seed-centre';

// A whole demo centre is built first: slow on a busy machine.
jest.setTimeout(360_000);
useTestApp();

describe('the demo health records', () => {
  it('gives every resident a profile, and children monthly weights along WHO curves', async () => {
    await reseed();
    const residents = await Resident.find().lean<ResidentDoc[]>();
    expect(await HealthProfile.countDocuments()).toBe(residents.length);
    const profiles = await HealthProfile.find().lean();
    const substances = profiles.flatMap((p) => p.allergies.map((a) => a.substance));
    expect(substances).toEqual(
      expect.arrayContaining(['Tôm', 'Đậu phộng', 'Sữa bò', 'Penicillin']),
    );
    expect(profiles.some((p) => p.conditions.some((c) => c.name === 'Tăng huyết áp'))).toBe(true);

    const orphans = residents.filter((r) => r.categories.includes('orphan'));
    const growth = await Promise.all(orphans.map((r) => readGrowth(r._id.toString())));
    const points = growth.flatMap((g) => (g.available ? g.points : []));
    expect(points.length).toBeGreaterThan(300);
    const flags = new Set(points.flatMap((p) => p.flags));
    expect(flags).toContain('underweight');
    expect(flags).toContain('stunting');
    expect(flags).not.toContain('implausible');
    // Most children grow within two standard deviations of the WHO median.
    expect(points.filter((p) => p.flags.length === 0).length / points.length).toBeGreaterThan(0.5);

    // The same residents always get the same records.
    const nurses = [{ id: '0123456789abcdef01234567', fullName: 'Điều dưỡng' }];
    expect(planHealthRecords(residents, nurses)).toEqual(planHealthRecords(residents, nurses));
  });
});
