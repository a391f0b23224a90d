import { addDays } from '@care/shared/rota';
import { AuditEvent } from '../audit/audit-event.model';
import {
  makeUnit,
  profileFor,
  send,
  type RotaUnitFixture,
  assignShift,
} from '../testing/rota-fixtures';
import { useTestApp, type TestClient } from '../testing/test-app';
import { RotaEntry, type EntryDoc } from './rota-entry.model';
import { RotaSwap, type SwapDoc } from './swap.model';
import { recoverSwaps, recoveryGraceMs } from './swap-recovery';

const t = useTestApp();
const month = '2027-09';
let manager: TestClient;
let unit: RotaUnitFixture;
let n = 0;

async function staff() {
  const client = await t.signedIn('carer');
  await profileFor(manager, client.userId!, [unit.unitId]);
  return client;
}
const assign = (who: TestClient, day: string, templateId: string) =>
  assignShift(manager, who, day, templateId);
const act = (who: TestClient, id: string, action: string, version: number, note?: string) =>
  send(who, 'post', `/api/rota/swaps/${id}/${action}`, { version, ...(note ? { note } : {}) });
const entry = async (id: string) => (await RotaEntry.findById(id).lean<EntryDoc>())!;
const swapDoc = async (id: string) => (await RotaSwap.findById(id).lean<SwapDoc>())!;
// Days a few apart so no rest or weekly rule ties the tests' shifts together.
const day = () => addDays(`${month}-02`, 2 * n++);
const listed = async (who: TestClient, id: string) =>
  ((await who.agent.get('/api/rota/swaps').expect(200)).body.data as { id: string }[]).find(
    (s) => s.id === id,
  ) as Record<string, unknown> | undefined;

/** A swap of two evening shifts on two days, proposed by A and accepted by B: ready to approve. */
async function acceptedSwap() {
  const [a, b] = [await staff(), await staff()];
  const x = await assign(a, day(), unit.evening);
  const y = await assign(b, day(), unit.evening);
  const made = await send(a, 'post', '/api/rota/swaps', {
    kind: 'swap',
    entryId: x.id,
    targetEntryId: y.id,
  }).expect(201);
  await act(b, made.body.data.id, 'accept', 0).expect(200);
  return { a, b, x, y, id: made.body.data.id as string };
}

/**
 * What an approval leaves when its process dies: the request claimed (`applying`, by the manager,
 * `ago` ms back), and the first `moved` shift moves written as the approval writes them — in a
 * swap, A's shift takes B's place (day, unit, shift, times) and then B's takes A's.
 */
async function crash(id: string, moved: number, ago = 60_000) {
  const doc = await swapDoc(id);
  await RotaSwap.updateOne(
    { _id: id, version: doc.version },
    {
      $set: {
        status: 'applying',
        applyingSince: new Date(Date.now() - ago),
        decidedBy: { id: manager.userId, fullName: 'Quản lý' },
        decisionNote: 'Đồng ý',
      },
      $inc: { version: 1 },
    },
  );
  const moves = doc.targetEntry
    ? [
        [doc.entry, doc.targetEntry],
        [doc.targetEntry, doc.entry],
      ]
    : [[doc.entry, { ...doc.entry, staffId: doc.target!.id }]];
  for (const [from, to] of moves.slice(0, moved)) {
    const { day: d, unitId, templateId, start, end, staffId } = to!;
    const set = doc.targetEntry
      ? { day: d, month: d.slice(0, 7), year: d.slice(0, 4), unitId, templateId, start, end }
      : { staffId };
    const res = await RotaEntry.updateOne(
      { _id: from!.id, version: from!.version },
      { $set: set, $inc: { version: 1 } },
    );
    expect(res.modifiedCount).toBe(1);
  }
}

beforeAll(async () => {
  manager = await t.signedIn('manager');
  unit = await makeUnit(manager);
  for (const m of [month, '2027-10', '2027-11']) {
    const view = await manager.agent.get(`/api/rota/months/${m}`).expect(200);
    await send(manager, 'post', `/api/rota/months/${m}/publish`, {
      version: view.body.data.version,
    }).expect(200);
  }
});

describe('an approval the process stopped half-way', () => {
  it.each([0, 1, 2])(
    'is finished when the swap is next listed, with %i of 2 shifts moved before the stop',
    async (moved) => {
      const { a, b, x, y, id } = await acceptedSwap();
      await crash(id, moved);
      const seen = await listed(manager, id);
      expect(seen).toBeUndefined(); // approved: no longer open
      const doc = await swapDoc(id);
      expect(doc).toMatchObject({ status: 'approved', open: false, recovery: 'finished' });
      expect(doc.applyingSince).toBeNull();
      // The two shifts exchanged their places, each moved once.
      const [ex, ey] = [await entry(x.id), await entry(y.id)];
      expect([ex.staffId, ex.day, ex.version]).toEqual([a.userId, y.day, 1]);
      expect([ey.staffId, ey.day, ey.version]).toEqual([b.userId, x.day, 1]);
      // Audited: the swap's approval by the system, and each shift's move once.
      const swapEvents = await AuditEvent.find({ entity: 'rota_swap', entityId: id }).lean();
      const last = swapEvents.find((e) => e.actorId === null);
      expect(last?.changes).toContainEqual({
        field: 'status',
        before: 'applying',
        after: 'approved',
      });
      for (const s of [x, y])
        expect(await AuditEvent.countDocuments({ entity: 'rota_entry', entityId: s.id })).toBe(2);
      // The month's history shows how it ended.
      const history = await manager.agent.get(`/api/rota/swaps?month=${doc.month}`).expect(200);
      expect(history.body.data.find((s: { id: string }) => s.id === id)).toMatchObject({
        status: 'approved',
        recovery: 'finished',
        decidedBy: { id: manager.userId },
      });
    },
  );

  it('finishes a cover whose new holder was not yet written', async () => {
    const a = await staff();
    const taker = await staff();
    const x = await assign(a, day(), unit.evening);
    const made = await send(a, 'post', '/api/rota/swaps', { kind: 'cover', entryId: x.id });
    await act(taker, made.body.data.id, 'accept', 0).expect(200);
    await crash(made.body.data.id, 0);
    expect(await recoverSwaps()).toEqual([{ id: made.body.data.id, outcome: 'finished' }]);
    expect(await entry(x.id)).toMatchObject({ staffId: taker.userId, version: 1 });
    // Run again: nothing left to do.
    expect(await recoverSwaps()).toEqual([]);
    expect((await entry(x.id)).version).toBe(1);
  });

  it('undoes the move made and returns the request to the manager when a planner changed the other shift', async () => {
    const { a, b, x, y, id } = await acceptedSwap();
    await crash(id, 1);
    // B's shift (not yet moved) is changed by a planner meanwhile.
    await send(manager, 'patch', `/api/rota/entries/${y.id}`, {
      version: 0,
      templateId: unit.night,
    }).expect(200);
    expect(await recoverSwaps()).toEqual([{ id, outcome: 'undone' }]);
    const [ex, ey] = [await entry(x.id), await entry(y.id)];
    // A's shift is back where it was (moved, then moved back); the planner's change stands.
    expect([ex.staffId, ex.day, ex.templateId, ex.version]).toEqual([
      a.userId,
      x.day,
      unit.evening,
      2,
    ]);
    expect([ey.staffId, ey.day, ey.templateId]).toEqual([b.userId, y.day, unit.night]);
    expect(await swapDoc(id)).toMatchObject({
      status: 'accepted',
      open: true,
      recovery: 'undone',
      decidedBy: null,
      applyingSince: null,
    });
    // The manager sees it again, stale since B's shift changed, and decides: a rejection.
    const seen = await listed(manager, id);
    expect(seen).toMatchObject({ status: 'accepted', stale: true, recovery: 'undone' });
    await act(manager, id, 'reject', seen!.version as number, 'Ca đã đổi').expect(200);
    // The move and its undoing are both in the trail.
    expect(await AuditEvent.countDocuments({ entity: 'rota_entry', entityId: x.id })).toBe(3);
  });

  it('undoes both moves when a planner changed a shift after it had moved', async () => {
    const { a, b, x, y, id } = await acceptedSwap();
    await crash(id, 2);
    await send(manager, 'patch', `/api/rota/entries/${y.id}`, {
      version: 1,
      templateId: unit.night,
    }).expect(200);
    expect(await recoverSwaps()).toEqual([{ id, outcome: 'undone' }]);
    expect(await entry(x.id)).toMatchObject({ staffId: a.userId, day: x.day, version: 2 });
    // B's shift stays as the planner left it (on A's former day).
    expect(await entry(y.id)).toMatchObject({
      staffId: b.userId,
      day: x.day,
      templateId: unit.night,
      version: 2,
    });
    expect((await swapDoc(id)).status).toBe('accepted');
  });

  it('undoes the approval when the new holder got another shift at the same hour meanwhile', async () => {
    const other = await makeUnit(manager);
    const a = await staff();
    const taker = await staff();
    await profileFor(manager, taker.userId!, [unit.unitId, other.unitId], { version: 0 });
    const d = day();
    const x = await assign(a, d, unit.evening);
    const made = await send(a, 'post', '/api/rota/swaps', { kind: 'cover', entryId: x.id });
    await act(taker, made.body.data.id, 'accept', 0).expect(200);
    await crash(made.body.data.id, 0);
    // The taker is put on the other unit's evening, the same hours: the cover cannot land.
    await send(manager, 'post', '/api/rota/entries', {
      staffId: taker.userId,
      day: d,
      templateId: other.evening,
    }).expect(201);
    expect(await recoverSwaps()).toEqual([{ id: made.body.data.id, outcome: 'undone' }]);
    expect(await entry(x.id)).toMatchObject({ staffId: a.userId, version: 0 });
    expect((await swapDoc(made.body.data.id)).status).toBe('accepted');
  });
});

describe('a claim younger than the grace', () => {
  it('is left to the approval that may still be running: shown as applying, not decidable', async () => {
    const { a, x, id } = await acceptedSwap();
    await crash(id, 1, 0);
    const seen = await listed(manager, id);
    expect(seen).toMatchObject({ status: 'applying', stale: false, recovery: null });
    expect((await entry(x.id)).version).toBe(1);
    const version = seen!.version as number;
    for (const [who, action, note] of [
      [manager, 'approve', undefined],
      [manager, 'reject', 'Không'],
      [a, 'withdraw', undefined],
    ] as const) {
      const res = await act(who, id, action, version, note).expect(409);
      expect(res.body.error.code).toBe('swap_applying');
      expect(res.body.error.message).toMatch(/đang chuyển ca/);
    }
    const check = await manager.agent.get(`/api/rota/swaps/${id}/check`).expect(200);
    expect(check.body.data).toMatchObject({ errors: [], stale: false });
    // Once the grace has passed, recovery finishes it.
    expect(await recoverSwaps(Date.now() + recoveryGraceMs + 1000)).toEqual([
      { id, outcome: 'finished' },
    ]);
    expect((await swapDoc(id)).status).toBe('approved');
  });
});

describe('recoveries at once', () => {
  it('give one result when two run in parallel (service and API)', async () => {
    const first = await acceptedSwap();
    await crash(first.id, 1);
    const results = (await Promise.all([recoverSwaps(), recoverSwaps()])).flat();
    expect(results).toEqual([{ id: first.id, outcome: 'finished' }]);
    for (const s of [first.x, first.y]) expect((await entry(s.id)).version).toBe(1);
    const second = await acceptedSwap();
    await crash(second.id, 0);
    const lists = await Promise.all([
      manager.agent.get('/api/rota/swaps'),
      second.a.agent.get('/api/rota/swaps'),
      manager.agent.get(`/api/rota/swaps?month=${month}`),
    ]);
    expect(lists.map((r) => r.status)).toEqual([200, 200, 200]);
    for (const s of [second.x, second.y]) expect((await entry(s.id)).version).toBe(1);
    for (const { id } of [first, second]) {
      const byRecovery = await AuditEvent.find({
        entity: 'rota_swap',
        entityId: id,
        actorId: null,
      }).lean();
      expect(byRecovery).toHaveLength(1);
      expect(await swapDoc(id)).toMatchObject({ status: 'approved', recovery: 'finished' });
    }
  });
});

describe('an approval that runs to the end', () => {
  it('leaves nothing applying and no recovery mark', async () => {
    const { id } = await acceptedSwap();
    await act(manager, id, 'approve', 1).expect(200);
    const doc = await swapDoc(id);
    expect(doc).toMatchObject({ status: 'approved', applyingSince: null, recovery: null });
    expect(await recoverSwaps(Date.now() + recoveryGraceMs + 1000)).toEqual([]);
  });
});
