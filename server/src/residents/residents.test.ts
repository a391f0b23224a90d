import { buildResident } from '@care/shared/factories/residents';
import { createRandom } from '@care/shared/random';
import { residentAdmitSchema, type ResidentCategory } from '@care/shared/residents';
import { admitResident } from './residents.service';
import { useTestApp } from '../testing/test-app';

const t = useTestApp();
const random = createRandom(7);
const admit = (category: ResidentCategory, over = {}) =>
  admitResident(residentAdmitSchema.parse(buildResident(category, over, random)), null);

describe('GET /api/residents', () => {
  it('lists a page of summaries with no health or guardian data', async () => {
    for (let i = 0; i < 3; i++) await admit('elderly');
    const carer = await t.signedIn('carer');
    const res = await carer.agent.get('/api/residents').query({ pageSize: 2 }).expect(200);
    expect(res.body.page).toMatchObject({ page: 1, pageSize: 2 });
    expect(res.body.data).toHaveLength(2);
    expect(res.body.data[0].healthNotes).toBeUndefined();
    expect(res.body.data[0].code).toMatch(/^DT-\d{4}$/);
  });

  it('finds a resident by name without diacritics', async () => {
    await admit('orphan', { fullName: 'Nguyễn Thị Đào' });
    const nurse = await t.signedIn('nurse');
    const res = await nurse.agent.get('/api/residents').query({ q: 'thi dao' }).expect(200);
    expect(res.body.data.map((r: { fullName: string }) => r.fullName)).toContain('Nguyễn Thị Đào');
  });

  it('forbids the kitchen role', async () => {
    const kitchen = await t.signedIn('kitchen');
    await kitchen.agent.get('/api/residents').expect(403);
  });

  it('answers 400 for an unknown category or an oversized page', async () => {
    const nurse = await t.signedIn('nurse');
    const res = await nurse.agent
      .get('/api/residents')
      .query({ category: 'pirate', pageSize: 1000 })
      .expect(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['category', 'pageSize']);
  });
});

describe('GET /api/residents/:id', () => {
  it('shows the full record and audits the read', async () => {
    const resident = await admit('disabled');
    const sw = await t.signedIn('social_worker');
    const res = await sw.agent.get(`/api/residents/${resident._id}`).expect(200);
    expect(res.body.data.admission.decisionNumber).toBe(resident.admission.decisionNumber);
    const admin = await t.signedIn('admin');
    const audit = await admin.agent
      .get('/api/audit')
      .query({ action: 'read', entityId: String(resident._id) })
      .expect(200);
    expect(audit.body.data).toHaveLength(1);
    expect(audit.body.data[0]).toMatchObject({
      actorId: sw.userId,
      entity: 'resident',
      entityLabel: resident.code,
    });
  });

  it('is not open to a carer', async () => {
    const resident = await admit('orphan');
    const carer = await t.signedIn('carer');
    await carer.agent.get(`/api/residents/${resident._id}`).expect(403);
  });
});

describe('GET /api/residents/counts', () => {
  it('counts residents in care by category', async () => {
    const manager = await t.signedIn('manager');
    const before = (await manager.agent.get('/api/residents/counts').expect(200)).body.data;
    await admit('mental_illness');
    const after = (await manager.agent.get('/api/residents/counts').expect(200)).body.data;
    expect(after.byCategory.mental_illness).toBe(before.byCategory.mental_illness + 1);
    expect(after.total).toBe(before.total + 1);
  });
});
