import { buildResident } from '@care/shared/factories/residents';
import { createRandom } from '@care/shared/random';
import { residentAdmitSchema, type ResidentAdmitInput } from '@care/shared/residents';
import { AuditEvent } from '../audit/audit-event.model';
import { Resident } from '../residents/resident.model';
import { admitResident } from '../residents/residents.service';
import { useTestApp, type TestClient } from '../testing/test-app';
import { Measurement } from './measurement.model';

const t = useTestApp();
const random = createRandom(23);
const admit = (over: Partial<ResidentAdmitInput> = {}) =>
  admitResident(residentAdmitSchema.parse(buildResident('orphan', over, random)), null);

const post = (client: TestClient, id: string, body: object) =>
  client.agent
    .post(`/api/residents/${id}/measurements`)
    .set('X-CSRF-Token', client.csrf)
    .send(body);

describe('POST /api/residents/:id/measurements', () => {
  it('records a measurement with its author and audits it under the resident code', async () => {
    const resident = await admit();
    const nurse = await t.signedIn('nurse');
    const res = await post(nurse, String(resident._id), {
      at: '2026-03-02T08:15:00+07:00',
      weightKg: 21.4,
      heightCm: 118.5,
      heightPosition: 'standing',
      temperatureC: 37.2,
      systolic: 100,
      diastolic: 65,
      pulse: 92,
    }).expect(201);
    expect(res.body.data).toMatchObject({
      residentId: String(resident._id),
      at: '2026-03-02T01:15:00.000Z',
      weightKg: 21.4,
      heightPosition: 'standing',
      systolic: 100,
      note: '',
    });
    expect(res.body.data.authorName).toMatch(/\S/);
    const stored = await Measurement.findById(res.body.data.id).lean();
    expect(stored).toMatchObject({ day: '2026-03-02', month: '2026-03', year: '2026' });
    const [audit] = await AuditEvent.find({
      entity: 'measurement',
      entityId: res.body.data.id,
    }).lean();
    expect(audit).toMatchObject({ action: 'create', entityLabel: resident.code });
    expect(audit!.changes.map((c) => c.field)).toContain('weightKg');
  });

  it('takes the time of recording when none is given', async () => {
    const resident = await admit();
    const nurse = await t.signedIn('nurse');
    const before = Date.now();
    const res = await post(nurse, String(resident._id), { temperatureC: 38.5 }).expect(201);
    expect(Date.parse(res.body.data.at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it.each([
    ['an impossible weight', { weightKg: 900 }, ['weightKg']],
    ['text for a number', { temperatureC: 'sốt' }, ['temperatureC']],
    ['no value at all', { note: 'quên cân' }, ['weightKg']],
    ['a systolic pressure alone', { systolic: 120 }, ['systolic']],
    ['diastolic above systolic', { systolic: 80, diastolic: 120 }, ['diastolic']],
    ['a time in the future', { at: '2999-01-01T08:00:00+07:00', pulse: 80 }, ['at']],
    ['a fractional pulse', { pulse: 80.5 }, ['pulse']],
    ['an unknown field', { pulse: 80, spo2: 97 }, ['spo2']],
  ])('answers 400 to %s and writes nothing', async (_name, body, fields) => {
    const resident = await admit();
    const nurse = await t.signedIn('nurse');
    const [measurements, audits] = [
      await Measurement.countDocuments(),
      await AuditEvent.countDocuments({ entity: 'measurement' }),
    ];
    const res = await post(nurse, String(resident._id), body).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(fields);
    expect(await Measurement.countDocuments()).toBe(measurements);
    expect(await AuditEvent.countDocuments({ entity: 'measurement' })).toBe(audits);
  });

  it('answers in Vietnamese which blood pressure is wrong', async () => {
    const resident = await admit();
    const nurse = await t.signedIn('nurse');
    const res = await post(nurse, String(resident._id), { systolic: 80, diastolic: 90 });
    expect(res.body.error.fields.diastolic).toBe('Huyết áp tâm trương phải thấp hơn tâm thu');
  });

  it('is closed to social workers, carers and the kitchen, and 404 for an unknown resident', async () => {
    const resident = await admit();
    for (const role of ['social_worker', 'carer', 'kitchen'] as const) {
      const client = await t.signedIn(role);
      await post(client, String(resident._id), { pulse: 80 }).expect(403);
    }
    const nurse = await t.signedIn('nurse');
    await post(nurse, '0123456789abcdef01234567', { pulse: 80 }).expect(404);
  });
});

describe('GET /api/residents/:id/measurements', () => {
  it('lists newest first, bounded, and pages back by cursor', async () => {
    const resident = await admit();
    const id = String(resident._id);
    const nurse = await t.signedIn('nurse');
    const days = ['2024-06-10', '2025-11-03', '2026-01-15', '2026-01-20'];
    for (const day of days)
      await post(nurse, id, { at: `${day}T09:00:00+07:00`, pulse: 80 }).expect(201);

    const first = await nurse.agent
      .get(`/api/residents/${id}/measurements`)
      .query({ limit: 3 })
      .expect(200);
    expect(first.body.data.map((m: { at: string }) => m.at.slice(0, 10))).toEqual([
      '2026-01-20',
      '2026-01-15',
      '2025-11-03',
    ]);
    expect(first.body.page.next).toEqual(expect.any(String));
    const rest = await nurse.agent
      .get(`/api/residents/${id}/measurements`)
      .query({ limit: 3, before: first.body.page.next })
      .expect(200);
    expect(rest.body.data.map((m: { at: string }) => m.at.slice(0, 10))).toEqual(['2024-06-10']);
    expect(rest.body.page.next).toBeNull();
    await nurse.agent.get(`/api/residents/${id}/measurements`).query({ limit: 1000 }).expect(400);
  });

  it('answers an empty list for a resident never measured', async () => {
    const resident = await admit();
    const sw = await t.signedIn('social_worker');
    const res = await sw.agent.get(`/api/residents/${resident._id}/measurements`).expect(200);
    expect(res.body.data).toEqual([]);
    expect(res.body.page.next).toBeNull();
  });

  it.each(['carer', 'kitchen'] as const)('answers 403 to the %s role', async (role) => {
    const resident = await admit();
    const client = await t.signedIn(role);
    await client.agent.get(`/api/residents/${resident._id}/measurements`).expect(403);
    await client.agent.get(`/api/residents/${resident._id}/growth`).expect(403);
  });
});

describe('GET /api/residents/:id/growth', () => {
  it('gives z-scores, flags and the WHO lines for a child', async () => {
    // A girl of exactly 365 days on the day she is weighed: WHO's daily table applies.
    const girl = await admit({
      gender: 'female',
      birthDate: '2025-01-01',
      admission: {
        ...buildResident('orphan', {}, random).admission,
        date: '2025-06-01',
        decision: { number: '1/QĐ', date: '2025-06-01', issuer: 'Sở Y tế tỉnh Lào Cai' },
      },
    });
    const id = String(girl._id);
    const nurse = await t.signedIn('nurse');
    await post(nurse, id, {
      at: '2026-01-01T09:00:00+07:00',
      weightKg: 8.9462,
      heightCm: 74,
      heightPosition: 'lying',
    });
    await post(nurse, id, { at: '2026-02-01T09:00:00+07:00', weightKg: 6.2 });
    await post(nurse, id, { at: '2026-02-02T09:00:00+07:00', temperatureC: 37 });

    const res = await nurse.agent.get(`/api/residents/${id}/growth`).expect(200);
    const view = res.body.data;
    expect(view).toMatchObject({ available: true, sex: 'female', birthDate: '2025-01-01' });
    expect(view.points).toHaveLength(2);
    expect(view.points[0]).toMatchObject({ ageDays: 365, weightKg: 8.9462, heightCm: 74 });
    expect(view.points[0].z.weightForAge).toBe(0);
    // WHO: girls' median length at 12 months is 74.0 cm.
    expect(view.points[0].z.heightForAge).toBeCloseTo(0, 1);
    expect(view.points[0].z.weightForHeight).toEqual(expect.any(Number));
    expect(view.points[0].flags).toEqual([]);
    expect(view.points[1].flags).toEqual(['severe_underweight']);
    const month12 = view.curves.weightForAge.find((p: { ageMonths: number }) => p.ageMonths === 12);
    expect(month12.sd).toEqual({ '-3': 6.27, '-2': 7.04, '0': 8.95, '2': 11.51, '3': 13.12 });
    expect(view.curves.heightForAge.length).toBeGreaterThan(10);
  });

  it('answers that growth is for children only', async () => {
    const adult = await admitResident(
      residentAdmitSchema.parse(buildResident('elderly', {}, random)),
      null,
    );
    const nurse = await t.signedIn('nurse');
    const res = await nurse.agent.get(`/api/residents/${adult._id}/growth`).expect(200);
    expect(res.body.data).toEqual({ available: false, reason: 'over_19' });
  });

  it('answers that growth cannot be computed when only the birth year is known', async () => {
    const child = await admit();
    await Resident.collection.updateOne({ _id: child._id }, { $set: { birthDate: null } });
    const nurse = await t.signedIn('nurse');
    const res = await nurse.agent.get(`/api/residents/${child._id}/growth`).expect(200);
    expect(res.body.data).toEqual({ available: false, reason: 'birth_date_unknown' });
  });
});
