import { carePlanCreateSchema, carePlanUpdateSchema } from './care-plans';
import { assessmentCreateSchema, emptyAssessmentDomains } from './needs-assessments';

const id = (n: number) => String(n).padStart(24, '0');
const goal = (over = {}) => ({
  domain: 'health',
  description: 'Ổn định huyết áp',
  targetDate: '2027-01-01',
  ...over,
});
const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('care plan drafts', () => {
  const draft = { assessmentId: id(1), planDate: '2026-11-01', reviewFrequency: 'monthly' };

  it('may start without goals (they come from the assessment)', () => {
    expect(carePlanCreateSchema.safeParse(draft).success).toBe(true);
  });

  it('refuses target dates before the plan date, naming the goal', () => {
    const result = carePlanCreateSchema.safeParse({
      ...draft,
      goals: [goal({ domain: 'housing' }), goal({ targetDate: '2026-10-31' })],
    });
    // Reported together with the unknown domain of another goal.
    expect(issues(result)).toMatchObject({ 'goals.1.targetDate': 'target_before_plan_date' });
    expect(Object.keys(issues(result)).sort()).toEqual(['goals.0.domain', 'goals.1.targetDate']);
  });

  it('needs at least one goal when goals are given', () => {
    const result = carePlanUpdateSchema.safeParse({ ...draft, version: 0, goals: [] });
    expect(issues(result)).toEqual({ goals: 'at_least_one_goal' });
  });

  it('refuses an unknown domain and a goal id twice', () => {
    const result = carePlanUpdateSchema.safeParse({
      ...draft,
      version: 0,
      goals: [goal({ id: id(5) }), goal({ id: id(5), domain: 'housing' })],
    });
    expect(Object.keys(issues(result)).sort()).toEqual(['goals.1.domain', 'goals.1.id']);
    const twice = carePlanUpdateSchema.safeParse({
      ...draft,
      version: 0,
      goals: [goal({ id: id(5) }), goal({ id: id(5) })],
    });
    expect(issues(twice)).toEqual({ 'goals.1.id': 'duplicate' });
  });
});

describe('needs assessments', () => {
  it('refuses the same risk twice and a day in the future', () => {
    const domains = emptyAssessmentDomains();
    domains.risks.items = [
      { kind: 'falls', level: 'high', note: '' },
      { kind: 'falls', level: 'low', note: '' },
    ];
    const result = assessmentCreateSchema.safeParse({
      assessedOn: '2999-01-01',
      assessorId: id(2),
      domains,
    });
    expect(issues(result)).toEqual({
      assessedOn: 'date_in_future',
      'domains.risks.items.1.kind': 'duplicate_risk',
    });
  });
});
