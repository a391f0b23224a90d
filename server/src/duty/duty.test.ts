import { AuditEvent } from '../audit/audit-event.model';
import { Handover } from '../handovers/handover.model';
import { send } from '../testing/duty-send';
import { rostered, unitRunningNow, type NowUnit } from '../testing/duty-fixtures';
import { useTestApp, type TestClient } from '../testing/test-app';
import { Attendance } from './duty.models';

const t = useTestApp();
let manager: TestClient;
let carer: TestClient;
let other: TestClient;
let unit: NowUnit;
let carerEntry: string;
let otherEntry: string;

beforeAll(async () => {
  manager = await t.signedIn('manager');
  carer = await t.signedIn('carer');
  other = await t.signedIn('carer');
  unit = await unitRunningNow(manager);
  carerEntry = await rostered(manager, unit, carer.userId!, unit.current);
  otherEntry = await rostered(manager, unit, other.userId!, unit.current);
});

const checkIn = (c: TestClient, entryId: string, body: object = {}) =>
  send(c, 'post', `/api/duty/entries/${entryId}/check-in`, body);
const checkOut = (c: TestClient, entryId: string, body: object) =>
  send(c, 'post', `/api/duty/entries/${entryId}/check-out`, body);

describe('check-in and check-out', () => {
  it('refuses a check-out without a check-in, writing nothing', async () => {
    const res = await checkOut(carer, carerEntry, { version: 0 }).expect(409);
    expect(res.body.error.code).toBe('not_checked_in');
    expect(res.body.error.message).toMatch(/Chưa nhận ca/);
    expect(await Attendance.countDocuments()).toBe(0);
  });

  it('refuses checking in to another person’s shift, and an early shift, writing nothing', async () => {
    await checkIn(carer, otherEntry).expect(403);
    const next = await rostered(manager, unit, carer.userId!, unit.next);
    const early = await checkIn(carer, next).expect(400);
    expect(early.body.error.fields.at).toMatch(/sớm/);
    // A staff member cannot state their own check-in time; only a manager records one.
    await checkIn(carer, carerEntry, { at: new Date().toISOString() }).expect(403);
    await checkIn(carer, 'a'.repeat(24)).expect(404);
    expect(await Attendance.countDocuments()).toBe(0);
  });

  it('checks in once: of parallel check-ins to one shift exactly one wins', async () => {
    const results = await Promise.all([
      checkIn(carer, carerEntry),
      checkIn(carer, carerEntry),
      checkIn(carer, carerEntry),
      checkIn(manager, carerEntry),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('already_checked_in');
    expect(await Attendance.countDocuments({ entryId: carerEntry })).toBe(1);
    const won = results.find((r) => r.status === 201)!.body.data;
    expect(won).toMatchObject({
      staffId: carer.userId,
      day: unit.current.day,
      month: unit.current.day.slice(0, 7),
      plannedStart: new Date(unit.current.start).toISOString(),
      cover: false,
      checkOutAt: null,
    });
    // An hour after the start: late beyond the 15-minute grace.
    expect(won.lateMinutes).toBeGreaterThanOrEqual(60);
    expect(await AuditEvent.countDocuments({ entity: 'attendance', action: 'create' })).toBe(1);
  });

  it('lets a manager record someone’s check-in at the actual time, on time', async () => {
    const at = new Date(unit.current.start + 5 * 60_000).toISOString();
    const res = await checkIn(manager, otherEntry, { at }).expect(201);
    expect(res.body.data).toMatchObject({ checkInAt: at, lateMinutes: 0 });
    expect(res.body.data.recordedBy.id).toBe(manager.userId);
  });

  it('refuses a check-out before the check-in and without a handover; a manager may override', async () => {
    const mine = (await Attendance.findOne({ entryId: carerEntry }).lean())!;
    const before = await checkOut(manager, carerEntry, {
      version: mine.version,
      at: new Date(mine.checkInAt.getTime() - 60_000).toISOString(),
    }).expect(400);
    expect(before.body.error.fields.at).toBeDefined();
    const noHandover = await checkOut(carer, carerEntry, { version: 0 }).expect(409);
    expect(noHandover.body.error.code).toBe('handover_missing');
    await checkOut(carer, carerEntry, { version: 0, override: 'Tôi tự cho phép' }).expect(403);
    await checkOut(other, carerEntry, { version: 0 }).expect(403);
    expect((await Attendance.findOne({ entryId: carerEntry }).lean())!.checkOutAt).toBeNull();

    const override = await checkOut(manager, otherEntry, {
      version: 0,
      override: 'Nhân viên ốm, về sớm; quản lý trực thay',
    }).expect(200);
    expect(override.body.data.checkOutOverride).toMatch(/ốm/);
    const again = await checkOut(manager, otherEntry, { version: 1 }).expect(409);
    expect(again.body.error.code).toBe('already_checked_out');
  });

  it('checks out once the handover is written; a stale version is a 409', async () => {
    await send(carer, 'post', '/api/handovers', {
      unitId: unit.unitId,
      templateId: unit.current.templateId,
      day: unit.current.day,
      summary: 'Ca bình thường.',
    }).expect(201);
    expect(await Handover.countDocuments()).toBe(1);
    await checkOut(carer, carerEntry, { version: 5 }).expect(409);
    const res = await checkOut(carer, carerEntry, { version: 0 }).expect(200);
    expect(Date.parse(res.body.data.checkOutAt)).toBeGreaterThan(
      Date.parse(res.body.data.checkInAt),
    );
    expect(res.body.data.checkOutOverride).toBe('');
  });

  it('marks an unplanned cover check-in, once', async () => {
    const helper = await t.signedIn('nurse');
    const body = {
      unitId: unit.unitId,
      templateId: unit.current.templateId,
      day: unit.current.day,
      note: 'Trực thay chị Lan',
    };
    const results = await Promise.all([
      send(helper, 'post', '/api/duty/cover', body),
      send(helper, 'post', '/api/duty/cover', body),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const made = results.find((r) => r.status === 201)!.body.data;
    expect(made).toMatchObject({ cover: true, entryId: null, staffId: helper.userId });
    await send(helper, 'post', '/api/duty/cover', { ...body, note: '' }).expect(400);
    await send(helper, 'post', '/api/duty/cover', { ...body, staffId: carer.userId }).expect(403);
    const out = await send(helper, 'post', `/api/duty/attendance/${made.id}/check-out`, {
      version: 0,
    }).expect(200);
    expect(out.body.data.checkOutAt).not.toBeNull();
  });
});

describe('GET /api/duty/now', () => {
  it('shows who is on duty per unit, and flags late and missing check-ins to managers only', async () => {
    const missing = await t.signedIn('carer');
    await rostered(manager, unit, missing.userId!, unit.current);
    const staffView = await carer.agent.get('/api/duty/now').expect(200);
    const mine = staffView.body.data.units.find((u: { id: string }) => u.id === unit.unitId);
    const shift = mine.shifts.find(
      (s: { templateId: string }) => s.templateId === unit.current.templateId,
    );
    expect(shift.handoverStatus).toBe('written');
    expect(shift.staff.map((s: { staffId: string }) => s.staffId)).toEqual(
      expect.arrayContaining([missing.userId, other.userId]),
    );
    expect(staffView.body.data.flags).toEqual([]);

    const managerView = await manager.agent.get('/api/duty/now').expect(200);
    const flags = managerView.body.data.flags as { kind: string; staffId?: string }[];
    expect(flags).toContainEqual(
      expect.objectContaining({ kind: 'missing', staffId: missing.userId }),
    );
    expect(flags).toContainEqual(expect.objectContaining({ kind: 'late', staffId: carer.userId }));
    expect(flags.some((f) => f.staffId === other.userId)).toBe(false);
  });

  it('keeps the grace period a manager setting, version-checked', async () => {
    const current = (await manager.agent.get('/api/duty/settings').expect(200)).body.data;
    await send(carer, 'put', '/api/duty/settings', { ...current, graceMinutes: 90 }).expect(403);
    await send(manager, 'put', '/api/duty/settings', {
      version: current.version,
      graceMinutes: 120,
      unitLinks: [{ unitId: 'c'.repeat(24), residentUnit: 'Khu X' }],
    }).expect(400);
    const saved = await send(manager, 'put', '/api/duty/settings', {
      version: current.version,
      graceMinutes: 120,
      unitLinks: [],
    }).expect(200);
    await send(manager, 'put', '/api/duty/settings', {
      version: current.version,
      graceMinutes: 10,
      unitLinks: [],
    }).expect(409);
    expect(saved.body.data.graceMinutes).toBe(120);
    // With two hours of grace, the check-in an hour late is no longer flagged as late.
    const view = await manager.agent.get('/api/duty/now').expect(200);
    expect(
      (view.body.data.flags as { kind: string; staffId?: string }[]).some(
        (f) => f.kind === 'late' && f.staffId === carer.userId,
      ),
    ).toBe(false);
  });
});
