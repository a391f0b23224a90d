// The solver's problem built from a small stored rota: slots as instants with nights, weekends
// and holidays, demands with exceptions and a same-sex rule, staff with leave and unavailable
// weekdays, the previous month's last shift, the draft, and locked cells.
import { makeUnit, profileFor, send, type RotaUnitFixture } from '../../testing/rota-fixtures';
import { useTestApp, type TestClient } from '../../testing/test-app';
import { buildRotaProblem, monthFingerprint } from './from-rota';

const t = useTestApp();
let manager: TestClient;
let unit: RotaUnitFixture;
let other: RotaUnitFixture;
const ids: string[] = [];
const month = '2027-05';

beforeAll(async () => {
  manager = await t.signedIn('manager');
  unit = await makeUnit(manager);
  other = await makeUnit(manager);
  for (let i = 0; i < 4; i++) {
    const user = await t.addUser({ role: i === 0 ? 'nurse' : 'carer', username: `map.s${i}` });
    ids.push(user._id.toString());
  }
  const [nurse, a, b, gone] = ids as [string, string, string, string];
  await profileFor(manager, nurse, [unit.unitId], {
    qualifications: ['nurse', 'carer'],
    sex: 'male',
    contractHoursPerWeek: 35,
  });
  await profileFor(manager, a, [unit.unitId, other.unitId], {
    unavailableWeekdays: [7],
    preferredTemplateIds: [unit.night],
  });
  await profileFor(manager, b, [unit.unitId]);
  await profileFor(manager, gone, [unit.unitId]);
  const admin = await t.signedIn('admin');
  await send(admin, 'patch', `/api/users/${gone}`, { version: 0, active: false }).expect(200);
  for (const [templateId, qualification, extra] of [
    [unit.morning, 'carer', { exceptions: [{ day: '2027-05-01', min: 2, preferred: 3 }] }],
    [unit.night, 'carer', { requiredSex: 'female' }],
    [unit.morning, 'nurse', { min: 0, preferred: 1, requiredSex: 'male' }],
  ] as const)
    await send(manager, 'post', '/api/rota/coverage', {
      unitId: unit.unitId,
      templateId,
      qualification,
      min: 1,
      preferred: 1,
      ...extra,
    }).expect(201);
  await send(manager, 'post', '/api/rota/holidays', {
    day: '2027-05-01',
    name: 'Quốc tế Lao động',
  });
  const leave = await send(manager, 'post', '/api/rota/leave', {
    staffId: b,
    kind: 'annual',
    from: '2027-05-10',
    to: '2027-05-11',
  }).expect(201);
  await send(manager, 'post', `/api/rota/leave/${leave.body.data.id}/decision`, {
    version: 0,
    decision: 'approved',
  }).expect(200);
  const assign = (staffId: string, day: string, templateId: string) =>
    send(manager, 'post', '/api/rota/entries', { staffId, day, templateId }).expect(201);
  await assign(a, '2027-04-30', unit.night); // the previous month's last night
  await assign(a, '2027-05-03', unit.morning); // the draft
  await assign(a, '2027-05-05', other.morning); // another unit's shift, kept as it is
  await assign(nurse, '2027-05-04', unit.morning);
  const lock = (staffId: string, day: string) =>
    send(manager, 'put', `/api/rota/months/${month}/locks`, { staffId, day, locked: true }).expect(
      200,
    );
  await lock(nurse, '2027-05-04'); // filled: kept
  await lock(b, '2027-05-06'); // empty: stays a day off
});

describe('buildRotaProblem', () => {
  it('lays the planned templates over the month in Asia/Ho_Chi_Minh with nights, weekends and holidays', async () => {
    const { problem, unitIds } = await buildRotaProblem(month, unit.unitId);
    expect(unitIds).toEqual([unit.unitId]);
    // Only templates with a coverage rule are planned: morning and night, 31 days.
    expect(problem.slots).toHaveLength(62);
    const night = problem.slots.find((s) => s.id === `2027-05-01|${unit.night}`)!;
    expect(night).toMatchObject({
      start: '2027-05-01T15:00:00.000Z',
      end: '2027-05-01T23:00:00.000Z',
      paidHours: 8,
      nightHours: 8,
      holiday: true,
      weekend: true,
      duty24: false,
    });
    const morning = problem.slots.find((s) => s.id === `2027-05-03|${unit.morning}`)!;
    expect(morning).toMatchObject({ holiday: false, weekend: false, nightHours: 0 });
  });

  it('asks each rule every day, with its exception and its same-sex need', async () => {
    const { problem } = await buildRotaProblem(month, unit.unitId);
    const on = (day: string, templateId: string) =>
      problem.demands.filter((d) => d.slotId === `${day}|${templateId}`);
    expect(on('2027-05-01', unit.morning)).toEqual(
      expect.arrayContaining([
        { slotId: `2027-05-01|${unit.morning}`, qualification: 'carer', min: 2, preferred: 3 },
        {
          slotId: `2027-05-01|${unit.morning}`,
          qualification: 'nurse',
          sex: 'male',
          min: 0,
          preferred: 1,
        },
      ]),
    );
    expect(on('2027-05-02', unit.night)).toEqual([
      { slotId: `2027-05-02|${unit.night}`, qualification: 'carer', min: 1, preferred: 1 },
      {
        slotId: `2027-05-02|${unit.night}`,
        qualification: 'carer',
        sex: 'female',
        min: 1,
        preferred: 1,
      },
    ]);
  });

  it('takes active staff with a profile, their leave, weekdays off, wishes and shifts to work around', async () => {
    const { problem } = await buildRotaProblem(month, unit.unitId);
    const [nurse, a, b, gone] = ids as [string, string, string, string];
    expect(problem.staff.map((s) => s.id).sort()).toEqual([nurse, a, b].sort());
    expect(problem.staff.some((s) => s.id === gone)).toBe(false);
    const staffA = problem.staff.find((s) => s.id === a)!;
    // Sundays of May 2027 are unavailable; the wish for nights is kept.
    expect(staffA.unavailableDays).toEqual([
      '2027-05-02',
      '2027-05-09',
      '2027-05-16',
      '2027-05-23',
      '2027-05-30',
    ]);
    expect(staffA.preferences).toEqual([{ kind: 'want', templateId: unit.night }]);
    // The last night of April and the other unit's morning are fixed shifts.
    expect(staffA.previousShifts.map((s) => s.start)).toEqual([
      '2027-04-30T15:00:00.000Z',
      '2027-05-04T23:00:00.000Z',
    ]);
    expect(problem.staff.find((s) => s.id === b)!.unavailableDays).toEqual([
      '2027-05-10',
      '2027-05-11',
    ]);
    expect(problem.staff.find((s) => s.id === nurse)!.contractHours).toBe(155);
    expect(problem.limits).toMatchObject({
      normalHoursPerDay: 8,
      overtimeHoursPerDay: 4,
      overtimeHoursPerMonth: 40,
      minRestHours: 12,
    });
  });

  it('carries the draft for stability and turns locked cells into kept and forbidden shifts', async () => {
    const build = await buildRotaProblem(month, unit.unitId);
    const [nurse, a, b] = ids as [string, string, string];
    expect(build.problem.draft).toEqual(
      expect.arrayContaining([
        { staffId: a, slotId: `2027-05-03|${unit.morning}`, qualification: 'carer' },
        { staffId: nurse, slotId: `2027-05-04|${unit.morning}`, qualification: 'carer' },
      ]),
    );
    expect(build.problem.draft).toHaveLength(2);
    expect(build.managed).toHaveLength(2);
    expect(build.problem.locks).toEqual(
      expect.arrayContaining([
        { staffId: nurse, slotId: `2027-05-04|${unit.morning}`, kind: 'keep' },
        { staffId: nurse, slotId: `2027-05-04|${unit.night}`, kind: 'forbid' },
        { staffId: b, slotId: `2027-05-06|${unit.morning}`, kind: 'forbid' },
        { staffId: b, slotId: `2027-05-06|${unit.night}`, kind: 'forbid' },
      ]),
    );
    expect(build.problem.locks).toHaveLength(4);
    expect([...build.locked].sort()).toEqual([`${b}|2027-05-06`, `${nurse}|2027-05-04`].sort());
  });

  it('plans every active unit for the whole centre and refuses an unknown unit', async () => {
    const all = await buildRotaProblem(month);
    expect(all.unitIds.sort()).toEqual([unit.unitId, other.unitId].sort());
    await expect(buildRotaProblem(month, 'c'.repeat(24))).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });

  it('changes its fingerprint with any edit of the month', async () => {
    const before = await monthFingerprint(month);
    expect(await monthFingerprint(month)).toBe(before);
    await send(manager, 'put', `/api/rota/months/${month}/locks`, {
      staffId: ids[1],
      day: '2027-05-20',
      locked: true,
    }).expect(200);
    expect(await monthFingerprint(month)).not.toBe(before);
  });
});
