// What users do at the same moment: parallel requests on one record must not lose or double a change.
import mongoose from 'mongoose';
import { buildResident } from '@care/shared/factories/residents';
import { createRandom } from '@care/shared/random';
import { residentAdmitSchema } from '@care/shared/residents';
import { admitResident } from '@care/server/residents/residents.service';
import { useTestApp, testPassword } from '@care/server/testing/test-app';

const t = useTestApp({ LOGIN_MAX_FAILURES: '5' });

describe('the embedded database under parallel writes', () => {
  const coll = () =>
    mongoose.connection.db!.collection<{ _id: number; n: number; version: number }>('race');

  it('applies 50 parallel $inc on one document exactly 50 times', async () => {
    await coll().insertOne({ _id: 1, n: 0, version: 0 });
    await Promise.all(
      Array.from({ length: 50 }, () => coll().updateOne({ _id: 1 }, { $inc: { n: 1 } })),
    );
    expect((await coll().findOne({ _id: 1 }))?.n).toBe(50);
  });

  it('gives exactly one winner to 20 parallel version-checked findOneAndUpdate', async () => {
    await coll().insertOne({ _id: 2, n: 0, version: 0 });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        coll().findOneAndUpdate({ _id: 2, version: 0 }, { $set: { n: i }, $inc: { version: 1 } }),
      ),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect((await coll().findOne({ _id: 2 }))?.version).toBe(1);
  });

  it('answers an unacknowledged write without confusing the next command', async () => {
    await coll().insertOne({ _id: 3, n: 0, version: 0 }, { writeConcern: { w: 0 } });
    await expect(coll().countDocuments({ _id: { $in: [1, 2] } })).resolves.toBe(2);
  });
});

describe('the API under parallel requests', () => {
  const auditFor = async (admin: Awaited<ReturnType<typeof t.signedIn>>, username: string) => {
    const res = await admin.agent.get('/api/audit').query({ record: username, limit: 100 });
    expect(res.status).toBe(200);
    return res.body.data as {
      action: string;
      changes: { field: string; before: unknown; after: unknown }[];
    }[];
  };

  it('lets one of 20 PATCHes carrying the same version through, with one audit entry', async () => {
    const admin = await t.signedIn('admin');
    const user = await t.addUser({ username: 'racepatch', role: 'carer' });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        admin.agent
          .patch(`/api/users/${user._id}`)
          .set('X-CSRF-Token', admin.csrf)
          .send({ version: user.version, fullName: `Nguyễn Văn Thứ ${i + 1}` }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = responses.find((r) => r.status === 200)!.body.data;
    const updates = (await auditFor(admin, 'racepatch')).filter((e) => e.action === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.changes).toEqual([
      { field: 'fullName', before: user.fullName, after: winner.fullName },
    ]);
  });

  it('keeps the stored account and the audit trail in agreement for a parallel deactivate and reset', async () => {
    const admin = await t.signedIn('admin');
    const user = await t.addUser({ username: 'raceboth', role: 'nurse' });
    const [deactivate, reset] = await Promise.all([
      admin.agent
        .patch(`/api/users/${user._id}`)
        .set('X-CSRF-Token', admin.csrf)
        .send({ version: user.version, active: false }),
      admin.agent
        .post(`/api/users/${user._id}/password`)
        .set('X-CSRF-Token', admin.csrf)
        .send({ version: user.version, password: 'Khac@2026x' }),
    ]);
    expect([deactivate.status, reset.status].sort()).toEqual([200, 409]);
    const stored = (await admin.agent.get(`/api/users/${user._id}`)).body.data;
    const updates = (await auditFor(admin, 'raceboth')).filter((e) => e.action === 'update');
    expect(updates).toHaveLength(1);
    if (deactivate.status === 200) {
      expect(stored.active).toBe(false);
      expect(updates[0]!.changes).toEqual([{ field: 'active', before: 'true', after: 'false' }]);
      const login = await t.anonymous();
      const res = await login.agent
        .post('/api/auth/login')
        .set('X-CSRF-Token', login.csrf)
        .send({ username: 'raceboth', password: testPassword });
      expect(res.status).toBe(401);
    } else {
      expect(stored.active).toBe(true);
      expect(updates[0]!.changes.map((c) => c.field)).toEqual(['password']);
    }
  });

  it('checks at most LOGIN_MAX_FAILURES passwords when 25 wrong and the right one come together', async () => {
    await t.addUser({ username: 'racelogin', role: 'carer' });
    const attempt = async (password: string) => {
      const client = await t.anonymous();
      return client.agent
        .post('/api/auth/login')
        .set('X-CSRF-Token', client.csrf)
        .send({ username: 'racelogin', password });
    };
    const clients = await Promise.all(Array.from({ length: 26 }, () => t.anonymous()));
    const responses = await Promise.all(
      clients.map((client, i) =>
        client.agent
          .post('/api/auth/login')
          .set('X-CSRF-Token', client.csrf)
          .send({ username: 'racelogin', password: i === 25 ? testPassword : `Sai@${i}xxxx` }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    const locks = statuses.filter((s) => s === 429).length;
    // Every answer other than "locked" means a password was checked; the fifth wrong one locks.
    expect(statuses.every((s) => [200, 401, 429].includes(s))).toBe(true);
    expect(26 - locks).toBeLessThanOrEqual(5);
    if (statuses[25] !== 200) {
      // The lock holds: the right password is refused until it ends.
      expect((await attempt(testPassword)).status).toBe(429);
    }
  });

  it('never repeats a resident code under parallel admissions', async () => {
    const residents = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        admitResident(
          // Twenty different people (one person cannot be admitted twice).
          residentAdmitSchema.parse(buildResident('elderly', {}, createRandom(1000 + i))),
          null,
        ).then((r) => ({ i, code: r.code })),
      ),
    );
    const codes = residents.map((r) => r.code);
    expect(new Set(codes).size).toBe(20);
  });
});
