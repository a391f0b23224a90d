import { defaultRotaSettings } from './rota';
import {
  centreDayOf,
  centreInstant,
  computeTimesheets,
  splitByDay,
  sumTimesheets,
  type SheetAttendance,
  type SheetEntry,
  type SheetInput,
  type SheetTemplate,
} from './timesheets';

const tpl = (id: string, start: string, end: string, extra: Partial<SheetTemplate> = {}) => ({
  id,
  start,
  end,
  crossesMidnight: end <= start,
  breakMinutes: 0,
  breakPaid: true,
  kind: 'normal' as const,
  dutyAllowance: false,
  ...extra,
});
const templates: SheetTemplate[] = [
  tpl('D', '06:00', '14:00'),
  tpl('N', '22:00', '06:00'),
  tpl('L', '07:00', '19:00', { breakMinutes: 60, breakPaid: false }),
  tpl('T', '07:00', '07:00', { kind: 'duty_24h', dutyAllowance: true }),
];
const at = (local: string) => Date.parse(`${local}:00+07:00`);
const minutes = { D: [360, 840], N: [1320, 1800], L: [420, 1140], T: [420, 1860] } as const;

let n = 0;
function entry(staffId: string, day: string, templateId: keyof typeof minutes): SheetEntry {
  const [a, b] = minutes[templateId];
  return {
    id: `e${++n}`,
    staffId,
    day,
    templateId,
    start: centreInstant(day, a),
    end: centreInstant(day, b),
  };
}
/** Checked in and out at the given local times (defaults: the planned times). */
function worked(e: SheetEntry, checkIn?: string, checkOut?: string | null): SheetAttendance {
  return {
    entryId: e.id,
    staffId: e.staffId,
    day: e.day,
    templateId: e.templateId,
    plannedStart: e.start,
    plannedEnd: e.end,
    checkInAt: checkIn ? at(checkIn) : e.start,
    checkOutAt: checkOut === null ? null : checkOut ? at(checkOut) : e.end,
  };
}
const holidays = [
  { day: '2027-01-01', name: 'Tết Dương lịch' },
  { day: '2027-04-30', name: 'Ngày Chiến thắng' },
];
function sheet(month: string, entries: SheetEntry[], attendances: SheetAttendance[], now?: string) {
  const input: SheetInput = {
    month,
    entries,
    attendances,
    templates,
    holidays,
    settings: defaultRotaSettings,
    now: now ? at(now) : at('2030-01-01T00:00'),
  };
  return computeTimesheets(input);
}
const one = (...args: Parameters<typeof sheet>) => {
  const sheets = sheet(...args);
  expect(sheets).toHaveLength(1);
  return sheets[0]!;
};
const dayOf = (s: ReturnType<typeof one>, day: string) => s.days.find((d) => d.day === day)!;

describe('centre days', () => {
  it('reads instants in Asia/Ho_Chi_Minh (UTC+7)', () => {
    expect(centreInstant('2027-02-01')).toBe(Date.parse('2027-01-31T17:00:00Z'));
    expect(centreDayOf(Date.parse('2027-01-31T16:59:59Z'))).toBe('2027-01-31');
    expect(centreDayOf(Date.parse('2027-01-31T17:00:00Z'))).toBe('2027-02-01');
  });

  it('splits a shift at midnight, with its night hours on each side', () => {
    expect(
      splitByDay(at('2027-01-31T21:00'), at('2027-02-01T07:30'), { start: '22:00', end: '06:00' }),
    ).toEqual([
      { day: '2027-01-31', hours: 3, nightHours: 2 },
      { day: '2027-02-01', hours: 7.5, nightHours: 6 },
    ]);
  });
});

describe('computeTimesheets', () => {
  it('puts a night shift 22:00 on 31 Jan – 06:00 on 1 Feb as 2 h in January and 6 h in February', () => {
    const e = entry('s1', '2027-01-31', 'N');
    const a = worked(e);
    const jan = one('2027-01', [e], [a]);
    expect(jan.totals).toMatchObject({
      plannedHours: 2,
      actualHours: 2,
      nightHours: 2,
      differenceHours: 0,
      plannedShifts: 1,
      workedShifts: 1,
    });
    const feb = one('2027-02', [e], [a]);
    expect(feb.totals).toMatchObject({
      plannedHours: 6,
      actualHours: 6,
      nightHours: 6,
      // The shift itself belongs to January, where it started.
      plannedShifts: 0,
      workedShifts: 0,
    });
    expect(dayOf(feb, '2027-02-01')).toMatchObject({
      plannedHours: 6,
      actualHours: 6,
      kind: 'work',
    });
    expect(dayOf(feb, '2027-02-01').shifts).toEqual([]);
    expect(dayOf(jan, '2027-01-31').shifts).toHaveLength(1);
  });

  it('counts a New Year’s Eve night: 2 h in December, 6 h of holiday hours on 1 January', () => {
    const e = entry('s1', '2026-12-31', 'N');
    const a = worked(e);
    const dec = one('2026-12', [e], [a]);
    expect(dec.totals).toMatchObject({ actualHours: 2, nightHours: 2, holidayHours: 0 });
    const jan = one('2027-01', [e], [a]);
    expect(jan.totals).toMatchObject({
      actualHours: 6,
      nightHours: 6,
      holidayHours: 6,
      normalHours: 0,
      overtimeHours: 0,
    });
    expect(dayOf(jan, '2027-01-01')).toMatchObject({
      kind: 'holiday',
      holidayName: 'Tết Dương lịch',
    });
  });

  it('counts the actual times: early check-in at night, late check-out over the daily normal', () => {
    const e = entry('s1', '2027-03-02', 'D');
    const s = one('2027-03', [e], [worked(e, '2027-03-02T05:45', '2027-03-02T14:15')]);
    expect(s.totals).toMatchObject({
      plannedHours: 8,
      actualHours: 8.5,
      differenceHours: 0.5,
      nightHours: 0.25,
      overtimeHours: 0.5,
      normalHours: 8,
    });
  });

  it('deducts an unpaid break, and counts the hours over 8 a day as overtime', () => {
    const e = entry('s1', '2027-03-03', 'L');
    const s = one('2027-03', [e], [worked(e)]);
    expect(s.totals).toMatchObject({
      plannedHours: 11,
      actualHours: 11,
      overtimeHours: 3,
      normalHours: 8,
    });
  });

  it('counts the normal hours over 48 in a Monday–Sunday week as overtime, across a month end', () => {
    const days = ['2027-03-29', '2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02'];
    const entries = [...days, '2027-04-03', '2027-04-04'].map((d) => entry('s1', d, 'D'));
    const attendances = entries.map((e) => worked(e));
    const april = one('2027-04', entries, attendances);
    // 24 h in March, then 8 h a day: the week reaches 48 on Saturday; Sunday's 8 h are overtime.
    expect(april.totals).toMatchObject({
      actualHours: 32,
      overtimeHours: 8,
      normalHours: 24,
      restDayHours: 0,
    });
    expect(dayOf(april, '2027-04-04').overtimeHours).toBe(8);
    expect(dayOf(april, '2027-04-03').overtimeHours).toBe(0);
    expect(one('2027-03', entries, attendances).totals.overtimeHours).toBe(0);
  });

  it('counts a cover on a day the rota left free as weekly-rest-day hours', () => {
    const cover: SheetAttendance = {
      entryId: null,
      staffId: 's1',
      day: '2027-03-20',
      templateId: 'D',
      plannedStart: centreInstant('2027-03-20', 360),
      plannedEnd: centreInstant('2027-03-20', 840),
      checkInAt: at('2027-03-20T06:00'),
      checkOutAt: at('2027-03-20T14:00'),
    };
    const s = one('2027-03', [], [cover]);
    expect(s.totals).toMatchObject({
      plannedHours: 0,
      actualHours: 8,
      differenceHours: 8,
      restDayHours: 8,
      overtimeHours: 0,
      normalHours: 0,
      coverShifts: 1,
      workedShifts: 1,
    });
    expect(dayOf(s, '2027-03-20')).toMatchObject({ kind: 'rest' });
    expect(dayOf(s, '2027-03-20').shifts[0]).toMatchObject({ cover: true, plannedStart: null });
  });

  it('counts a rostered public holiday as holiday hours (300 %)', () => {
    const e = entry('s1', '2027-04-30', 'D');
    const s = one('2027-04', [e], [worked(e)]);
    expect(s.totals).toMatchObject({ plannedHours: 8, actualHours: 8, holidayHours: 8 });
    expect(s.totals.normalHours).toBe(0);
  });

  it('counts 24-hour duties for the allowance, not as worked hours, and the day is a working day', () => {
    const e = entry('s1', '2027-03-05', 'T');
    const s = one('2027-03', [e], [worked(e)]);
    expect(s.totals).toMatchObject({
      plannedDuties: 1,
      duties: 1,
      plannedHours: 0,
      actualHours: 0,
      restDayHours: 0,
    });
    expect(dayOf(s, '2027-03-05').kind).toBe('work');
    expect(dayOf(s, '2027-03-06').kind).toBe('work');
  });

  it('lists a missed shift (started, nobody checked in) and counts an open check-in to its planned end', () => {
    const missed = entry('s1', '2027-03-08', 'D');
    const open = entry('s1', '2027-03-09', 'D');
    const s = one('2027-03', [missed, open], [worked(open, '2027-03-09T06:00', null)]);
    expect(s.totals).toMatchObject({
      plannedHours: 16,
      actualHours: 8,
      differenceHours: -8,
      missedShifts: 1,
      openShifts: 1,
      plannedShifts: 2,
      workedShifts: 1,
    });
  });

  it('counts a running shift up to now, and a future shift as not missed', () => {
    const running = entry('s1', '2027-03-09', 'D');
    const later = entry('s1', '2027-03-10', 'D');
    const s = one(
      '2027-03',
      [running, later],
      [worked(running, '2027-03-09T06:00', null)],
      '2027-03-09T09:30',
    );
    expect(s.totals).toMatchObject({ actualHours: 3.5, missedShifts: 0, openShifts: 1 });
  });

  it('keeps the pay classes adding up, per staff member, and sums the centre', () => {
    const e1 = entry('s1', '2027-04-29', 'L');
    const e2 = entry('s1', '2027-04-30', 'N');
    const e3 = entry('s2', '2027-04-12', 'D');
    const s = sheet('2027-04', [e1, e2, e3], [worked(e1), worked(e2), worked(e3)]);
    expect(s.map((x) => x.staffId)).toEqual(['s1', 's2']);
    const s1 = s[0]!.totals;
    // 29/4: 11 h (3 over 8); 30/4 (holiday) 22:00–24:00: 2 h; 1/5 (holiday) 00:00–06:00 not in April.
    expect(s1).toMatchObject({
      actualHours: 13,
      overtimeHours: 3,
      holidayHours: 2,
      normalHours: 8,
    });
    expect(s1.normalHours + s1.overtimeHours + s1.restDayHours + s1.holidayHours).toBe(
      s1.actualHours,
    );
    expect(sumTimesheets(s.map((x) => x.totals))).toMatchObject({
      actualHours: 21,
      plannedHours: 21,
      nightHours: 2,
      plannedShifts: 3,
    });
  });

  it('leaves out staff with nothing in the month and shifts of other staff', () => {
    expect(sheet('2027-05', [entry('s1', '2027-03-02', 'D')], [])).toEqual([]);
  });
});

describe('a person’s own sheet', () => {
  it('lists every day of the month even when nothing was planned or worked', () => {
    const [s] = computeTimesheets({
      month: '2027-02',
      entries: [],
      attendances: [],
      templates,
      holidays,
      settings: defaultRotaSettings,
      now: at('2027-03-01T00:00'),
      include: ['s9'],
    });
    expect(s!.days).toHaveLength(28);
    expect(s!.totals.actualHours).toBe(0);
  });
});
