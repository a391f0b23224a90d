import { buildResident } from '@care/shared/factories/residents';
import { createRandom } from '@care/shared/random';
import { useTestApp, type TestClient } from '../testing/test-app';
import { Resident } from './resident.model';

const t = useTestApp();
const random = createRandom(11);
let manager: TestClient;
beforeAll(async () => {
  manager = await t.signedIn('manager');
});

const admitted = (over = {}) =>
  t.admitted(manager, 'orphan', { abuseHistory: 'Bị bỏ rơi', hivStatus: 'negative', ...over });
const send = (c: TestClient, method: 'post' | 'patch' | 'put', path: string, body: object) =>
  c.agent[method](path).set('X-CSRF-Token', c.csrf).send(body);

describe('GET /api/residents/:id (the record by field group)', () => {
  it('shows legal papers to social workers, HIV status to nurses, and audits each read', async () => {
    const r = await admitted();
    const sw = await t.signedIn('social_worker');
    const nurse = await t.signedIn('nurse');
    const bySw = (await sw.agent.get(`/api/residents/${r.id}`).expect(200)).body.data;
    const byNurse = (await nurse.agent.get(`/api/residents/${r.id}`).expect(200)).body.data;
    expect(bySw.legal.abuseHistory).toBe('Bị bỏ rơi');
    expect(bySw.medical).toBeNull();
    expect(byNurse.legal).toBeNull();
    expect(byNurse.medical.hivStatus).toBe('negative');
    const admin = await t.signedIn('admin');
    const audit = await admin.agent
      .get('/api/audit')
      .query({ action: 'read', entityId: r.id })
      .expect(200);
    expect(audit.body.data.map((e: { actorId: string }) => e.actorId).sort()).toEqual(
      [sw.userId, nurse.userId].sort(),
    );
  });

  it('is closed to carers and the kitchen, who get the care summary instead', async () => {
    const r = await admitted({ texture: 'minced', risks: ['choking'] });
    for (const role of ['carer', 'kitchen'] as const) {
      const c = await t.signedIn(role);
      await c.agent.get(`/api/residents/${r.id}`).expect(403);
      const summary = (await c.agent.get(`/api/residents/${r.id}/summary`).expect(200)).body.data;
      expect(summary.care).toMatchObject({ texture: 'minced', risks: ['choking'] });
      expect(summary.legal).toBeUndefined();
      expect(summary.episodes).toBeUndefined();
    }
  });
});

describe('PATCH /api/residents/:id', () => {
  it('changes the fields of groups the role may edit, and names who changed it', async () => {
    const r = await admitted();
    const nurse = await t.signedIn('nurse');
    const res = await send(nurse, 'patch', `/api/residents/${r.id}`, {
      version: r.version,
      texture: 'pureed',
    }).expect(200);
    expect(res.body.data).toMatchObject({ version: r.version + 1, care: { texture: 'pureed' } });
    expect(res.body.data.updatedBy.id).toBe(nurse.userId);
    const refused = await send(nurse, 'patch', `/api/residents/${r.id}`, {
      version: r.version + 1,
      room: 'X1',
      idNumber: '012345678901',
    }).expect(403);
    expect(Object.keys(refused.body.error.fields).sort()).toEqual(['idNumber', 'room']);
    expect((await Resident.findById(r.id).lean())!.room).not.toBe('X1');
  });

  it('gives one 200 and 409s to parallel edits of the same version', async () => {
    const r = await admitted();
    const results = await Promise.all(
      ['A1', 'A2', 'A3', 'A4', 'A5'].map((room) =>
        send(manager, 'patch', `/api/residents/${r.id}`, { version: r.version, room }),
      ),
    );
    expect(results.map((x) => x.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect((await Resident.findById(r.id).lean())!.version).toBe(r.version + 1);
  });
});

describe('the stay: absence, closure, re-admission', () => {
  it('goes away and comes back, then closes with a Decree 20 reason and a handover', async () => {
    const r = await admitted();
    const base = `/api/residents/${r.id}`;
    let res = await send(manager, 'post', `${base}/absences`, {
      version: r.version,
      kind: 'hospital',
      from: '2026-11-20',
      expectedReturn: '2026-11-30',
    }).expect(200);
    expect(res.body.data.status).toBe('absent');
    res = await send(manager, 'post', `${base}/absences/return`, {
      version: res.body.data.version,
      date: '2026-11-24',
    }).expect(200);
    expect(res.body.data.status).toBe('in_care');
    await send(manager, 'post', `${base}/absences/return`, {
      version: res.body.data.version,
      date: '2026-11-24',
    }).expect(409);
    res = await send(manager, 'post', `${base}/closure`, {
      version: res.body.data.version,
      date: '2026-11-25',
      reason: 'family_reintegration',
      handover: { receivedBy: 'Bà nội', items: 'Hồ sơ, quần áo' },
    }).expect(200);
    expect(res.body.data.status).toBe('discharged');
    expect(res.body.data.episodes[0].closure.handover.receivedBy).toBe('Bà nội');
  });

  it('refuses a closure before admission and a closure of a closed episode, changing nothing', async () => {
    const r = await admitted();
    const base = `/api/residents/${r.id}`;
    const early = await send(manager, 'post', `${base}/closure`, {
      version: r.version,
      date: '2000-01-01',
      reason: 'adoption',
      handover: {},
    }).expect(400);
    expect(early.body.error.fields.date).toMatch(/tiếp nhận/);
    const closed = await send(manager, 'post', `${base}/closure`, {
      version: r.version,
      date: '2026-11-25',
      reason: 'adoption',
      handover: {},
    }).expect(200);
    const v = closed.body.data.version;
    await send(manager, 'post', `${base}/closure`, {
      version: v,
      date: '2026-11-25',
      reason: 'adoption',
      handover: {},
    }).expect(409);
    const edit = await send(manager, 'put', `${base}/episodes/${r.episodes[0]!.id}/admission`, {
      version: v,
      admission: buildResident('orphan', {}, random).admission,
    }).expect(409);
    expect(edit.body.error.code).toBe('episode_closed');
    await send(manager, 'patch', base, { version: v, room: 'B1' }).expect(409);
    expect((await Resident.findById(r.id).lean())!.version).toBe(v);
  });

  it('re-admits a discharged resident as a new episode, keeping the earlier one', async () => {
    const r = await admitted();
    const base = `/api/residents/${r.id}`;
    const admission = buildResident('orphan', {}, random).admission;
    await send(manager, 'post', `${base}/admissions`, { version: r.version, admission }).expect(
      409,
    );
    const closed = await send(manager, 'post', `${base}/closure`, {
      version: r.version,
      date: '2026-11-20',
      reason: 'no_contact',
      handover: {},
    }).expect(200);
    const back = await send(manager, 'post', `${base}/admissions`, {
      version: closed.body.data.version,
      admission: {
        ...admission,
        date: '2026-11-22',
        decision: { ...admission.decision, date: '2026-11-22' },
      },
    }).expect(200);
    expect(back.body.data.status).toBe('in_care');
    expect(back.body.data.episodes).toHaveLength(2);
    expect(back.body.data.episodes[0].closure.reason).toBe('no_contact');
  });
});
