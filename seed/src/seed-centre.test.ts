import mongoose from 'mongoose';
import { Resident } from '@care/server/residents/resident.model';
import { User } from '@care/server/users/user.model';
import { useTestApp } from '@care/server/testing/test-app';
import { roles } from '@care/shared/roles';
import { residentCategories } from '@care/shared/residents';
import { demoPassword } from './staff';
import { reseed } from './seed-centre';

const t = useTestApp();

describe('the demo centre seed', () => {
  it('builds 37 staff and 100 residents across every role and category', async () => {
    expect(await reseed()).toEqual({ staff: 37, residents: 100 });
    for (const role of roles) expect(await User.countDocuments({ role })).toBeGreaterThan(0);
    for (const category of residentCategories)
      expect(await Resident.countDocuments({ category })).toBeGreaterThan(0);
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
    // Two whole seeds: about 16 s alone, past 30 s beside the browser suites on a busy machine.
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
