import { checkRota } from './check';
import { rotaProblemSchema, type RotaProblemInput, type SolveOptions } from './problem';
import { monthSlots, standardTemplates, type ShiftTemplate } from './slots';
import { solveRota } from './solve';

const [morning, , night] = standardTemplates as [ShiftTemplate, ShiftTemplate, ShiftTemplate];
const week = [
  '2026-03-02',
  '2026-03-03',
  '2026-03-04',
  '2026-03-05',
  '2026-03-06',
  '2026-03-07',
  '2026-03-08',
];
const options: SolveOptions = { timeLimitSeconds: 10, mipRelGap: 0 };
type StaffInput = RotaProblemInput['staff'][number];
const nurse = (id: string, extra: Partial<StaffInput> = {}): StaffInput => ({
  id,
  name: `Chị ${id.toUpperCase()}`,
  qualifications: ['nurse'],
  unitIds: ['u1'],
  sex: 'female',
  contractHours: 160,
  ...extra,
});

/** One unit, the given shifts over the given days, one nurse wanted on each. */
function problem(
  templates: ShiftTemplate[],
  staff: StaffInput[],
  extra: Partial<RotaProblemInput> = {},
  days = week,
) {
  const slots = monthSlots(days[0]!.slice(0, 7), 'u1', templates, [], days);
  return rotaProblemSchema.parse({
    month: days[0]!.slice(0, 7),
    units: [{ id: 'u1', name: 'Trẻ em' }],
    slots,
    staff,
    demands: slots.map((s) => ({ slotId: s.id, qualification: 'nurse', min: 1, preferred: 1 })),
    ...extra,
  });
}

describe('solveRota', () => {
  it('counts overtime as the Labour Code does: a 12-hour day is 4 hours over, within the month cap', async () => {
    const day12: ShiftTemplate = { id: 'd12', name: 'Ngày 07–19', start: '07:00', hours: 12 };
    const days = Array.from({ length: 14 }, (_, i) => `2026-03-${String(i + 2).padStart(2, '0')}`);
    const p = problem(
      [day12],
      [nurse('a', { contractHours: 400 })],
      {
        limits: { overtimeHoursPerMonth: 20 },
      },
      days,
    );
    const solved = await solveRota(p, options);
    // 20 h of overtime allow five 12-hour days, however many contract hours remain.
    expect(solved.assignments).toHaveLength(5);
    expect(solved.explanation.hardViolations).toEqual([]);
    const six = p.slots.slice(0, 11).filter((_, i) => i % 2 === 0);
    const broken = checkRota(
      p,
      six.map((s) => ({ staffId: 'a', slotId: s.id, qualification: 'nurse' })),
    );
    expect(broken.map((v) => v.rule)).toEqual(['overtime']);
  });

  it('covers 7 nights with 3 nurses and spreads them 3-2-2, the fairest possible', async () => {
    const solved = await solveRota(problem([night], [nurse('a'), nurse('b'), nurse('c')]), options);
    expect(solved.solver.status).toBe('optimal');
    expect(solved.assignments).toHaveLength(7);
    expect(solved.explanation.coverage.minimum.percent).toBe(100);
    expect(solved.explanation.hardViolations).toEqual([]);
    expect(solved.explanation.fairness.nights).toEqual({ min: 2, max: 3, spread: 1 });
    // Two weekend nights among three nurses: nobody gets both.
    expect(solved.explanation.fairness.weekends.spread).toBe(1);
    expect(solved.solver).toMatchObject({ timeLimitSeconds: 10, mipRelGap: 0, gap: 0 });
  });

  it('leaves one night uncovered for a nurse alone and says why, in Vietnamese', async () => {
    const solved = await solveRota(problem([night], [nurse('a')]), options);
    // Seven nights in a row would leave no 24 hours off in the week.
    expect(solved.assignments).toHaveLength(6);
    expect(solved.explanation.hardViolations).toEqual([]);
    expect(solved.explanation.coverage.minimum).toEqual({ wanted: 7, assigned: 6, percent: 85.7 });
    const [gap] = solved.explanation.shortfalls;
    expect(gap).toMatchObject({ level: 'minimum', wanted: 1, assigned: 0, eligible: 1 });
    expect(gap!.message.vi).toMatch(
      /^Trẻ em, ngày \d\d\/03\/2026, ca Đêm 22–06: thiếu 1 điều dưỡng so với mức tối thiểu/,
    );
    expect(solved.explanation.summary.vi).toContain('còn thiếu 1 lượt người so với mức tối thiểu');
  });

  it('names a shift nobody may work because the only nurse is on leave', async () => {
    const solved = await solveRota(
      problem([night], [nurse('a', { unavailableDays: ['2026-03-04'] }), nurse('b')]),
      options,
    );
    const gaps = solved.explanation.shortfalls.filter((s) => s.eligible === 1);
    expect(solved.explanation.hardViolations).toEqual([]);
    // The night of the 3rd runs into the 4th: a's leave day, so it is b's, as is the 4th's.
    expect(solved.assignments.filter((a) => a.staffId === 'a').map((a) => a.slotId)).not.toContain(
      'u1:2026-03-03:night',
    );
    expect(solved.assignments.filter((a) => a.staffId === 'a').map((a) => a.slotId)).not.toContain(
      'u1:2026-03-04:night',
    );
    expect(gaps.every((g) => g.message.vi.includes('1 người đủ điều kiện'))).toBe(true);
  });

  it('keeps locked cells, honours forbidden ones, and explains a lock it cannot keep', async () => {
    const locks = [
      { staffId: 'a', slotId: 'u1:2026-03-05:night', kind: 'keep' as const },
      { staffId: 'b', slotId: 'u1:2026-03-06:night', kind: 'keep' as const },
      { staffId: 'a', slotId: 'u1:2026-03-02:night', kind: 'forbid' as const },
      { staffId: 'c', slotId: 'u1:2026-03-07:night', kind: 'keep' as const },
    ];
    const staff = [nurse('a'), nurse('b'), nurse('c', { unavailableDays: ['2026-03-07'] })];
    const solved = await solveRota(problem([night], staff, { locks }), options);
    const has = (staffId: string, slotId: string) =>
      solved.assignments.some((a) => a.staffId === staffId && a.slotId === slotId);
    expect(has('a', 'u1:2026-03-05:night')).toBe(true);
    expect(has('b', 'u1:2026-03-06:night')).toBe(true);
    expect(has('a', 'u1:2026-03-02:night')).toBe(false);
    expect(has('c', 'u1:2026-03-07:night')).toBe(false);
    expect(solved.explanation.locks).toEqual({ kept: 2, total: 3 });
    expect(solved.explanation.problems[0]!.vi).toBe(
      'Không giữ được ô đã khoá: Chị C – Trẻ em, ngày 07/03/2026, ca Đêm 22–06: đang nghỉ phép hoặc bận ngày đó.',
    );
    expect(solved.explanation.hardViolations).toEqual([]);
  });

  it('never puts a morning shift straight after a night across midnight, nor after last month’s night', async () => {
    const days = ['2026-03-01', '2026-03-02'];
    const staff = [
      nurse('a', {
        previousShifts: [
          { start: '2026-02-28T22:00:00+07:00', end: '2026-03-01T06:00:00+07:00', paidHours: 8 },
        ],
      }),
    ];
    const solved = await solveRota(problem([morning, night], staff, {}, days), options);
    const slots = solved.assignments.map((a) => a.slotId).sort();
    // 1st morning: 0 h after February's night; a night then a morning: 0 h between them.
    expect(slots).not.toContain('u1:2026-03-01:morning');
    expect(slots.length).toBe(2);
    expect(checkRota(problem([morning, night], staff, {}, days), solved.assignments)).toEqual([]);
  });

  it('prefers the draft and the nurses’ wishes when coverage and fairness allow', async () => {
    const draft = week.map((day, i) => ({
      staffId: i % 2 ? 'b' : 'a',
      slotId: `u1:${day}:night`,
      qualification: 'nurse',
    }));
    const staff = [
      nurse('a'),
      nurse('b', { preferences: [{ kind: 'avoid', day: '2026-03-03' }] }),
      nurse('c'),
    ];
    const solved = await solveRota(problem([night], staff, { draft }), options);
    expect(solved.explanation.preferences).toEqual({ total: 1, hits: 1 });
    // Fairness (3-2-2) outweighs stability: some of the draft moves to c, but no more than needed.
    expect(solved.explanation.fairness.nights.spread).toBe(1);
    expect(solved.explanation.changes.added).toBe(solved.explanation.changes.removed);
    expect(solved.explanation.changes.added).toBeLessThanOrEqual(3);
  });
});

describe('checkRota', () => {
  const nights = problem([morning, night], [nurse('a')], {}, ['2026-03-30', '2026-03-31']);
  const at = (slotId: string) => ({ staffId: 'a', slotId, qualification: 'nurse' });

  it('finds too little rest across midnight and at the month end', () => {
    const found = checkRota(nights, [
      at('u1:2026-03-30:night'),
      at('u1:2026-03-31:morning'),
      at('u1:2026-03-31:night'),
    ]);
    // Night of the 30th → morning of the 31st → night of the 31st, which ends in April.
    expect(found.map((v) => v.rule)).toEqual(['rest', 'rest', 'daily_hours']);
    expect(found[0]!.message.vi).toBe(
      'Chị A: chỉ nghỉ 0 giờ trước ca ngày 31/03/2026 (cần ít nhất 12 giờ)',
    );
    expect(found[1]!.message.vi).toBe(
      'Chị A: chỉ nghỉ 8 giờ trước ca ngày 31/03/2026 (cần ít nhất 12 giờ)',
    );
    // 6 h of the 30th's night, the morning and 2 h of the 31st's night all fall on the 31st.
    expect(found[2]!.message.vi).toBe('Chị A: làm 16 giờ ngày 31/03/2026 (tối đa 12 giờ)');
  });

  it('finds a week without 24 hours off, work on a leave day and an unknown qualification', () => {
    const p = problem([night], [nurse('a', { unavailableDays: ['2026-03-08'] })]);
    const all = week.map((day) => at(`u1:${day}:night`));
    const rules = checkRota(p, [
      ...all,
      { ...at('u1:2026-03-02:night'), qualification: 'cook' },
    ]).map((v) => v.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['weekly_rest', 'unavailable', 'qualification', 'overlap']),
    );
  });
});
