import mongoose from 'mongoose';
import { Resident } from '@care/server/residents/resident.model';
import { User } from '@care/server/users/user.model';
import { useTestApp } from '@care/server/testing/test-app';
import { roles } from '@care/shared/roles';
import { census } from './residents';
import { demoPassword } from './staff';
import { reseed } from './seed-centre';

// Building the whole centre takes a while on a busy machine.
jest.setTimeout(180_000);
const t = useTestApp();

describe('the demo centre seed', () => {
  it('builds 37 staff, 100 residents in care by the census, and earlier residents', async () => {
    expect(await reseed()).toEqual({ staff: 37, residents: 100 });
    for (const role of roles) expect(await User.countDocuments({ role })).toBeGreaterThan(0);
    const inCare = await Resident.find({ current: true }).lean();
    // 100 admitted and still here, plus one earlier resident who came back.
    expect(inCare).toHaveLength(101);
    expect(inCare.filter((r) => r.status === 'absent')).toHaveLength(3);
    expect(await Resident.countDocuments({ status: 'discharged' })).toBe(39);
    const primary = (c: string) => inCare.filter((r) => r.categories[0] === c).length;
    // The one who came back was an orphan.
    expect(Object.fromEntries(census.map(([c]) => [c, primary(c)]))).toEqual({
      orphan: 31,
      elderly: 30,
      disabled: 20,
      mental_illness: 14,
      emergency_protection: 6,
    });
    expect(inCare.filter((r) => r.episodes.length === 2)).toHaveLength(1);
  });

  it('makes the same centre every time', async () => {
    await reseed();
    const first = await Resident.find()
      .sort({ code: 1 })
      .select('code fullName birthDate -_id')
      .lean();
    await reseed();
    const second = await Resident.find()
      .sort({ code: 1 })
      .select('code fullName birthDate -_id')
      .lean();
    expect(second).toEqual(first);
    expect(mongoose.connection.readyState).toBe(1);
    // Two whole centres, health records included, on a shared 2-core machine.
  }, 90_000);

  it.each(['admin', 'manager', 'socialworker', 'nurse', 'carer', 'kitchen'])(
    'lets the demo login %s sign in',
    async (username) => {
      const client = await t.anonymous();
      await client.agent
        .post('/api/auth/login')
        .set('X-CSRF-Token', client.csrf)
        .send({ username, password: demoPassword })
        .expect(200);
    },
  );
});
