import { AuditEvent } from '../audit/audit-event.model';
import {
  makeUnit,
  profileFor,
  send,
  type RotaUnitFixture,
  assignShift,
} from '../testing/rota-fixtures';
import { useTestApp, type TestClient } from '../testing/test-app';
import { RotaEntry } from './rota-entry.model';
import { RotaSwap } from './swap.model';

const t = useTestApp();
const month = '2027-09';
let manager: TestClient;
let unit: RotaUnitFixture;
let n = 0;

/** A carer (or nurse) signed in, with a rostering profile in the test unit. */
async function staff(qualification: 'carer' | 'nurse' = 'carer', sex = 'female') {
  const client = await t.signedIn(qualification);
  await profileFor(manager, client.userId!, [unit.unitId], {
    qualifications: [qualification],
    sex,
  });
  return client;
}
const assign = (who: TestClient, day: string, templateId: string) =>
  assignShift(manager, who, day, templateId);
const offer = (who: TestClient, entryId: string) =>
  send(who, 'post', '/api/rota/swaps', { kind: 'cover', entryId, note: 'Việc gia đình' });
const propose = (who: TestClient, entryId: string, targetEntryId: string) =>
  send(who, 'post', '/api/rota/swaps', { kind: 'swap', entryId, targetEntryId });
const act = (who: TestClient, id: string, action: string, version: number, note?: string) =>
  send(who, 'post', `/api/rota/swaps/${id}/${action}`, { version, ...(note ? { note } : {}) });
const holder = async (id: string) => (await RotaEntry.findById(id).lean())?.staffId;
// Days a few apart so no rest or weekly rule ties the tests' shifts together.
const day = () => `${month}-${String(2 + 2 * n++).padStart(2, '0')}`;

beforeAll(async () => {
  manager = await t.signedIn('manager');
  unit = await makeUnit(manager);
  // The morning needs a carer: a nurse may not take a carer's morning.
  await send(manager, 'post', '/api/rota/coverage', {
    unitId: unit.unitId,
    templateId: unit.morning,
    qualification: 'carer',
    min: 0,
    preferred: 1,
  }).expect(201);
  const view = await manager.agent.get(`/api/rota/months/${month}`).expect(200);
  await send(manager, 'post', `/api/rota/months/${month}/publish`, {
    version: view.body.data.version,
  }).expect(200);
});

describe('POST /api/rota/swaps', () => {
  it('offers one’s own published shift and proposes a swap; refuses others’ shifts, drafts and bad input', async () => {
    const [a, b] = [await staff(), await staff()];
    const mine = await assign(a, day(), unit.morning);
    const theirs = await assign(b, day(), unit.evening);
    const offered = await offer(a, mine.id).expect(201);
    expect(offered.body.data).toMatchObject({
      kind: 'cover',
      status: 'offered',
      month,
      requester: { id: a.userId },
      target: null,
      stale: false,
    });
    // One open request per shift.
    expect((await offer(a, mine.id).expect(409)).body.error.code).toBe('duplicate');
    const proposed = await propose(b, theirs.id, mine.id).expect(201);
    expect(proposed.body.data).toMatchObject({
      kind: 'swap',
      status: 'proposed',
      target: { id: a.userId },
    });
    await offer(b, mine.id).expect(403);
    const own = await propose(b, theirs.id, theirs.id).expect(400);
    expect(own.body.error.fields.targetEntryId).toMatch(/không phải ca của chính bạn/);
    await send(a, 'post', '/api/rota/swaps', { kind: 'swap', entryId: mine.id }).expect(400);
    await send(a, 'post', '/api/rota/swaps', { kind: 'cover', entryId: 'f'.repeat(24) }).expect(
      400,
    );
    const draft = await send(manager, 'post', '/api/rota/entries', {
      staffId: a.userId,
      day: '2027-10-05',
      templateId: unit.morning,
    }).expect(201);
    const notPublished = await offer(a, draft.body.data.changed[0].id).expect(409);
    expect(notPublished.body.error.code).toBe('not_on_rota');
    const admin = await t.signedIn('admin');
    await offer(admin, mine.id).expect(403);
    expect(await RotaSwap.countDocuments({ 'requester.id': a.userId })).toBe(1);
  });
});

describe('the swap from proposal to approval', () => {
  it('swaps two shifts once the colleague accepts and a manager approves, and audits each step', async () => {
    const [a, b] = [await staff(), await staff()];
    const first = await assign(a, day(), unit.evening);
    const second = await assign(b, day(), unit.evening);
    const made = (await propose(a, first.id, second.id).expect(201)).body.data;
    // Only the named colleague answers; managers approve only what was accepted.
    await act(manager, made.id, 'accept', 0).expect(403);
    expect((await act(manager, made.id, 'approve', 0).expect(409)).body.error.code).toBe(
      'swap_decided',
    );
    await act(b, made.id, 'approve', 0).expect(403);
    const accepted = await act(b, made.id, 'accept', 0, 'Đồng ý').expect(200);
    expect(accepted.body.data).toMatchObject({ status: 'accepted', version: 1 });
    const listed = await manager.agent.get('/api/rota/swaps').expect(200);
    expect(listed.body.data.map((s: { id: string }) => s.id)).toContain(made.id);
    const check = await manager.agent.get(`/api/rota/swaps/${made.id}/check`).expect(200);
    expect(check.body.data).toMatchObject({ errors: [], stale: false });
    await b.agent.get(`/api/rota/swaps/${made.id}/check`).expect(403);
    const approved = await act(manager, made.id, 'approve', 1).expect(200);
    expect(approved.body.data).toMatchObject({
      status: 'approved',
      decidedBy: { id: manager.userId },
    });
    // The two shifts exchange their places: A now works B's day and B works A's.
    const grid = await a.agent.get(`/api/rota/months/${month}`).expect(200);
    const daysOf = (who: TestClient) =>
      grid.body.data.entries
        .filter((e: { staffId: string }) => e.staffId === who.userId)
        .map((e: { day: string }) => e.day);
    expect(daysOf(a)).toEqual([second.day]);
    expect(daysOf(b)).toEqual([first.day]);
    const events = await AuditEvent.find({ entity: 'rota_swap', entityId: made.id }).lean();
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'update', 'update']);
    expect(
      await AuditEvent.countDocuments({
        entity: 'rota_entry',
        entityId: first.id,
        action: 'update',
      }),
    ).toBe(1);
    // Closed requests leave the open list; a month's list keeps them.
    const open = await manager.agent.get('/api/rota/swaps').expect(200);
    expect(open.body.data.map((s: { id: string }) => s.id)).not.toContain(made.id);
    const history = await manager.agent.get(`/api/rota/swaps?month=${month}`).expect(200);
    expect(history.body.data.find((s: { id: string }) => s.id === made.id).status).toBe('approved');
  });

  it('lets the colleague decline, the requester withdraw and a manager reject with a reason', async () => {
    const [a, b] = [await staff(), await staff()];
    const x = await assign(a, day(), unit.evening);
    const y = await assign(b, day(), unit.evening);
    const swap = (await propose(a, x.id, y.id).expect(201)).body.data;
    await act(a, swap.id, 'decline', 0).expect(403);
    expect((await act(b, swap.id, 'decline', 0, 'Bận').expect(200)).body.data.status).toBe(
      'declined',
    );
    await act(a, swap.id, 'withdraw', 1).expect(409);
    const cover = (await offer(a, x.id).expect(201)).body.data;
    await act(b, cover.id, 'withdraw', 0).expect(403);
    expect((await act(a, cover.id, 'withdraw', 0).expect(200)).body.data.status).toBe('withdrawn');
    const again = (await offer(a, x.id).expect(201)).body.data;
    const noReason = await act(manager, again.id, 'reject', 0).expect(400);
    expect(noReason.body.error.fields.note).toBeDefined();
    await act(b, again.id, 'reject', 0, 'Không').expect(403);
    const rejected = await act(manager, again.id, 'reject', 0, 'Thiếu người ca chiều').expect(200);
    expect(rejected.body.data).toMatchObject({
      status: 'rejected',
      decisionNote: 'Thiếu người ca chiều',
    });
    expect(await holder(x.id)).toBe(a.userId);
  });
});

describe('a swap of the same hours in two units', () => {
  it('exchanges the units of two shifts that start at the same time', async () => {
    const other = await makeUnit(manager);
    const [a, b] = [await staff(), await staff()];
    for (const c of [a, b])
      await profileFor(manager, c.userId!, [unit.unitId, other.unitId], { version: 0 });
    const d = day();
    const here = await assign(a, d, unit.evening);
    const there = await send(manager, 'post', '/api/rota/entries', {
      staffId: b.userId,
      day: d,
      templateId: other.evening,
    }).expect(201);
    const swap = (await propose(a, here.id, there.body.data.changed[0].id).expect(201)).body.data;
    await act(b, swap.id, 'accept', 0).expect(200);
    await act(manager, swap.id, 'approve', 1).expect(200);
    const mine = await RotaEntry.find({ staffId: a.userId, day: d }).lean();
    expect(mine.map((e) => e.templateId)).toEqual([other.evening]);
    const theirs = await RotaEntry.find({ staffId: b.userId, day: d }).lean();
    expect(theirs.map((e) => e.unitId)).toEqual([unit.unitId]);
  });
});

describe('rule checks before acceptance and approval', () => {
  it('refuses to let a nurse take a carer’s morning (qualification), naming the rule in Vietnamese', async () => {
    const a = await staff();
    const nurse = await staff('nurse');
    const shift = await assign(a, day(), unit.morning);
    const cover = (await offer(a, shift.id).expect(201)).body.data;
    const refused = await act(nurse, cover.id, 'accept', 0).expect(422);
    expect(refused.body.error.code).toBe('swap_breaks_rules');
    expect(refused.body.error.message).toMatch(/^Không thể đổi ca vì lịch sau khi đổi/);
    expect(refused.body.error.message).toMatch(/Thiếu chuyên môn: Ca này cần: nhân viên chăm sóc/);
    const doc = await RotaSwap.findById(cover.id).lean();
    expect(doc).toMatchObject({ status: 'offered', version: 0 });
    // A carer may take it.
    const carer = await staff();
    await act(carer, cover.id, 'accept', 0).expect(200);
  });

  it('refuses an approval that a change since acceptance made break a rule, writing nothing', async () => {
    const [a, b] = [await staff(), await staff()];
    const d = day();
    const x = await assign(a, d, unit.evening);
    const y = await assign(b, `${month}-28`, unit.night);
    const swap = (await propose(a, x.id, y.id).expect(201)).body.data;
    await act(b, swap.id, 'accept', 0).expect(200);
    // B gets the next morning meanwhile: after the swap, 8 hours' rest only.
    const next = `${d.slice(0, 8)}${String(Number(d.slice(8)) + 1).padStart(2, '0')}`;
    await assign(b, next, unit.morning);
    const check = await manager.agent.get(`/api/rota/swaps/${swap.id}/check`).expect(200);
    expect(check.body.data.errors.map((v: { rule: string }) => v.rule)).toEqual(['short_rest']);
    expect(check.body.data.names[b.userId!]).toBeDefined();
    const refused = await act(manager, swap.id, 'approve', 1).expect(422);
    expect(refused.body.error.message).toMatch(
      /Nghỉ giữa ca không đủ: Chỉ nghỉ 8 giờ trước ca này \(tối thiểu 12 giờ\)/,
    );
    expect(await holder(x.id)).toBe(a.userId);
    expect(await holder(y.id)).toBe(b.userId);
    expect(await RotaSwap.findById(swap.id).lean()).toMatchObject({
      status: 'accepted',
      version: 1,
    });
  });

  it('makes a request stale once one of its shifts changed (409 swap_stale)', async () => {
    const [a, b] = [await staff(), await staff()];
    const x = await assign(a, day(), unit.evening);
    const y = await assign(b, day(), unit.evening);
    const swap = (await propose(a, x.id, y.id).expect(201)).body.data;
    await send(manager, 'patch', `/api/rota/entries/${y.id}`, {
      version: 0,
      templateId: unit.night,
    }).expect(200);
    const list = await b.agent.get('/api/rota/swaps').expect(200);
    expect(list.body.data.find((s: { id: string }) => s.id === swap.id).stale).toBe(true);
    const stale = await act(b, swap.id, 'accept', 0).expect(409);
    expect(stale.body.error.code).toBe('swap_stale');
    expect(stale.body.error.message).toMatch(/đã thay đổi/);
    // Accepted, then the shift changes: approval is stale too.
    await act(a, swap.id, 'withdraw', 0).expect(200);
    const z = await assign(b, day(), unit.evening);
    const second = (await propose(a, x.id, z.id).expect(201)).body.data;
    await act(b, second.id, 'accept', 0).expect(200);
    await send(manager, 'delete', `/api/rota/entries/${z.id}?version=0`).expect(200);
    expect((await act(manager, second.id, 'approve', 1).expect(409)).body.error.code).toBe(
      'swap_stale',
    );
    expect(await holder(x.id)).toBe(a.userId);
  });
});

describe('parallel answers', () => {
  it('lets exactly one of five colleagues take an offered shift, and one of five approvals land', async () => {
    const a = await staff();
    const takers = await Promise.all([1, 2, 3, 4, 5].map(() => staff()));
    const shift = await assign(a, day(), unit.evening);
    const cover = (await offer(a, shift.id).expect(201)).body.data;
    const accepts = await Promise.all(takers.map((c) => act(c, cover.id, 'accept', 0)));
    expect(accepts.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const winner = takers[accepts.findIndex((r) => r.status === 200)]!;
    const other = await t.signedIn('manager');
    const approvals = await Promise.all(
      [manager, other, manager, other, manager].map((m) => act(m, cover.id, 'approve', 1)),
    );
    expect(approvals.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(await holder(shift.id)).toBe(winner.userId);
    expect((await RotaEntry.findById(shift.id).lean())?.version).toBe(1);
    expect(
      await AuditEvent.countDocuments({
        entity: 'rota_swap',
        entityId: cover.id,
        action: 'update',
      }),
    ).toBe(2);
  });
});
