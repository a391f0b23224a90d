import { buildResident } from '@care/shared/factories/residents';
import { centreDay } from '@care/shared/dates';
import { createRandom } from '@care/shared/random';
import { send } from '../testing/duty-send';
import { rostered, unitRunningNow, type NowUnit } from '../testing/duty-fixtures';
import { useTestApp, type TestClient } from '../testing/test-app';
import { Handover } from './handover.model';

const t = useTestApp();
const random = createRandom(9);
let manager: TestClient;
let outgoing: TestClient;
let incomingA: TestClient;
let incomingB: TestClient;
let unit: NowUnit;
const residentUnit = `Khu giao ca ${Math.floor(Math.random() * 1e6)}`;
const residents: { id: string; fullName: string; version: number }[] = [];

async function admit() {
  const res = await send(
    manager,
    'post',
    '/api/residents',
    buildResident('elderly', { unit: residentUnit }, random),
  ).expect(201);
  residents.push(res.body.data);
  return res.body.data as { id: string; version: number; fullName: string };
}

beforeAll(async () => {
  manager = await t.signedIn('manager');
  outgoing = await t.signedIn('carer');
  incomingA = await t.signedIn('carer');
  incomingB = await t.signedIn('nurse');
  // Named as the register names the residents' unit: linked without a setting.
  unit = await unitRunningNow(manager, residentUnit);
  const entry = await rostered(manager, unit, outgoing.userId!, unit.current);
  await send(outgoing, 'post', `/api/duty/entries/${entry}/check-in`).expect(201);
  const [present, inHospital, home] = [await admit(), await admit(), await admit()];
  const today = centreDay();
  await send(manager, 'post', `/api/residents/${inHospital.id}/absences`, {
    version: inHospital.version,
    kind: 'hospital',
    from: today,
    expectedReturn: today,
    note: 'Bệnh viện Đa khoa tỉnh, khoa Nội',
  }).expect(200);
  await send(manager, 'post', `/api/residents/${home.id}/absences`, {
    version: home.version,
    kind: 'home_visit',
    from: today,
    expectedReturn: today,
  }).expect(200);
  const note = (text: string, forHandover: boolean) =>
    send(outgoing, 'post', `/api/residents/${present!.id}/notes`, {
      type: 'health',
      text,
      forHandover,
    }).expect(201);
  await note('Sốt nhẹ 37,8 độ lúc chiều, đã báo điều dưỡng.', true);
  await note('Ăn hết suất.', false);
  const incident = (occurredAt: string) =>
    send(outgoing, 'post', `/api/residents/${present!.id}/incidents`, {
      type: 'fall',
      severity: 'minor',
      occurredAt,
      place: 'Hành lang',
      description: 'Trượt chân ở hành lang, không chấn thương.',
      immediateAction: 'Đỡ dậy, kiểm tra.',
      notifications: [],
      followUps: [],
    }).expect(201);
  await incident(new Date(Date.now() - 5 * 60_000).toISOString());
  await incident(new Date(unit.current.start - 3_600_000).toISOString());
});

const shift = () => ({
  unitId: unit.unitId,
  templateId: unit.current.templateId,
  day: unit.current.day,
});
const write = (c: TestClient, body: object) => send(c, 'post', '/api/handovers', body);

describe('the handover book', () => {
  let id: string;

  it('starts from the residents present against expected and the shift’s events', async () => {
    const q = new URLSearchParams(shift()).toString();
    const res = await outgoing.agent.get(`/api/handovers/draft?${q}`).expect(200);
    const draft = res.body.data;
    expect(draft.headcount).toMatchObject({ expected: 3, present: 1 });
    expect(draft.headcount.away).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'hospital', note: 'Bệnh viện Đa khoa tỉnh, khoa Nội' }),
        expect.objectContaining({ kind: 'home_visit' }),
      ]),
    );
    expect(draft.events.map((e: { kind: string }) => e.kind).sort()).toEqual(['incident', 'note']);
    expect(draft.existingId).toBeNull();
    expect(draft.previous).toBeNull();
  });

  it('refuses bad input and staff not on the shift, writing nothing', async () => {
    await write(outgoing, { ...shift(), templateId: 'a'.repeat(24) }).expect(400);
    await write(outgoing, { ...shift(), day: '2026-02-30' }).expect(400);
    await write(outgoing, { ...shift(), tasks: [{ text: '' }] }).expect(400);
    await write(incomingA, { ...shift(), summary: 'Không phải ca của tôi' }).expect(403);
    expect(await Handover.countDocuments()).toBe(0);
  });

  it('writes one handover per shift (parallel writes give one)', async () => {
    const body = {
      ...shift(),
      summary: 'Ca ổn. Cụ ở phòng 2 sốt nhẹ, cần theo dõi.',
      tasks: [{ text: 'Đo nhiệt độ lúc 22 giờ' }, { text: 'Gọi gia đình cụ đi viện', done: true }],
    };
    const results = await Promise.all([
      write(outgoing, body),
      write(outgoing, body),
      write(manager, body),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('handover_exists');
    const made = results.find((r) => r.status === 201)!.body.data;
    id = made.id;
    expect(made).toMatchObject({
      unitName: residentUnit,
      headcount: { expected: 3, present: 1 },
      outgoing: [expect.objectContaining({ id: outgoing.userId })],
      acknowledgements: [],
    });
    expect(made.tasks).toHaveLength(2);
    expect(made.events).toHaveLength(2);
    expect(await Handover.countDocuments()).toBe(1);
  });

  it('refuses a stale edit with 409', async () => {
    const edit = (version: number, summary: string) =>
      send(outgoing, 'patch', `/api/handovers/${id}`, { version, summary });
    const both = await Promise.all([edit(0, 'Bản sửa thứ nhất'), edit(0, 'Bản sửa thứ hai')]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const stale = await edit(0, 'Bản cũ');
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const doc = (await Handover.findById(id).lean())!;
    expect(doc.version).toBe(1);
    expect(['Bản sửa thứ nhất', 'Bản sửa thứ hai']).toContain(doc.summary);
  });

  it('takes two incoming staff acknowledging at once, each once, and then locks the handover', async () => {
    const ack = (c: TestClient) => send(c, 'post', `/api/handovers/${id}/acknowledge`);
    await ack(outgoing).expect(403);
    const both = await Promise.all([ack(incomingA), ack(incomingB), ack(incomingA)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 200, 409]);
    expect(both.find((r) => r.status === 409)!.body.error.code).toBe('already_acknowledged');
    const doc = (await Handover.findById(id).lean())!;
    expect(doc.acknowledgements.map((a) => a.id).sort()).toEqual(
      [incomingA.userId, incomingB.userId].sort(),
    );
    const locked = await send(outgoing, 'patch', `/api/handovers/${id}`, {
      version: doc.version,
      summary: 'Sửa sau khi đã ký nhận',
    }).expect(409);
    expect(locked.body.error.code).toBe('handover_acknowledged');
  });

  it('carries open tasks to the next shift, and flags an unacknowledged handover', async () => {
    const next = { unitId: unit.unitId, templateId: unit.next.templateId, day: unit.next.day };
    const draft = (
      await incomingA.agent.get(`/api/handovers/draft?${new URLSearchParams(next)}`).expect(200)
    ).body.data;
    expect(draft.previous).toMatchObject({ id, acknowledged: true });
    expect(draft.tasks).toEqual([
      expect.objectContaining({ text: 'Đo nhiệt độ lúc 22 giờ', carriedFrom: id, done: false }),
    ]);
    // A manager writes the next shift's handover, still carrying the open task.
    const tasks = draft.tasks.map((t: { id: string; text: string; done: boolean }) => ({
      id: t.id,
      text: t.text,
      done: t.done,
    }));
    const written = await write(manager, { ...next, tasks }).expect(201);
    expect(written.body.data.tasks[0]).toMatchObject({ id: draft.tasks[0].id, carriedFrom: id });

    // Another unit whose handover nobody acknowledged: the next one says so.
    const lone = await unitRunningNow(manager);
    await write(manager, {
      unitId: lone.unitId,
      templateId: lone.current.templateId,
      day: lone.current.day,
    }).expect(201);
    const after = await write(manager, {
      unitId: lone.unitId,
      templateId: lone.next.templateId,
      day: lone.next.day,
    }).expect(201);
    expect(after.body.data.previousUnacknowledged).not.toBeNull();

    const view = await manager.agent.get('/api/duty/now').expect(200);
    expect(view.body.data.flags).toContainEqual(
      expect.objectContaining({ kind: 'tasks_open', unitId: unit.unitId, count: 1 }),
    );
    const list = await incomingA.agent.get(`/api/handovers?day=${unit.current.day}`).expect(200);
    expect(list.body.data.map((h: { id: string }) => h.id)).toContain(id);
  });
});
