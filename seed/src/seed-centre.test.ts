import mongoose from 'mongoose';
import { reviewStatus } from '@care/shared/care-plan-rules';
import { centreDay } from '@care/shared/dates';
import { CarePlan } from '@care/server/care-plans/care-plan.model';
import { presentCarePlan } from '@care/server/care-plans/care-plan.presenter';
import { listCarePlans } from '@care/server/care-plans/care-plan-versions';
import { Resident } from '@care/server/residents/resident.model';
import { User } from '@care/server/users/user.model';
import { useTestApp } from '@care/server/testing/test-app';
import { roles } from '@care/shared/roles';
import { census } from './residents';
import { demoPassword } from './staff';
import { reseed } from './seed-centre';

// Building the whole centre takes a while on a busy machine.
jest.setTimeout(360_000);
const t = useTestApp();

/** What the case files say, without ids or instants of writing. */
async function carePlanSnapshot() {
  const plans = await CarePlan.find().sort({ residentId: 1, number: 1 }).lean();
  const residents = new Map(
    (await Resident.find().select('code').lean()).map((r) => [String(r._id), r.code]),
  );
  return plans
    .map((p) => ({
      resident: residents.get(String(p.residentId)),
      number: p.number,
      status: p.status,
      planDate: p.planDate,
      goals: p.goals.map((g) => [g.domain, g.description, g.targetDate]),
      reviews: p.reviews.map((r) => [r.reviewedOn, r.comment, r.progress.map((x) => x.status)]),
    }))
    .sort((a, b) => `${a.resident}/${a.number}`.localeCompare(`${b.resident}/${b.number}`));
}

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

  it('makes the same centre every time, case files included', async () => {
    await reseed();
    const first = await Resident.find()
      .sort({ code: 1 })
      .select('code fullName birthDate -_id')
      .lean();
    const firstPlans = await carePlanSnapshot();
    await reseed();
    const second = await Resident.find()
      .sort({ code: 1 })
      .select('code fullName birthDate -_id')
      .lean();
    expect(second).toEqual(first);
    expect(await carePlanSnapshot()).toEqual(firstPlans);
    expect(mongoose.connection.readyState).toBe(1);
  }, 360_000); // two whole demo centres on a shared 2-core machine

  it('gives about two residents in five an approved plan, reviewed or overdue, some revised', async () => {
    const residentIds = [
      ...new Set((await CarePlan.find().lean()).map((p) => String(p.residentId))),
    ];
    expect(residentIds.length).toBeGreaterThan(30);
    const views = [];
    for (const id of residentIds) {
      const { plans, context } = await listCarePlans(id);
      views.push(...plans.map((p) => presentCarePlan(p, context)));
    }
    const inForce = views.filter((p) => p.status === 'approved');
    expect(inForce).toHaveLength(residentIds.length);
    const due = inForce.map((p) => reviewStatus(p, centreDay()));
    expect(due.filter((s) => s === 'overdue').length).toBeGreaterThan(2);
    expect(due.filter((s) => s === 'ok').length).toBeGreaterThan(20);
    expect(inForce.filter((p) => p.reviews.length >= 2).length).toBeGreaterThan(5);
    expect(views.filter((p) => p.status === 'superseded').length).toBeGreaterThan(2);
    expect(views.filter((p) => p.status === 'draft').length).toBeGreaterThan(1);
  });

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
