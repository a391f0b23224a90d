import { useTestApp, type TestClient } from '../testing/test-app';
import { Incident } from './incident.model';

const t = useTestApp();
let manager: TestClient;
let carer: TestClient;
let residentId: string;
beforeAll(async () => {
  manager = await t.signedIn('manager');
  carer = await t.signedIn('carer');
  residentId = (await t.admitted(manager, 'elderly')).id;
});

const fall = () => ({
  type: 'fall',
  severity: 'moderate',
  occurredAt: '2026-11-25T21:40:00+07:00',
  place: 'Nhà vệ sinh phòng B204',
  description: 'Trượt chân khi đi vệ sinh ban đêm, bầm hông phải.',
  immediateAction: 'Đỡ dậy, chườm lạnh, báo điều dưỡng trực.',
  notifications: [{ party: 'doctor', name: 'BS. Lê Minh', at: '2026-11-25T21:50:00+07:00' }],
  followUps: [{ task: 'Lắp tay vịn nhà vệ sinh', ownerId: manager.userId, dueDate: '2026-12-05' }],
});
const post = (c: TestClient, path: string, body: object) =>
  c.agent.post(path).set('X-CSRF-Token', c.csrf).send(body);

describe('incidents', () => {
  it('is reported by a carer, followed up, and closed by a manager only once every task is done', async () => {
    const base = `/api/residents/${residentId}/incidents`;
    const created = (await post(carer, base, fall()).expect(201)).body.data;
    expect(created).toMatchObject({ status: 'open', reportedBy: { id: carer.userId } });
    expect(created.followUps[0].owner.id).toBe(manager.userId);
    const close = `${base}/${created.id}/close`;
    await post(carer, close, { version: 0, outcome: 'x' }).expect(403);
    const early = await post(manager, close, { version: 0, outcome: 'Đã ổn định' }).expect(409);
    expect(early.body.error.code).toBe('follow_ups_open');
    const done = await carer.agent
      .patch(`${base}/${created.id}`)
      .set('X-CSRF-Token', carer.csrf)
      .send({
        version: 0,
        followUps: [{ ...fall().followUps[0], id: created.followUps[0].id, doneOn: '2026-11-26' }],
      })
      .expect(200);
    const closed = await post(manager, close, {
      version: done.body.data.version,
      outcome: 'Đã lắp tay vịn.',
    }).expect(200);
    expect(closed.body.data).toMatchObject({ status: 'closed', closedBy: { id: manager.userId } });
    const open = await manager.agent.get('/api/incidents').expect(200);
    expect(open.body.data.map((i: { id: string }) => i.id)).not.toContain(created.id);
    const timeline = await manager.agent
      .get(`/api/residents/${residentId}/timeline`)
      .query({ kinds: 'incident', before: '2026-12' })
      .expect(200);
    expect(timeline.body.data.map((i: { type: string }) => i.type)).toEqual(['fall']);
  });

  it('refuses a notification before the incident, an unknown type and a future time, writing nothing', async () => {
    const before = await Incident.countDocuments();
    const res = await post(carer, `/api/residents/${residentId}/incidents`, {
      ...fall(),
      type: 'alien',
      occurredAt: '2099-01-01T00:00:00+07:00',
    }).expect(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['occurredAt', 'type']);
    const late = await post(carer, `/api/residents/${residentId}/incidents`, {
      ...fall(),
      notifications: [{ party: 'family', at: '2026-11-20T08:00:00+07:00' }],
    }).expect(400);
    expect(late.body.error.fields.notifications).toBeDefined();
    expect(await Incident.countDocuments()).toBe(before);
  });

  it('keeps incidents from the kitchen', async () => {
    const kitchen = await t.signedIn('kitchen');
    await kitchen.agent.get(`/api/residents/${residentId}/incidents`).expect(403);
    await kitchen.agent.get('/api/incidents').expect(403);
  });
});
