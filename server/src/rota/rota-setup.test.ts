import { AuditEvent } from '../audit/audit-event.model';
import { makeUnit, send } from '../testing/rota-fixtures';
import { useTestApp, type TestClient } from '../testing/test-app';
import { Holiday, ShiftTemplate } from './setup.models';

const t = useTestApp();
let manager: TestClient;
let carer: TestClient;
beforeAll(async () => {
  manager = await t.signedIn('manager');
  carer = await t.signedIn('carer');
});

describe('units and shift templates', () => {
  it('lets a manager add a unit and its shifts; every duty role reads them; a carer cannot add', async () => {
    const unit = await makeUnit(manager);
    const templates = (await carer.agent.get('/api/rota/templates').expect(200)).body.data;
    const night = templates.find((x: { id: string }) => x.id === unit.night);
    expect(night).toMatchObject({ crossesMidnight: true, hours: 8, kind: 'normal' });
    expect(templates.find((x: { id: string }) => x.id === unit.duty)).toMatchObject({
      kind: 'duty_24h',
      hours: 24,
      dutyAllowance: true,
    });
    await send(carer, 'post', '/api/rota/units', { name: 'Khu X', code: 'X' }).expect(403);
    const units = (await (await t.signedIn('kitchen')).agent.get('/api/rota/units').expect(200))
      .body;
    expect(units.data.map((u: { id: string }) => u.id)).toContain(unit.unitId);
    expect(await AuditEvent.countDocuments({ entity: 'shift_template' })).toBeGreaterThanOrEqual(4);
  });

  it('refuses an overlapping template, an end before the start and a second 24-hour duty, writing nothing', async () => {
    const unit = await makeUnit(manager);
    const before = await ShiftTemplate.countDocuments();
    const overlap = await send(manager, 'post', '/api/rota/templates', {
      unitId: unit.unitId,
      code: 'HC',
      name: 'Hành chính',
      start: '08:00',
      end: '16:00',
    }).expect(400);
    expect(overlap.body.error.fields.start).toBe(
      'Giờ của ca này trùng với một ca khác của cùng đơn vị',
    );
    const backwards = await send(manager, 'post', '/api/rota/templates', {
      unitId: unit.unitId,
      code: 'X',
      name: 'Ca lỗi',
      start: '14:00',
      end: '06:00',
    }).expect(400);
    expect(backwards.body.error.fields.end).toMatch(/Giờ kết thúc phải sau giờ bắt đầu/);
    await send(manager, 'post', '/api/rota/templates', {
      unitId: unit.unitId,
      code: '24b',
      name: 'Trực 24 giờ B',
      start: '08:00',
      end: '08:00',
      crossesMidnight: true,
      kind: 'duty_24h',
    }).expect(400);
    const unknownUnit = await send(manager, 'post', '/api/rota/templates', {
      unitId: 'a'.repeat(24),
      code: 'S',
      name: 'Ca sáng',
      start: '06:00',
      end: '14:00',
    }).expect(400);
    expect(unknownUnit.body.error.fields.unitId).toBeDefined();
    // A night shift moved to overlap the morning one is refused on edit too.
    const stale = await send(manager, 'patch', `/api/rota/templates/${unit.night}`, {
      version: 0,
      end: '07:00',
    }).expect(400);
    expect(stale.body.error.fields.start).toBeDefined();
    expect(await ShiftTemplate.countDocuments()).toBe(before);
  });

  it('edits a template under a version check', async () => {
    const unit = await makeUnit(manager);
    const ok = await send(manager, 'patch', `/api/rota/templates/${unit.morning}`, {
      version: 0,
      name: 'Ca sáng sớm',
      breakMinutes: 30,
      breakPaid: false,
    }).expect(200);
    expect(ok.body.data).toMatchObject({ name: 'Ca sáng sớm', hours: 7.5, version: 1 });
    const stale = await send(manager, 'patch', `/api/rota/templates/${unit.morning}`, {
      version: 0,
      name: 'Ca A',
    }).expect(409);
    expect(stale.body.error.code).toBe('stale_version');
  });

  it('refuses a duplicate unit code', async () => {
    await send(manager, 'post', '/api/rota/units', { name: 'Khu trùng', code: 'DUP' }).expect(201);
    const dup = await send(manager, 'post', '/api/rota/units', {
      name: 'Khu trùng 2',
      code: 'DUP',
    });
    expect(dup.status).toBe(409);
  });
});

describe('public holidays', () => {
  it('prefills a year with the lunar holidays once, then edits and removes one', async () => {
    const first = await send(manager, 'post', '/api/rota/holidays/prefill', { year: 2027 }).expect(
      200,
    );
    expect(first.body.data.map((h: { day: string }) => h.day)).toEqual(
      expect.arrayContaining(['2027-02-06', '2027-04-16', '2027-09-02']),
    );
    const again = await send(manager, 'post', '/api/rota/holidays/prefill', { year: 2027 }).expect(
      200,
    );
    expect(again.body.data).toHaveLength(first.body.data.length);
    const tet = first.body.data.find((h: { day: string }) => h.day === '2027-02-06');
    expect(tet.lunar).toBe(true);
    const renamed = await send(manager, 'patch', `/api/rota/holidays/${tet.id}`, {
      version: 0,
      name: 'Mùng 1 Tết Đinh Mùi',
    }).expect(200);
    await send(manager, 'delete', `/api/rota/holidays/${tet.id}?version=0`).expect(409);
    await send(
      manager,
      'delete',
      `/api/rota/holidays/${tet.id}?version=${renamed.body.data.version}`,
    ).expect(204);
    const dup = await send(manager, 'post', '/api/rota/holidays', {
      day: '2027-09-02',
      name: 'x x',
    });
    expect(dup.status).toBe(409);
    await send(manager, 'post', '/api/rota/holidays', {
      day: '2027-02-30',
      name: 'Ngày lạ',
    }).expect(400);
    const listed = await carer.agent.get('/api/rota/holidays?year=2027').expect(200);
    expect(listed.body.data).toHaveLength(first.body.data.length - 1);
    expect(await Holiday.countDocuments({ year: '2027' })).toBe(first.body.data.length - 1);
  });
});

describe('coverage rules and settings', () => {
  it('adds a rule for a unit’s shift, refuses a shift of another unit and preferred below min', async () => {
    const a = await makeUnit(manager);
    const b = await makeUnit(manager);
    const rule = {
      unitId: a.unitId,
      templateId: a.night,
      qualification: 'carer',
      min: 2,
      preferred: 3,
      requiredSex: 'female',
    };
    const created = await send(manager, 'post', '/api/rota/coverage', rule).expect(201);
    expect(created.body.data).toMatchObject({ min: 2, requiredSex: 'female', exceptions: [] });
    await send(manager, 'post', '/api/rota/coverage', rule).expect(409);
    const other = await send(manager, 'post', '/api/rota/coverage', {
      ...rule,
      templateId: b.night,
    }).expect(400);
    expect(other.body.error.fields.templateId).toBeDefined();
    await send(manager, 'post', '/api/rota/coverage', {
      ...rule,
      qualification: 'nurse',
      preferred: 1,
    }).expect(400);
    const edited = await send(manager, 'patch', `/api/rota/coverage/${created.body.data.id}`, {
      version: 0,
      exceptions: [{ day: '2027-02-06', min: 1, preferred: 1, note: 'Mùng 1 Tết' }],
    }).expect(200);
    await send(manager, 'patch', `/api/rota/coverage/${created.body.data.id}`, {
      version: 1,
      min: 5,
    }).expect(400);
    await send(
      manager,
      'delete',
      `/api/rota/coverage/${created.body.data.id}?version=${edited.body.data.version}`,
    ).expect(204);
  });

  it('reads the defaults and saves new limits under a version check', async () => {
    const read = await carer.agent.get('/api/rota/settings').expect(200);
    expect(read.body.data).toMatchObject({
      weeklyNormalHours: 48,
      minRestHours: 12,
      overtimeYearHours: 200,
      version: 0,
    });
    const { version, ...limits } = read.body.data;
    const saved = await send(manager, 'put', '/api/rota/settings', {
      ...limits,
      version,
      overtimeYearHours: 300,
    }).expect(200);
    expect(saved.body.data).toMatchObject({ overtimeYearHours: 300, version: 1 });
    await send(manager, 'put', '/api/rota/settings', { ...limits, version: 0 }).expect(409);
    const bad = await send(manager, 'put', '/api/rota/settings', {
      ...limits,
      version: 1,
      dailyMaxHours: 4,
    }).expect(400);
    expect(bad.body.error.fields.dailyMaxHours).toBeDefined();
    await send(carer, 'put', '/api/rota/settings', { ...limits, version: 1 }).expect(403);
  });
});
