import { publicHolidays } from './holidays';
import {
  addDays,
  defaultRotaSettings,
  templateInputSchema,
  templateProblems,
  type Violation,
} from './rota';
import {
  checkRota,
  dayOf,
  lookbackOf,
  nightHours,
  shiftInstants,
  summariseHours,
  type RuleCoverage,
  type RuleEntry,
  type RuleInput,
  type RuleProfile,
  type RuleTemplate,
} from './rota-rules';

const unit = 'u1';
const tpl = (
  id: string,
  start: string,
  end: string,
  extra: Partial<RuleTemplate> = {},
): RuleTemplate => ({
  id,
  unitId: unit,
  start,
  end,
  crossesMidnight: end <= start,
  breakMinutes: 0,
  breakPaid: true,
  kind: 'normal',
  restAfterHours: 0,
  ...extra,
});
const morning = tpl('am', '06:00', '14:00');
const evening = tpl('pm', '14:00', '22:00');
const night = tpl('night', '22:00', '06:00');
const day12 = tpl('d12', '07:00', '19:00');
const duty = tpl('duty', '07:00', '07:00', { kind: 'duty_24h', restAfterHours: 24 });
const templates = [morning, evening, night, day12, duty];
const byId = new Map(templates.map((t) => [t.id, t]));

const entry = (staffId: string, day: string, templateId: string): RuleEntry => {
  const { start, end } = shiftInstants(day, byId.get(templateId)!);
  return { staffId, day, templateId, unitId: unit, start, end };
};
const profile = (staffId: string, extra: Partial<RuleProfile> = {}): RuleProfile => ({
  staffId,
  active: true,
  hasProfile: true,
  qualifications: ['carer'],
  unitIds: [unit],
  sex: 'female',
  unavailableWeekdays: [],
  ...extra,
});
const input = (entries: RuleEntry[], extra: Partial<RuleInput> = {}): RuleInput => ({
  entries,
  templates,
  profiles: [profile('a'), profile('b', { sex: 'male' })],
  leave: [],
  coverage: [],
  settings: defaultRotaSettings,
  period: { from: '2026-11-01', to: '2026-11-30' },
  ...extra,
});
const rules = (v: Violation[]) => v.map((x) => `${x.rule}@${x.day}`);
const only = (v: Violation[], rule: string) => v.filter((x) => x.rule === rule);

describe('shift times', () => {
  it('places a night shift across midnight on its start day and ends it the next morning', () => {
    const { start, end } = shiftInstants('2026-11-30', night);
    expect(new Date(start).toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(dayOf(end)).toBe('2026-12-01');
    expect(nightHours(start, end, defaultRotaSettings)).toBe(8);
    const dutyShift = shiftInstants('2026-12-31', duty);
    expect((dutyShift.end - dutyShift.start) / 3_600_000).toBe(24);
    expect(dayOf(dutyShift.end)).toBe('2027-01-01');
  });

  it('counts night hours only inside 22:00–06:00', () => {
    const { start, end } = shiftInstants('2026-11-10', evening);
    expect(nightHours(start, end, defaultRotaSettings)).toBe(0);
    const long = shiftInstants('2026-11-10', tpl('x', '18:00', '07:00'));
    expect(nightHours(long.start, long.end, defaultRotaSettings)).toBe(8);
  });
});

describe('templates', () => {
  it('refuses an end before the start unless the shift crosses midnight', () => {
    expect(templateProblems({ start: '14:00', end: '06:00', crossesMidnight: false })).toEqual({
      end: 'shift_end_before_start',
    });
    expect(templateProblems({ start: '22:00', end: '06:00', crossesMidnight: true })).toEqual({});
    expect(templateProblems({ start: '06:00', end: '14:00', crossesMidnight: true })).toEqual({
      crossesMidnight: 'does_not_cross_midnight',
    });
    expect(
      templateProblems({ start: '07:00', end: '07:00', crossesMidnight: true, kind: 'duty_24h' }),
    ).toEqual({});
    expect(
      templateProblems({ start: '07:00', end: '19:00', crossesMidnight: false, kind: 'duty_24h' }),
    ).toEqual({ end: 'duty_not_24h' });
    const parsed = templateInputSchema.safeParse({
      unitId: 'a'.repeat(24),
      code: 'S',
      name: 'Ca sáng',
      start: '14:00',
      end: '06:00',
    });
    expect(parsed.success).toBe(false);
  });
});

describe('double booking and rest', () => {
  it('flags overlapping shifts, also a night shift running into the next morning', () => {
    const v = checkRota(input([entry('a', '2026-11-10', 'night'), entry('a', '2026-11-11', 'am')]));
    expect(rules(v)).toContain('short_rest@2026-11-11');
    const overlap = checkRota(
      input([entry('a', '2026-11-10', 'duty'), entry('a', '2026-11-11', 'am')]),
    );
    expect(only(overlap, 'double_booking')).toMatchObject([
      { staffId: 'a', day: '2026-11-11', detail: { otherDay: '2026-11-10' } },
    ]);
  });

  it('asks 12 hours between shifts and the duty’s compensatory rest after a 24-hour duty', () => {
    const ok = checkRota(input([entry('a', '2026-11-10', 'am'), entry('a', '2026-11-11', 'am')]));
    expect(only(ok, 'short_rest')).toEqual([]);
    const short = checkRota(
      input([entry('a', '2026-11-10', 'am'), entry('a', '2026-11-10', 'night')]),
    );
    expect(only(short, 'short_rest')).toMatchObject([{ detail: { hours: 8, min: 12 } }]);
    // After a duty ending 07:00 on the 11th, a 14:00 shift on the 12th leaves 31 h: fine;
    // a 22:00 shift on the 11th leaves 15 h: over 12 h but under the 24 h nghỉ bù.
    const afterDuty = checkRota(
      input([entry('a', '2026-11-10', 'duty'), entry('a', '2026-11-11', 'night')]),
    );
    expect(only(afterDuty, 'short_rest')).toMatchObject([{ detail: { hours: 15, min: 24 } }]);
  });

  it('checks the rest across a month boundary, reported on the later day only when in the period', () => {
    const entries = [entry('a', '2026-10-31', 'night'), entry('a', '2026-11-01', 'pm')];
    expect(rules(checkRota(input(entries)))).toContain('short_rest@2026-11-01');
    const october = checkRota(input(entries, { period: { from: '2026-10-01', to: '2026-10-31' } }));
    expect(only(october, 'short_rest')).toEqual([]);
  });
});

describe('hours and overtime', () => {
  it('counts a night shift’s hours on the two days it covers', () => {
    const summary = summariseHours(
      input([entry('a', '2026-11-30', 'night')], {
        period: { from: '2026-12-01', to: '2026-12-31' },
      }),
    );
    expect(summary.get('a')).toMatchObject({ hours: 6, nightHours: 0 });
    const november = summariseHours(input([entry('a', '2026-11-30', 'night')]));
    expect(november.get('a')).toMatchObject({ hours: 2, nightHours: 8 });
  });

  it('warns over 8 h a day and refuses over the daily maximum', () => {
    const twelve = checkRota(input([entry('a', '2026-11-10', 'd12')]));
    expect(only(twelve, 'daily_hours')).toMatchObject([
      { severity: 'warning', detail: { hours: 12, max: 8 } },
    ]);
    const double = checkRota(
      input([entry('a', '2026-11-10', 'am'), entry('a', '2026-11-10', 'pm')]),
    );
    expect(only(double, 'daily_hours')).toMatchObject([
      { severity: 'error', detail: { hours: 16, max: 12 } },
    ]);
  });

  it('does not count a 24-hour duty as normal hours', () => {
    const v = checkRota(input([entry('a', '2026-11-10', 'duty')]));
    expect(only(v, 'daily_hours')).toEqual([]);
    expect(summariseHours(input([entry('a', '2026-11-10', 'duty')])).get('a')).toMatchObject({
      hours: 0,
      duties: 1,
    });
  });

  it('warns when a week goes over 48 h, on the day it does', () => {
    // Monday 2 November to Saturday 7 November: six 12-hour days = 72 h, over 48 on the fifth.
    const days = ['02', '03', '04', '05', '06', '07'].map((d) => entry('a', `2026-11-${d}`, 'd12'));
    const v = only(checkRota(input(days)), 'weekly_hours');
    expect(v).toMatchObject([{ day: '2026-11-06', detail: { hours: 72, max: 48 } }]);
  });

  it('refuses overtime over the monthly cap, and over the yearly cap with the year’s earlier overtime', () => {
    // Eleven 12-hour days: 4 h a day over the normal 8 = 44 h of overtime (> 40).
    const days = Array.from({ length: 11 }, (_, i) =>
      entry('a', `2026-11-${String(2 + i * 2).padStart(2, '0')}`, 'd12'),
    );
    const v = checkRota(input(days));
    expect(only(v, 'overtime_month')).toMatchObject([
      { day: '2026-11-22', detail: { hours: 44, max: 40 } },
    ]);
    const year = checkRota(input(days.slice(0, 3), { overtimeBefore: { a: 195 } }));
    expect(only(year, 'overtime_year')).toMatchObject([
      { day: '2026-11-04', detail: { max: 200 } },
    ]);
  });

  it('starts the yearly count again in January', () => {
    const entries = [entry('a', '2026-12-31', 'd12'), entry('a', '2027-01-01', 'd12')];
    const v = checkRota(
      input(entries, {
        period: { from: '2026-12-31', to: '2027-01-01' },
        overtimeBefore: { a: 199 },
      }),
    );
    expect(only(v, 'overtime_year')).toMatchObject([{ day: '2026-12-31' }]);
  });
});

describe('weekly rest', () => {
  it('asks 24 hours in a row off in each week', () => {
    // Every day of the week 2–8 November 06–14: 16 h gaps only.
    const week = ['02', '03', '04', '05', '06', '07', '08'].map((d) =>
      entry('a', `2026-11-${d}`, 'am'),
    );
    expect(only(checkRota(input(week)), 'weekly_rest')).toMatchObject([
      { day: '2026-11-02', detail: { hours: 16, min: 24 } },
    ]);
    // Sunday off: from Saturday 14:00 to the week's end, 34 h.
    expect(only(checkRota(input(week.slice(0, 6))), 'weekly_rest')).toEqual([]);
  });

  it('counts the week across a month boundary (Monday 30 November to Sunday 6 December)', () => {
    const days = [
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ];
    const entries = days.map((d) => entry('a', d, 'pm'));
    const v = checkRota(input(entries, { period: { from: '2026-12-01', to: '2026-12-31' } }));
    expect(only(v, 'weekly_rest')).toMatchObject([
      { day: '2026-12-01', detail: { week: '2026-11-30' } },
    ]);
  });
});

describe('leave, profiles and qualifications', () => {
  const coverage: RuleCoverage[] = [
    {
      unitId: unit,
      templateId: 'am',
      qualification: 'nurse',
      min: 1,
      preferred: 2,
      requiredSex: null,
      exceptions: [],
    },
  ];

  it('flags work on approved leave only', () => {
    const leave = [
      { staffId: 'a', from: '2026-11-09', to: '2026-11-11', status: 'approved', kind: 'annual' },
      { staffId: 'b', from: '2026-11-09', to: '2026-11-11', status: 'requested', kind: 'sick' },
    ];
    const v = checkRota(
      input([entry('a', '2026-11-10', 'am'), entry('b', '2026-11-10', 'pm')], { leave }),
    );
    expect(only(v, 'on_leave')).toMatchObject([{ staffId: 'a', detail: { kind: 'annual' } }]);
  });

  it('flags a missing qualification, a unit not allowed, an inactive account and no profile', () => {
    const profiles = [
      profile('a'),
      profile('b', { unitIds: [] }),
      profile('c', { active: false, qualifications: ['nurse'] }),
    ];
    const v = checkRota(
      input(
        [
          entry('a', '2026-11-10', 'am'),
          entry('b', '2026-11-10', 'pm'),
          entry('c', '2026-11-11', 'pm'),
          entry('z', '2026-11-12', 'pm'),
        ],
        { profiles, coverage },
      ),
    );
    expect(only(v, 'missing_qualification')).toMatchObject([
      { staffId: 'a', detail: { needed: 'nurse' } },
    ]);
    expect(only(v, 'unit_not_allowed').map((x) => x.staffId)).toEqual(['b']);
    expect(only(v, 'staff_inactive').map((x) => x.staffId)).toEqual(['c']);
    expect(only(v, 'no_profile').map((x) => x.staffId)).toEqual(['z']);
  });

  it('warns on a weekday the staff member is not available', () => {
    const v = checkRota(
      input([entry('a', '2026-11-08', 'am')], {
        profiles: [profile('a', { unavailableWeekdays: [7] })],
      }),
    );
    expect(only(v, 'unavailable')).toMatchObject([{ severity: 'warning', day: '2026-11-08' }]);
  });
});

describe('coverage', () => {
  const rule = (extra: Partial<RuleCoverage> = {}): RuleCoverage => ({
    unitId: unit,
    templateId: 'night',
    qualification: 'carer',
    min: 1,
    preferred: 2,
    requiredSex: null,
    exceptions: [],
    ...extra,
  });
  const period = { from: '2026-11-10', to: '2026-11-11' };

  it('reports below the minimum as an error and below the preferred as a warning, each day', () => {
    const v = checkRota(input([entry('a', '2026-11-10', 'night')], { coverage: [rule()], period }));
    expect(
      v.filter((x) => x.rule.startsWith('coverage')).map((x) => `${x.rule}@${x.day}:${x.severity}`),
    ).toEqual(['coverage_preferred@2026-11-10:warning', 'coverage_min@2026-11-11:error']);
  });

  it('uses a date exception instead of the rule on that day', () => {
    const coverage = [rule({ exceptions: [{ day: '2026-11-11', min: 0, preferred: 0 }] })];
    const v = checkRota(
      input([entry('a', '2026-11-10', 'night'), entry('b', '2026-11-10', 'night')], {
        coverage,
        period,
      }),
    );
    expect(v.filter((x) => x.rule.startsWith('coverage'))).toEqual([]);
  });

  it('asks a staff member of the required sex on each shift', () => {
    const coverage = [rule({ requiredSex: 'male', min: 1, preferred: 1 })];
    const v = checkRota(
      input([entry('a', '2026-11-10', 'night'), entry('b', '2026-11-11', 'night')], {
        coverage,
        period,
      }),
    );
    expect(only(v, 'same_sex')).toMatchObject([{ day: '2026-11-10', detail: { sex: 'male' } }]);
  });
});

describe('public holidays', () => {
  it('finds Tết and Hùng Kings’ day from the lunar calendar', () => {
    const days = publicHolidays(2026).map((h) => h.day);
    expect(days).toEqual(
      expect.arrayContaining([
        '2026-01-01',
        '2026-02-17',
        '2026-04-26',
        '2026-04-30',
        '2026-05-01',
        '2026-09-02',
      ]),
    );
    expect(days).toHaveLength(11);
    const tet2027 = publicHolidays(2027).filter((h) => h.name.startsWith('Tết Nguyên đán'));
    expect(tet2027.map((h) => h.day)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
    ]);
    expect(publicHolidays(2027).find((h) => h.name === 'Giỗ Tổ Hùng Vương')?.day).toBe(
      '2027-04-16',
    );
  });
});

describe('look-back', () => {
  it('gives the same violations and hours from the days it names as from the whole month before', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const ids = templates.map((t) => t.id);
    for (let round = 0; round < 30; round++) {
      const entries: RuleEntry[] = [];
      for (const staffId of ['a', 'b'])
        for (let day = '2026-10-01'; day <= '2026-11-30'; day = addDays(day, 1))
          if (random() < 0.6) entries.push(entry(staffId, day, ids[Math.floor(random() * 5)]!));
      const whole = input(entries);
      const needed = new Set(lookbackOf(whole.period));
      const trimmed = input(entries.filter((e) => e.day >= whole.period.from || needed.has(e.day)));
      expect(trimmed.entries.length).toBeLessThan(whole.entries.length);
      expect(checkRota(trimmed)).toEqual(checkRota(whole));
      expect([...summariseHours(trimmed)]).toEqual([...summariseHours(whole)]);
    }
  });
});
