import ExcelJS from 'exceljs';
import { Attendance } from '../duty/duty.models';
import { makeUnit, profileFor, send, type RotaUnitFixture } from '../testing/rota-fixtures';
import { useTestApp, type TestClient } from '../testing/test-app';

const t = useTestApp();
let manager: TestClient;
let carer: TestClient;
let nurse: TestClient;
let unit: RotaUnitFixture;
const entries: Record<string, string> = {};
const at = (local: string) => new Date(`${local}:00+07:00`);

async function assign(key: string, staffId: string, day: string, templateId: string) {
  const res = await send(manager, 'post', '/api/rota/entries', { staffId, day, templateId });
  expect(res.status).toBe(201);
  entries[key] = res.body.data.changed[0].id;
}
async function publish(month: string) {
  const head = await manager.agent.get(`/api/rota/months/${month}`).expect(200);
  await send(manager, 'post', `/api/rota/months/${month}/publish`, {
    version: head.body.data.version,
  }).expect(200);
}
/** A check-in and check-out as the duty desk stores them (the desk refuses times in the past). */
async function attended(
  staff: TestClient,
  templateId: string,
  day: string,
  planned: [string, string],
  checkIn: string,
  checkOut: string | null,
  entryKey?: string,
) {
  await Attendance.create({
    key: entryKey ? entries[entryKey] : `cover/${staff.userId}/${unit.unitId}/${templateId}/${day}`,
    entryId: entryKey ? entries[entryKey] : null,
    staffId: staff.userId!,
    staffName: 'x',
    unitId: unit.unitId,
    templateId,
    day,
    month: day.slice(0, 7),
    year: day.slice(0, 4),
    plannedStart: at(planned[0]),
    plannedEnd: at(planned[1]),
    checkInAt: at(checkIn),
    checkOutAt: checkOut ? at(checkOut) : null,
    cover: !entryKey,
    recordedBy: { id: staff.userId!, fullName: 'x' },
  });
}

beforeAll(async () => {
  manager = await t.signedIn('manager');
  carer = await t.signedIn('carer');
  nurse = await t.signedIn('nurse');
  unit = await makeUnit(manager);
  for (const c of [carer, nurse]) await profileFor(manager, c.userId!, [unit.unitId]);
  await send(manager, 'post', '/api/rota/holidays', {
    day: '2026-02-17',
    name: 'Tết Nguyên đán (mùng 1)',
  }).expect(201);
  // The carer: a night across the month end, a holiday morning, a morning never checked in.
  await assign('night', carer.userId!, '2026-01-31', unit.night);
  await assign('holiday', carer.userId!, '2026-02-17', unit.morning);
  await assign('missed', carer.userId!, '2026-02-03', unit.morning);
  // The nurse: a 24-hour duty, and a cover on a day off (no rota entry).
  await assign('duty', nurse.userId!, '2026-02-10', unit.duty);
  await publish('2026-01');
  await publish('2026-02');
  await attended(
    carer,
    unit.night,
    '2026-01-31',
    ['2026-01-31T22:00', '2026-02-01T06:00'],
    '2026-01-31T21:54',
    '2026-02-01T06:12',
    'night',
  );
  await attended(
    carer,
    unit.morning,
    '2026-02-17',
    ['2026-02-17T06:00', '2026-02-17T14:00'],
    '2026-02-17T06:00',
    '2026-02-17T14:00',
    'holiday',
  );
  await attended(
    nurse,
    unit.duty,
    '2026-02-10',
    ['2026-02-10T07:00', '2026-02-11T07:00'],
    '2026-02-10T07:00',
    '2026-02-11T07:00',
    'duty',
  );
  await attended(
    nurse,
    unit.evening,
    '2026-02-14',
    ['2026-02-14T14:00', '2026-02-14T22:00'],
    '2026-02-14T14:00',
    '2026-02-14T22:00',
  );
});

describe('GET /api/timesheets', () => {
  it('counts a night across the month end on both sides, with actual times', async () => {
    const jan = await manager.agent.get('/api/timesheets?month=2026-01').expect(200);
    const row = jan.body.data.rows.find((r: { staffId: string }) => r.staffId === carer.userId);
    // 21:54–24:00 = 2.1 h, of which 22:00–24:00 night.
    expect(row).toMatchObject({
      plannedHours: 2,
      actualHours: 2.1,
      nightHours: 2,
      workedShifts: 1,
    });
  });

  it('answers February: planned vs actual, night, holiday, duties, cover on a rest day, missed shifts', async () => {
    const res = await manager.agent.get('/api/timesheets?month=2026-02').expect(200);
    const data = res.body.data;
    expect(data.published).toBe(true);
    const carerRow = data.rows.find((r: { staffId: string }) => r.staffId === carer.userId);
    // 00:00–06:12 on 1 Feb (6.2 h, 6 at night), 8 h on the holiday; the missed morning planned only.
    expect(carerRow).toMatchObject({
      plannedHours: 22,
      actualHours: 14.2,
      differenceHours: -7.8,
      nightHours: 6,
      holidayHours: 8,
      normalHours: 6.2,
      overtimeHours: 0,
      restDayHours: 0,
      missedShifts: 1,
      plannedShifts: 2,
      workedShifts: 1,
    });
    const nurseRow = data.rows.find((r: { staffId: string }) => r.staffId === nurse.userId);
    expect(nurseRow).toMatchObject({
      plannedDuties: 1,
      duties: 1,
      plannedHours: 0,
      actualHours: 8,
      restDayHours: 8,
      coverShifts: 1,
    });
    expect(data.totals).toMatchObject({ actualHours: 22.2, plannedHours: 22, duties: 1 });
  });

  it('refuses a malformed month and staff without the permission', async () => {
    const bad = await manager.agent.get('/api/timesheets?month=2026-13').expect(400);
    expect(bad.body.error.fields.month).toBeTruthy();
    await manager.agent.get('/api/timesheets').expect(400);
    await manager.agent.get('/api/timesheets?month=2026-02&x=1').expect(400);
    await carer.agent.get('/api/timesheets?month=2026-02').expect(403);
    await carer.agent.get('/api/timesheets/export.xlsx?month=2026-02').expect(403);
  });
});

describe('GET /api/timesheets/staff/:staffId', () => {
  it('lets a carer read their own month day by day', async () => {
    const res = await carer.agent
      .get(`/api/timesheets/staff/${carer.userId}?month=2026-02`)
      .expect(200);
    const { row, days } = res.body.data;
    expect(row.actualHours).toBe(14.2);
    expect(days).toHaveLength(28);
    expect(days[0]).toMatchObject({ day: '2026-02-01', plannedHours: 6, actualHours: 6.2 });
    const tet = days.find((d: { day: string }) => d.day === '2026-02-17');
    expect(tet).toMatchObject({ kind: 'holiday', holidayName: 'Tết Nguyên đán (mùng 1)' });
    expect(tet.shifts[0]).toMatchObject({ checkInAt: at('2026-02-17T06:00').toISOString() });
  });

  it('refuses another person’s timesheet to a carer, by a clear 403', async () => {
    const res = await carer.agent
      .get(`/api/timesheets/staff/${nurse.userId}?month=2026-02`)
      .expect(403);
    expect(res.body.error.code).toBe('timesheet_not_own');
    expect(res.body.error.message).toMatch(/chính mình/);
    await manager.agent.get(`/api/timesheets/staff/${nurse.userId}?month=2026-02`).expect(200);
    await manager.agent.get(`/api/timesheets/staff/${'a'.repeat(24)}?month=2026-02`).expect(404);
    await manager.agent.get(`/api/timesheets/staff/nobody?month=2026-02`).expect(400);
  });
});

describe('exports', () => {
  it('downloads an XLSX with Vietnamese headers and the right totals', async () => {
    const res = await manager.agent
      .get('/api/timesheets/export.xlsx?month=2026-02')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-disposition']).toContain('cham-cong-2026-02.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    const sheet = book.worksheets[0]!;
    const header = sheet.getRow(3).values as unknown[];
    expect(header).toContain('Giờ thực tế');
    expect(header).toContain('Giờ ngày lễ, Tết (300%)');
    const last = sheet.getRow(sheet.rowCount).values as unknown[];
    expect(last[2]).toBe('Tổng cộng');
    expect(last[header.indexOf('Giờ thực tế')]).toBe(22.2);
    expect(last[header.indexOf('Giờ theo lịch')]).toBe(22);
  });

  it('downloads a CSV with a byte-order mark and the same totals', async () => {
    const res = await manager.agent.get('/api/timesheets/export.csv?month=2026-02').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['STT', 'Họ và tên', 'Vai trò']);
    const total = lines.at(-1)!.split(',');
    expect(total[1]).toBe('Tổng cộng');
    expect(total[header.indexOf('Giờ thực tế')]).toBe('22.2');
  });
});
