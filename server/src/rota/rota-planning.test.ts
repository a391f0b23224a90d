import mongoose from 'mongoose';
import { AuditEvent } from '../audit/audit-event.model';
import { makeUnit, profileFor, send, type RotaUnitFixture } from '../testing/rota-fixtures';
import { useTestApp, type TestClient } from '../testing/test-app';
import { lookbackDays, lookbackOf } from '@care/shared/rota-rules';
import { RotaEntry, RotaMonth } from './rota-entry.model';

const t = useTestApp();
let manager: TestClient;
let carer: TestClient;
let unit: RotaUnitFixture;
const month = '2027-03';
const staffIds: string[] = [];
let n = 0;
const addStaff = (role: 'carer' | 'nurse') => t.addUser({ role, username: `rota.staff${++n}` });

beforeAll(async () => {
  manager = await t.signedIn('manager');
  carer = await t.signedIn('carer');
  unit = await makeUnit(manager);
  for (let i = 0; i < 3; i++) {
    const user = await addStaff('carer');
    staffIds.push(user._id.toString());
    await profileFor(manager, user._id.toString(), [unit.unitId], {
      sex: i === 2 ? 'male' : 'female',
    });
  }
  await profileFor(manager, carer.userId!, [unit.unitId]);
});

const assign = (staffId: string, day: string, templateId: string) =>
  send(manager, 'post', '/api/rota/entries', { staffId, day, templateId });
const rulesOf = (violations: { rule: string; staffId?: string; day: string }[], staffId: string) =>
  violations.filter((v) => v.staffId === staffId).map((v) => `${v.rule}@${v.day}`);

describe('POST /api/rota/entries', () => {
  it('assigns a shift with its instants and answers the month’s violations at once', async () => {
    const [a] = staffIds;
    const night = await assign(a!, '2027-03-31', unit.night).expect(201);
    expect(night.body.data.changed[0]).toMatchObject({
      day: '2027-03-31',
      month,
      start: '2027-03-31T15:00:00.000Z',
      end: '2027-03-31T23:00:00.000Z',
    });
    const early = await assign(a!, '2027-03-31', unit.morning).expect(201);
    expect(rulesOf(early.body.data.violations, a!)).toContain('short_rest@2027-03-31');
    // The next month sees the night shift that ran into it.
    const april = await assign(a!, '2027-04-01', unit.evening).expect(201);
    expect(rulesOf(april.body.data.violations, a!)).toContain('short_rest@2027-04-01');
    expect(await AuditEvent.countDocuments({ entity: 'rota_entry', action: 'create' })).toBe(3);
  });

  it('refuses an overlapping shift, a deactivated staff member, an unknown template and an admin, writing nothing', async () => {
    const [, b] = staffIds;
    await assign(b!, '2027-03-10', unit.duty).expect(201);
    const before = await RotaEntry.countDocuments();
    const overlap = await assign(b!, '2027-03-11', unit.morning).expect(409);
    expect(overlap.body.error.code).toBe('shift_overlap');
    const gone = await addStaff('nurse');
    const admin = await t.signedIn('admin');
    await send(admin, 'patch', `/api/users/${gone._id}`, { version: 0, active: false }).expect(200);
    const inactive = await assign(gone._id.toString(), '2027-03-12', unit.morning).expect(409);
    expect(inactive.body.error.code).toBe('staff_inactive');
    expect(inactive.body.error.message).toMatch(/đã bị khoá/);
    const template = await assign(b!, '2027-03-12', 'b'.repeat(24)).expect(400);
    expect(template.body.error.fields.templateId).toBeDefined();
    const adminUser = await send(manager, 'post', '/api/rota/entries', {
      staffId: admin.userId,
      day: '2027-03-12',
      templateId: unit.morning,
    }).expect(400);
    expect(adminUser.body.error.fields.staffId).toBeDefined();
    await send(manager, 'post', '/api/rota/entries', {
      staffId: b,
      day: '2027-02-30',
      templateId: unit.morning,
    }).expect(400);
    await send(carer, 'post', '/api/rota/entries', {
      staffId: b,
      day: '2027-03-13',
      templateId: unit.morning,
    }).expect(403);
    expect(await RotaEntry.countDocuments()).toBe(before);
  });

  it('lets only one of two parallel assignments of overlapping shifts to one person succeed', async () => {
    const user = await addStaff('carer');
    const id = user._id.toString();
    // Every pair overlaps (the 24-hour duty covers the morning; the same shift twice is a double
    // booking), so whichever lands first, the other four must be refused.
    const results = await Promise.all([
      assign(id, '2027-03-20', unit.duty),
      assign(id, '2027-03-20', unit.morning),
      assign(id, '2027-03-20', unit.duty),
      assign(id, '2027-03-20', unit.morning),
      assign(id, '2027-03-20', unit.duty),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(4);
    expect(await RotaEntry.countDocuments({ staffId: id })).toBe(1);
  });
});

describe('PATCH and DELETE /api/rota/entries/:id', () => {
  it('moves a shift to another day under a version check, and clears it', async () => {
    const [, , c] = staffIds;
    const made = (await assign(c!, '2027-03-05', unit.morning).expect(201)).body.data.changed[0];
    const moved = await send(manager, 'patch', `/api/rota/entries/${made.id}`, {
      version: 0,
      day: '2027-03-06',
      templateId: unit.evening,
    }).expect(200);
    expect(moved.body.data.changed[0]).toMatchObject({
      day: '2027-03-06',
      start: '2027-03-06T07:00:00.000Z',
      version: 1,
    });
    const stale = await send(manager, 'patch', `/api/rota/entries/${made.id}`, {
      version: 0,
      day: '2027-03-07',
    }).expect(409);
    expect(stale.body.error.code).toBe('stale_version');
    await send(manager, 'delete', `/api/rota/entries/${made.id}?version=0`).expect(409);
    const cleared = await send(manager, 'delete', `/api/rota/entries/${made.id}?version=1`).expect(
      200,
    );
    expect(cleared.body.data.removed).toEqual([made.id]);
    await send(manager, 'delete', `/api/rota/entries/${made.id}?version=1`).expect(404);
  });

  it('refuses a move onto a shift the person already has', async () => {
    const [, , c] = staffIds;
    await assign(c!, '2027-03-15', unit.morning).expect(201);
    const other = (await assign(c!, '2027-03-16', unit.morning).expect(201)).body.data.changed[0];
    const res = await send(manager, 'patch', `/api/rota/entries/${other.id}`, {
      version: 0,
      day: '2027-03-15',
    }).expect(409);
    expect(res.body.error.code).toBe('shift_overlap');
    expect((await RotaEntry.findById(other.id).lean())?.day).toBe('2027-03-16');
  });
});

describe('copy a week and apply a pattern', () => {
  it('applies a repeating cycle and copies a week, skipping shifts that would overlap', async () => {
    const user = await addStaff('carer');
    const id = user._id.toString();
    await profileFor(manager, id, [unit.unitId]);
    const pattern = await send(manager, 'post', '/api/rota/pattern', {
      staffId: id,
      from: '2027-05-03',
      to: '2027-05-09',
      cycle: [unit.morning, unit.morning, unit.evening, unit.evening, null, null],
    }).expect(200);
    expect(pattern.body.data.changed.map((e: { day: string }) => e.day)).toEqual([
      '2027-05-03',
      '2027-05-04',
      '2027-05-05',
      '2027-05-06',
      '2027-05-09',
    ]);
    await assign(id, '2027-05-10', unit.morning).expect(201);
    const copied = await send(manager, 'post', '/api/rota/copy-week', {
      fromWeek: '2027-05-03',
      toWeek: '2027-05-10',
      unitId: unit.unitId,
    }).expect(200);
    const mine = copied.body.data.changed.filter((e: { staffId: string }) => e.staffId === id);
    expect(mine).toHaveLength(4);
    expect(copied.body.data.skipped).toEqual([
      { staffId: id, day: '2027-05-10', reason: 'shift_overlap' },
    ]);
    const bad = await send(manager, 'post', '/api/rota/copy-week', {
      fromWeek: '2027-05-04',
      toWeek: '2027-05-04',
    }).expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['fromWeek', 'toWeek']);
    await send(manager, 'post', '/api/rota/pattern', {
      staffId: id,
      from: '2027-05-01',
      to: '2027-08-01',
      cycle: [unit.morning],
    }).expect(400);
  });
});

describe('GET /api/rota/months/:month and publishing', () => {
  it('shows a draft to planners only, and the published month to every duty role', async () => {
    const view = await manager.agent.get(`/api/rota/months/${month}`).expect(200);
    expect(view.body.data.state).toBe('draft');
    expect(view.body.data.entries.length).toBeGreaterThan(0);
    expect(view.body.data.staff.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(staffIds),
    );
    expect(view.body.data.violations.length).toBeGreaterThan(0);
    const draft = await carer.agent.get(`/api/rota/months/${month}`).expect(200);
    expect(draft.body.data).toMatchObject({ state: 'draft', entries: [], violations: [] });
    await send(carer, 'post', `/api/rota/months/${month}/publish`, { version: 0 }).expect(403);
    await send(manager, 'post', `/api/rota/months/${month}/publish`, { version: 5 }).expect(409);
    const published = await send(manager, 'post', `/api/rota/months/${month}/publish`, {
      version: view.body.data.version,
    }).expect(200);
    expect(published.body.data).toMatchObject({
      state: 'published',
      publishedBy: { id: manager.userId },
    });
    const seen = await carer.agent.get(`/api/rota/months/${month}`).expect(200);
    expect(seen.body.data.entries).toHaveLength(view.body.data.entries.length);
    expect(seen.body.data.violations).toEqual([]);
    await carer.agent.get('/api/rota/months/2027-13').expect(400);
    const admin = await t.signedIn('admin');
    await admin.agent.get(`/api/rota/months/${month}`).expect(403);
  });

  it('flags work on approved leave once a manager approves the request', async () => {
    const user = await addStaff('carer');
    const id = user._id.toString();
    await profileFor(manager, id, [unit.unitId]);
    await assign(id, '2027-06-08', unit.morning).expect(201);
    const staff = await t.anonymous();
    const login = await staff.agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', staff.csrf)
      .send({ username: user.username, password: 'Test@12345' })
      .expect(200);
    const me = { ...staff, csrf: login.body.data.csrfToken as string, userId: id };
    const asked = await send(me, 'post', '/api/rota/leave', {
      kind: 'annual',
      from: '2027-06-07',
      to: '2027-06-09',
    }).expect(201);
    expect(asked.body.data).toMatchObject({ status: 'requested', staffId: id });
    await send(me, 'post', '/api/rota/leave', {
      kind: 'annual',
      from: '2027-06-09',
      to: '2027-06-07',
    }).expect(400);
    await send(me, 'post', '/api/rota/leave', {
      kind: 'annual',
      from: '2027-06-07',
      to: '2027-06-09',
      staffId: staffIds[0],
    }).expect(403);
    await send(me, 'post', `/api/rota/leave/${asked.body.data.id}/decision`, {
      version: 0,
      decision: 'approved',
    }).expect(403);
    const mine = await me.agent.get('/api/rota/leave?month=2027-06').expect(200);
    expect(mine.body.data.map((l: { id: string }) => l.id)).toEqual([asked.body.data.id]);
    const pending = await manager.agent.get('/api/rota/leave?status=requested').expect(200);
    expect(pending.body.data.map((l: { id: string }) => l.id)).toContain(asked.body.data.id);
    const approved = await send(manager, 'post', `/api/rota/leave/${asked.body.data.id}/decision`, {
      version: 0,
      decision: 'approved',
    }).expect(200);
    expect(approved.body.data).toMatchObject({
      status: 'approved',
      decidedBy: { id: manager.userId },
    });
    const again = await send(manager, 'post', `/api/rota/leave/${asked.body.data.id}/decision`, {
      version: 1,
      decision: 'refused',
    }).expect(409);
    expect(again.body.error.code).toBe('leave_decided');
    const june = await manager.agent.get('/api/rota/months/2027-06').expect(200);
    expect(rulesOf(june.body.data.violations, id)).toContain('on_leave@2027-06-08');
  });
});

describe('rostering profiles', () => {
  it('lists every duty account with or without a profile and refuses unknown units and stale versions', async () => {
    const list = await manager.agent.get('/api/rota/profiles').expect(200);
    const row = list.body.data.find((p: { staffId: string }) => p.staffId === staffIds[0]);
    expect(row).toMatchObject({
      hasProfile: true,
      sex: 'female',
      unitIds: [unit.unitId],
      version: 0,
    });
    const bare = await addStaff('nurse');
    const again = await manager.agent.get('/api/rota/profiles').expect(200);
    expect(
      again.body.data.find((p: { staffId: string }) => p.staffId === bare._id.toString()),
    ).toMatchObject({
      hasProfile: false,
    });
    const bad = await send(manager, 'put', `/api/rota/profiles/${staffIds[0]}`, {
      version: 0,
      sex: 'female',
      unitIds: ['c'.repeat(24)],
    }).expect(400);
    expect(bad.body.error.fields['unitIds.0']).toBeDefined();
    await send(manager, 'put', `/api/rota/profiles/${staffIds[0]}`, {
      version: 3,
      sex: 'female',
    }).expect(409);
    await carer.agent.get('/api/rota/profiles').expect(403);
  });
});

describe('the month grid read', () => {
  it('reads the whole centre’s entries by equality (the month, and the days the checks look back on), then from memory until the rota changes', async () => {
    const seen: unknown[] = [];
    const read = async () => {
      seen.length = 0;
      mongoose.set('debug', (collection: string, method: string, filter: unknown) => {
        if (collection === 'rota_entries') seen.push([method, filter]);
      });
      try {
        return (await manager.agent.get(`/api/rota/months/${month}`).expect(200)).body.data;
      } finally {
        mongoose.set('debug', false);
      }
    };
    const user = await addStaff('carer');
    await profileFor(manager, user._id.toString(), [unit.unitId]);
    const first = await read();
    expect(seen).toHaveLength(1 + lookbackDays);
    expect(seen).toEqual(
      expect.arrayContaining([
        ['find', { month }],
        ...lookbackOf({ from: `${month}-01`, to: `${month}-28` }).map((day) => ['find', { day }]),
      ]),
    );
    // Nothing changed: the same answer, no entry read.
    expect(await read()).toEqual(first);
    expect(seen).toEqual([]);
    // A change anywhere in the rota (here a shift of this month) is seen at once.
    await assign(user._id.toString(), `${month}-20`, unit.morning).expect(201);
    const after = await read();
    expect(seen.length).toBeGreaterThan(0);
    expect(after.entries).toHaveLength(first.entries.length + 1);
  });

  it('lets the requester cancel their own leave, and no one else’s', async () => {
    const asked = await send(carer, 'post', '/api/rota/leave', {
      kind: 'other',
      from: '2027-07-01',
      to: '2027-07-01',
    }).expect(201);
    const other = await t.signedIn('nurse');
    await send(other, 'post', `/api/rota/leave/${asked.body.data.id}/decision`, {
      version: 0,
      decision: 'cancelled',
    }).expect(403);
    const cancelled = await send(carer, 'post', `/api/rota/leave/${asked.body.data.id}/decision`, {
      version: 0,
      decision: 'cancelled',
    }).expect(200);
    expect(cancelled.body.data.status).toBe('cancelled');
  });

  it('lets one of two managers deciding the same request at once win, the other told it changed', async () => {
    const user = await addStaff('carer');
    const id = user._id.toString();
    await profileFor(manager, id, [unit.unitId]);
    const second = await t.signedIn('manager');
    const asked = await send(manager, 'post', '/api/rota/leave', {
      kind: 'sick',
      from: '2027-07-01',
      to: '2027-07-02',
      staffId: id,
    }).expect(201);
    const url = `/api/rota/leave/${asked.body.data.id}/decision`;
    const answers = await Promise.all([
      send(manager, 'post', url, { version: 0, decision: 'approved' }),
      send(second, 'post', url, { version: 0, decision: 'refused', note: 'Thiếu người' }),
      send(manager, 'post', url, { version: 0, decision: 'approved' }),
    ]);
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    const winner = answers.find((r) => r.status === 200)!.body.data;
    const updates = await AuditEvent.find({
      entity: 'leave',
      entityId: asked.body.data.id,
      action: 'update',
    }).lean();
    expect(updates).toHaveLength(1);
    const stored = await manager.agent.get('/api/rota/leave?month=2027-07').expect(200);
    expect(stored.body.data.find((l: { id: string }) => l.id === asked.body.data.id)).toMatchObject(
      {
        status: winner.status,
        version: 1,
      },
    );
  });
});

describe('GET /api/rota/months/:month', () => {
  it('writes nothing when a month is read (its overtime record is kept by the changes)', async () => {
    const [, , c] = staffIds;
    // A morning and an evening back to back: 16 h in one day, 8 over the daily normal.
    await assign(c!, '2027-05-12', unit.morning).expect(201);
    await assign(c!, '2027-05-12', unit.evening).expect(201);
    const after = await RotaMonth.findById('2027-05').lean();
    expect(after!.overtime).toEqual([{ staffId: c, hours: 8 }]);
    // A record changed behind the planner's back stays changed: the read recomputes, never writes.
    await RotaMonth.updateOne({ _id: '2027-05' }, { $set: { overtime: [] } });
    const read = await manager.agent.get('/api/rota/months/2027-05').expect(200);
    expect(read.body.data.hours.find((h: { staffId: string }) => h.staffId === c)).toMatchObject({
      overtimeHours: 8,
    });
    expect((await RotaMonth.findById('2027-05').lean())!.overtime).toEqual([]);
  });

  it('reads a month nobody has planned as an empty draft, without making its record', async () => {
    const read = await manager.agent.get('/api/rota/months/2031-02').expect(200);
    expect(read.body.data).toMatchObject({ month: '2031-02', state: 'draft', version: 0 });
    expect(read.body.data.entries).toEqual([]);
    expect(await RotaMonth.findById('2031-02').lean()).toBeNull();
    // The first change makes it, at the version the reader saw.
    await send(manager, 'post', '/api/rota/months/2031-02/publish', { version: 0 }).expect(200);
    expect(await RotaMonth.findById('2031-02').lean()).toMatchObject({ state: 'published' });
  });
});
