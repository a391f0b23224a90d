import { useTestApp, type TestClient } from '../testing/test-app';
import { Family } from './family.model';

const t = useTestApp();
let sw: TestClient;
let residentId: string;
beforeAll(async () => {
  sw = await t.signedIn('social_worker');
  residentId = (await t.admitted(sw, 'orphan')).id;
});

const plan = (version: number, extra = {}) => ({
  version,
  members: [{ name: 'Lò Thị Ươi', relation: 'Bà ngoại', phone: '0912 345 678', isGuardian: true }],
  reintegration: {
    stage: 'preparing',
    familyAssessment: 'Bà ngoại khoẻ, nhà ở Xã Bắc Hà, có thể nhận cháu về sau khi sửa nhà.',
    assessedOn: '2026-10-02',
    steps: [{ step: 'Hỗ trợ sửa nhà', dueDate: '2026-12-15' }],
    ...extra,
  },
});

describe('family and reintegration', () => {
  it('saves members and the plan at the version read; a stale or parallel save is a 409', async () => {
    const path = `/api/residents/${residentId}/family`;
    const empty = await sw.agent.get(path).expect(200);
    expect(empty.body.data).toMatchObject({ version: 0, members: [] });
    const results = await Promise.all(
      [0, 1, 2].map(() => sw.agent.put(path).set('X-CSRF-Token', sw.csrf).send(plan(0))),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const saved = await sw.agent.get(path).expect(200);
    expect(saved.body.data.reintegration.steps[0]).toMatchObject({
      step: 'Hỗ trợ sửa nhà',
      id: expect.any(String),
    });
    expect(await Family.countDocuments({ _id: residentId })).toBe(1);
  });

  it('refuses follow-up visits before the return and writes nothing', async () => {
    const path = `/api/residents/${residentId}/family`;
    const before = (await sw.agent.get(path).expect(200)).body.data;
    const res = await sw.agent
      .put(path)
      .set('X-CSRF-Token', sw.csrf)
      .send(
        plan(before.version, {
          returnedOn: '2026-11-01',
          followUpVisits: [{ date: '2026-10-01', by: 'Cán bộ', finding: 'x' }],
        }),
      )
      .expect(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['reintegration.followUpVisits']);
    expect((await sw.agent.get(path).expect(200)).body.data.version).toBe(before.version);
  });

  it('logs visits and calls by any carer, shown in the timeline; the kitchen sees none', async () => {
    const carer = await t.signedIn('carer');
    const path = `/api/residents/${residentId}/family/contacts`;
    await carer.agent
      .post(path)
      .set('X-CSRF-Token', carer.csrf)
      .send({
        kind: 'visit_at_centre',
        on: '2026-11-22',
        withWhom: 'Bà ngoại',
        note: 'Mang quà, ở chơi 2 giờ.',
      })
      .expect(201);
    await carer.agent
      .put(`/api/residents/${residentId}/family`)
      .set('X-CSRF-Token', carer.csrf)
      .send(plan(1))
      .expect(403);
    const list = await carer.agent.get(path).expect(200);
    expect(list.body.data).toEqual([
      expect.objectContaining({ kind: 'visit_at_centre', withWhom: 'Bà ngoại' }),
    ]);
    const timeline = await sw.agent
      .get(`/api/residents/${residentId}/timeline`)
      .query({ kinds: 'family', before: '2026-12' })
      .expect(200);
    expect(timeline.body.data.map((i: { type: string }) => i.type)).toEqual(['visit_at_centre']);
    const kitchen = await t.signedIn('kitchen');
    await kitchen.agent.get(path).expect(403);
  });
});
