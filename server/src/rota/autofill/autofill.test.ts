// Auto-filling a month through the real API and database: a small centre is fully covered with
// no broken rule and its locked cells kept; one job per unit-month; cancel; a stale apply and a
// published month refused; an infeasible month explains its uncovered demand.
import { AuditEvent } from '../../audit/audit-event.model';
import { makeUnit, profileFor, send, type RotaUnitFixture } from '../../testing/rota-fixtures';
import { useTestApp, type TestClient } from '../../testing/test-app';
import { RotaEntry } from '../rota-entry.model';

jest.setTimeout(90_000);
const t = useTestApp();
let manager: TestClient;
let carer: TestClient;
let unit: RotaUnitFixture;
let small: RotaUnitFixture;
const staff: string[] = [];

const rule = (u: RotaUnitFixture, templateId: string, min: number, preferred = min) =>
  send(manager, 'post', '/api/rota/coverage', {
    unitId: u.unitId,
    templateId,
    qualification: 'carer',
    min,
    preferred,
  }).expect(201);

beforeAll(async () => {
  manager = await t.signedIn('manager');
  carer = await t.signedIn('carer');
  unit = await makeUnit(manager);
  small = await makeUnit(manager);
  for (let i = 0; i < 6; i++) {
    const user = await t.addUser({ role: 'carer', username: `fill.c${i}` });
    staff.push(user._id.toString());
    await profileFor(manager, user._id.toString(), [unit.unitId]);
  }
  for (const templateId of [unit.morning, unit.evening, unit.night])
    await rule(unit, templateId, 1);
  // The small unit asks three carers a night and has one.
  const lone = await t.addUser({ role: 'carer', username: 'fill.lone' });
  await profileFor(manager, lone._id.toString(), [small.unitId]);
  await rule(small, small.night, 3);
});

const base = (month: string) => `/api/rota/months/${month}/autofill`;
const start = (month: string, body: object) => send(manager, 'post', base(month), body);
const read = (month: string, id: string) => manager.agent.get(`${base(month)}/${id}`);
async function finished(month: string, id: string) {
  for (let i = 0; i < 300; i++) {
    const res = await read(month, id).expect(200);
    if (res.body.data.status !== 'running') return res.body.data;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the solve did not finish');
}
const monthEntries = (month: string) => RotaEntry.find({ month }).lean();

describe('auto-filling a month', () => {
  const month = '2027-06';

  it('covers a small centre fully with no broken rule, keeping the locked cells', async () => {
    const [a, b] = staff as [string, string];
    const kept = await send(manager, 'post', '/api/rota/entries', {
      staffId: a,
      day: '2027-06-10',
      templateId: unit.morning,
    }).expect(201);
    const keptId = kept.body.data.changed[0].id as string;
    for (const [staffId, day] of [
      [a, '2027-06-10'],
      [b, '2027-06-11'],
    ])
      await send(manager, 'put', `/api/rota/months/${month}/locks`, {
        staffId,
        day,
        locked: true,
      }).expect(200);

    const started = await start(month, { unitId: unit.unitId, timeLimitSeconds: 5 }).expect(202);
    expect(started.body.data).toMatchObject({ status: 'running', unitIds: [unit.unitId] });
    const job = await finished(month, started.body.data.id);
    expect(job.status).toBe('done');
    const { explanation } = job.result;
    expect(explanation.coverage.minimum.percent).toBe(100);
    expect(explanation.hardViolations).toEqual([]);
    expect(explanation.shortfalls).toEqual([]);
    expect(explanation.summary.vi).toMatch(/\S/);
    expect(job.result.add).toBeGreaterThanOrEqual(89);
    expect(job.result.remove).toBe(0);

    // Three applies of one result at the same moment (a double click, a second tab): one lands.
    const answers = await Promise.all(
      [1, 2, 3].map(() => send(manager, 'post', `${base(month)}/${job.id}/apply`)),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const applied = answers.find((r) => r.status === 200)!;
    expect(applied.body.data.hardViolations).toBe(0);
    // The other unit (not planned) stays short; the planned one has no error at all.
    const errors = applied.body.data.violations.filter(
      (v: { severity: string; unitId?: string }) =>
        v.severity === 'error' && v.unitId !== small.unitId,
    );
    expect(errors).toEqual([]);
    const entries = await monthEntries(month);
    expect(entries).toHaveLength(90);
    // The locked cells: a's morning is the same entry; b stays off on the 11th.
    expect(entries.find((e) => e._id.toString() === keptId)).toMatchObject({ day: '2027-06-10' });
    expect(entries.filter((e) => e.staffId === a && e.day === '2027-06-10')).toHaveLength(1);
    expect(entries.filter((e) => e.staffId === b && e.day === '2027-06-11')).toEqual([]);
    expect(
      await AuditEvent.countDocuments({
        entity: 'rota_entry',
        action: 'create',
        actorName: { $exists: true },
      }),
    ).toBeGreaterThanOrEqual(90);
    // Applied once only.
    const again = await send(manager, 'post', `${base(month)}/${job.id}/apply`).expect(409);
    expect(again.body.error.code).toBe('rota_autofill_not_ready');
  });

  it('runs one job per unit and month, and cancels', async () => {
    const month2 = '2027-08';
    const first = await start(month2, { timeLimitSeconds: 60 }).expect(202);
    const second = await start(month2, { unitId: unit.unitId }).expect(409);
    expect(second.body.error.code).toBe('rota_solve_running');
    expect(second.body.error.message).toMatch(/Đang có một lượt xếp lịch/);
    const cancelled = await send(
      manager,
      'post',
      `${base(month2)}/${first.body.data.id}/cancel`,
    ).expect(200);
    expect(['running', 'cancelled']).toContain(cancelled.body.data.status);
    const job = await finished(month2, first.body.data.id);
    expect(job.status).toBe('cancelled');
    // Another month is free meanwhile, and the unit-month is free again once cancelled.
    const next = await start(month2, { unitId: unit.unitId, timeLimitSeconds: 2 }).expect(202);
    await finished(month2, next.body.data.id);
  });

  it('refuses to apply a result the planner overtook while it was solving', async () => {
    const month3 = '2027-09';
    const started = await start(month3, { unitId: unit.unitId, timeLimitSeconds: 2 }).expect(202);
    const job = await finished(month3, started.body.data.id);
    await send(manager, 'post', '/api/rota/entries', {
      staffId: staff[2],
      day: '2027-09-03',
      templateId: unit.morning,
    }).expect(201);
    const before = await monthEntries(month3);
    const stale = await send(manager, 'post', `${base(month3)}/${job.id}/apply`).expect(409);
    expect(stale.body.error.code).toBe('rota_autofill_stale');
    expect(stale.body.error.message).toMatch(/đã được sửa trong lúc xếp tự động/);
    expect(await monthEntries(month3)).toHaveLength(before.length);
  });

  it('refuses to apply into a published month', async () => {
    const month4 = '2027-10';
    const month = await manager.agent.get(`/api/rota/months/${month4}`).expect(200);
    await send(manager, 'post', `/api/rota/months/${month4}/publish`, {
      version: month.body.data.version,
    }).expect(200);
    const started = await start(month4, { unitId: small.unitId, timeLimitSeconds: 2 }).expect(202);
    const job = await finished(month4, started.body.data.id);
    const refused = await send(manager, 'post', `${base(month4)}/${job.id}/apply`).expect(409);
    expect(refused.body.error.code).toBe('rota_month_published');
    expect(await monthEntries(month4)).toHaveLength(0);
  });

  it('explains the uncovered demand of a month it cannot fill', async () => {
    const month5 = '2027-11';
    const started = await start(month5, { unitId: small.unitId, timeLimitSeconds: 2 }).expect(202);
    const job = await finished(month5, started.body.data.id);
    const { explanation } = job.result;
    expect(explanation.coverage.minimum.percent).toBeLessThan(50);
    expect(explanation.hardViolations).toEqual([]);
    expect(explanation.shortfalls.length).toBeGreaterThanOrEqual(30);
    expect(explanation.shortfalls[0].message.vi).toMatch(/ca/);
    const applied = await send(manager, 'post', `${base(month5)}/${job.id}/apply`).expect(200);
    expect(applied.body.data.hardViolations).toBe(0);
    expect(
      applied.body.data.violations.filter(
        (v: { rule: string; unitId: string }) =>
          v.rule === 'coverage_min' && v.unitId === small.unitId,
      ).length,
    ).toBe(30);
  });

  it('refuses bad input and other roles, writing nothing', async () => {
    const bad = await start('2027-12', { unitId: 'c'.repeat(24) }).expect(400);
    expect(bad.body.error.fields.unitId).toBeDefined();
    await start('2027-13', {}).expect(400);
    await start('2027-12', { timeLimitSeconds: 0 }).expect(400);
    await send(carer, 'post', base('2027-12'), {}).expect(403);
    await manager.agent.get(`${base('2027-12')}/00000000-0000-4000-8000-000000000000`).expect(404);
    const outside = await send(manager, 'put', '/api/rota/months/2027-12/locks', {
      staffId: staff[0],
      day: '2027-11-30',
      locked: true,
    }).expect(400);
    expect(outside.body.error.fields.day).toBeDefined();
    await send(carer, 'put', '/api/rota/months/2027-12/locks', {
      staffId: staff[0],
      day: '2027-12-01',
      locked: true,
    }).expect(403);
    expect(await monthEntries('2027-12')).toHaveLength(0);
  });

  it('locks and unlocks a cell, once under parallel requests', async () => {
    const url = '/api/rota/months/2027-12/locks';
    const body = { staffId: staff[3], day: '2027-12-05', locked: true };
    await Promise.all([send(manager, 'put', url, body), send(manager, 'put', url, body)]);
    const locks = await manager.agent.get(url).expect(200);
    expect(locks.body.data.locks).toEqual([
      expect.objectContaining({ staffId: staff[3], day: '2027-12-05' }),
    ]);
    const unlocked = await send(manager, 'put', url, { ...body, locked: false }).expect(200);
    expect(unlocked.body.data.locks).toEqual([]);
    expect(
      await AuditEvent.countDocuments({ entity: 'rota_lock', entityId: `${staff[3]}|2027-12-05` }),
    ).toBe(2);
  });
});
