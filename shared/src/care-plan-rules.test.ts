import {
  addMonthsToDay,
  compareVersions,
  daysBetween,
  goalStubs,
  nextReviewOn,
  reviewStatus,
  startingProgress,
} from './care-plan-rules';
import { emptyAssessmentDomains } from './needs-assessments';

describe('addMonthsToDay', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-05', 1, '2027-01-05'],
    ['2026-10-31', 3, '2027-01-31'],
  ])('%s plus %i month(s) is %s', (day, months, expected) => {
    expect(addMonthsToDay(day, months)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it('counts calendar days across months and years', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });
});

describe('nextReviewOn', () => {
  const plan = { approvedOn: '2026-09-10', reviewFrequency: 'monthly' as const, reviews: [] };

  it('has no date for a plan never approved', () => {
    expect(nextReviewOn({ ...plan, approvedOn: null })).toBeNull();
  });

  it('falls one interval after approval before any review', () => {
    expect(nextReviewOn(plan)).toBe('2026-10-10');
    expect(nextReviewOn({ ...plan, reviewFrequency: 'quarterly' })).toBe('2026-12-10');
  });

  it('moves with the latest review, even a late one, whatever the order reviews are listed in', () => {
    const reviews = [{ reviewedOn: '2026-11-20' }, { reviewedOn: '2026-10-12' }];
    expect(nextReviewOn({ ...plan, reviews })).toBe('2026-12-20');
    expect(nextReviewOn({ ...plan, reviewFrequency: 'quarterly', reviews })).toBe('2027-02-20');
  });
});

describe('reviewStatus', () => {
  const plan = { approvedOn: '2026-09-10', reviewFrequency: 'monthly' as const, reviews: [] };

  it.each([
    ['2026-09-20', 'ok'],
    ['2026-10-02', 'ok'],
    ['2026-10-03', 'due_soon'],
    ['2026-10-10', 'due_soon'],
    ['2026-10-11', 'overdue'],
    ['2027-03-01', 'overdue'],
  ])('on %s is %s', (today, expected) => {
    expect(reviewStatus(plan, today)).toBe(expected);
  });

  it('is ok again once the review is recorded', () => {
    expect(reviewStatus({ ...plan, reviews: [{ reviewedOn: '2026-10-15' }] }, '2026-10-16')).toBe(
      'ok',
    );
  });

  it('is ok for a draft (nothing scheduled)', () => {
    expect(reviewStatus({ ...plan, approvedOn: null }, '2030-01-01')).toBe('ok');
  });
});

describe('goalStubs', () => {
  it('makes one stub per plan domain with identified needs, in domain order', () => {
    const domains = emptyAssessmentDomains();
    domains.family_situation.needs = ['Liên lạc lại với bà ngoại'];
    domains.health.needs = ['Khám mắt', 'Theo dõi cân nặng'];
    domains.self_care.needs = ['Tập tự tắm'];
    const stubs = goalStubs(domains, '2026-11-01', ['a'.repeat(24)]);
    expect(stubs).toEqual([
      {
        domain: 'health',
        description: 'Khám mắt; Theo dõi cân nặng',
        interventions: [],
        responsibleIds: ['a'.repeat(24)],
        targetDate: '2027-02-01',
      },
      expect.objectContaining({ domain: 'daily_living', description: 'Tập tự tắm' }),
      expect.objectContaining({ domain: 'family_reintegration' }),
    ]);
  });

  it('puts needs written under risks with health when a physical risk is medium or high', () => {
    const domains = emptyAssessmentDomains();
    domains.risks.needs = ['Giám sát khi di chuyển'];
    domains.risks.items = [{ kind: 'falls', level: 'high', note: '' }];
    expect(goalStubs(domains, '2026-11-01', []).map((s) => s.domain)).toEqual(['health']);
    domains.risks.items = [
      { kind: 'falls', level: 'low', note: '' },
      { kind: 'absconding', level: 'high', note: '' },
    ];
    expect(goalStubs(domains, '2026-11-01', []).map((s) => s.domain)).toEqual(['psychosocial']);
  });

  it('makes none from an assessment without needs', () => {
    expect(goalStubs(emptyAssessmentDomains(), '2026-11-01', [])).toEqual([]);
  });
});

describe('compareVersions', () => {
  const goal = (id: string, over = {}) => ({
    id,
    domain: 'health' as const,
    description: `Mục tiêu ${id}`,
    interventions: [{ what: 'Đo huyết áp', frequency: 'hằng ngày' }],
    responsible: [{ id: 's1', fullName: 'A' }],
    targetDate: '2027-01-01',
    ...over,
  });
  const plan = (goals: ReturnType<typeof goal>[], over = {}) => ({
    planDate: '2026-11-01',
    reviewFrequency: 'monthly' as const,
    goals,
    ...over,
  });

  it('marks goals added, removed, changed (with the fields) and unchanged', () => {
    const older = plan([goal('1'), goal('2'), goal('3')]);
    const newer = plan(
      [
        goal('3'),
        goal('1', {
          description: 'Huyết áp ổn định',
          responsible: [{ id: 's2', fullName: 'B' }],
        }),
        goal('4'),
      ],
      { reviewFrequency: 'quarterly' },
    );
    const diff = compareVersions(older, newer);
    expect(diff.planDate).toBe(false);
    expect(diff.reviewFrequency).toBe(true);
    expect(diff.goals.map((g) => [g.kind, g.after?.id ?? g.before?.id, g.changed])).toEqual([
      ['unchanged', '3', []],
      ['changed', '1', ['description', 'responsible']],
      ['added', '4', []],
      ['removed', '2', []],
    ]);
  });

  it('ignores the order of responsible staff', () => {
    const two = [
      { id: 's1', fullName: 'A' },
      { id: 's2', fullName: 'B' },
    ];
    const diff = compareVersions(
      plan([goal('1', { responsible: two })]),
      plan([goal('1', { responsible: [...two].reverse() })]),
    );
    expect(diff.goals[0]!.kind).toBe('unchanged');
  });
});

describe('startingProgress', () => {
  it('starts from the last review, new goals not started', () => {
    const last = { progress: [{ goalId: 'g1', status: 'in_progress' as const }] };
    expect(startingProgress([{ id: 'g1' }, { id: 'g2' }], last)).toEqual([
      { goalId: 'g1', status: 'in_progress', note: '' },
      { goalId: 'g2', status: 'not_started', note: '' },
    ]);
  });
});
