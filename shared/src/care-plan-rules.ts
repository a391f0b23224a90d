// Pure rules of care plans: when the next review falls due, whether it is overdue, the goal stubs
// an assessment feeds into a new draft, and what changed between two versions.
import {
  goalDomains,
  type GoalDomain,
  type GoalProgressStatus,
  type ReviewFrequency,
} from './care-plans';
import { physicalRisks, type AssessmentDomain, type AssessmentDomains } from './needs-assessments';

export const reviewIntervalMonths: Record<ReviewFrequency, number> = { monthly: 1, quarterly: 3 };
/** A review is "due soon" this many days before its date. */
export const dueSoonDays = 7;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: string): [number, number, number] {
  const m = dayPattern.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `day` plus whole months; the 31st becomes the last day of a shorter month (31/01 → 28/02). */
export function addMonthsToDay(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${pad(month + 1)}-${pad(Math.min(d, last))}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

export type ReviewSchedule = {
  approvedOn: string | null;
  reviewFrequency: ReviewFrequency;
  reviews: readonly { reviewedOn: string }[];
};

/**
 * The day the next review falls due: one interval after the latest review, or after approval when
 * none was held yet (a late review moves the schedule with it). Null for a plan never approved.
 */
export function nextReviewOn(plan: ReviewSchedule): string | null {
  if (!plan.approvedOn) return null;
  const last = plan.reviews.reduce(
    (latest, r) => (r.reviewedOn > latest ? r.reviewedOn : latest),
    plan.approvedOn,
  );
  return addMonthsToDay(last, reviewIntervalMonths[plan.reviewFrequency]);
}

export type ReviewStatus = 'ok' | 'due_soon' | 'overdue';

/** Overdue once the due day has passed; due soon from `dueSoonDays` before it; ok before that. */
export function reviewStatus(plan: ReviewSchedule, today: string): ReviewStatus {
  const due = nextReviewOn(plan);
  if (!due) return 'ok';
  const left = daysBetween(today, due);
  if (left < 0) return 'overdue';
  return left <= dueSoonDays ? 'due_soon' : 'ok';
}

/** Where each assessment domain's identified needs go in the plan. */
const stubDomainOf: Record<Exclude<AssessmentDomain, 'risks'>, GoalDomain> = {
  health: 'health',
  self_care: 'daily_living',
  education: 'education_skills',
  mental_state: 'psychosocial',
  family_situation: 'family_reintegration',
};

export type GoalStub = {
  domain: GoalDomain;
  description: string;
  interventions: [];
  responsibleIds: string[];
  targetDate: string;
};

/**
 * The assessment feeds the plan: one goal stub per plan domain that has identified needs, its
 * description the needs joined, due three months after the plan date. Needs written under risks
 * join the health goal when a medium or high risk is physical (falls, seizures…), otherwise the
 * psychosocial goal.
 */
export function goalStubs(
  domains: AssessmentDomains,
  planDate: string,
  responsibleIds: string[],
): GoalStub[] {
  const needs = new Map<GoalDomain, string[]>();
  const add = (domain: GoalDomain, lines: string[]) =>
    needs.set(domain, [...(needs.get(domain) ?? []), ...lines]);
  for (const [from, to] of Object.entries(stubDomainOf) as [
    keyof typeof stubDomainOf,
    GoalDomain,
  ][])
    add(to, domains[from].needs);
  const physical = domains.risks.items.some(
    (r) => r.level !== 'low' && physicalRisks.includes(r.kind),
  );
  add(physical ? 'health' : 'psychosocial', domains.risks.needs);
  const targetDate = addMonthsToDay(planDate, 3);
  return [...needs]
    .filter(([, lines]) => lines.length > 0)
    .sort(([a], [b]) => goalDomainOrder(a) - goalDomainOrder(b))
    .map(([domain, lines]) => ({
      domain,
      description: lines.join('; ').slice(0, 1000),
      interventions: [],
      responsibleIds,
      targetDate,
    }));
}

const goalDomainOrder = (d: GoalDomain) => goalDomains.indexOf(d);

type ComparableGoal = {
  id: string;
  domain: GoalDomain;
  description: string;
  interventions: readonly { what: string; frequency: string }[];
  responsible: readonly { id: string }[];
  targetDate: string;
};
type ComparablePlan<G> = {
  planDate: string;
  reviewFrequency: ReviewFrequency;
  goals: readonly G[];
};

export const comparedGoalFields = [
  'domain',
  'description',
  'interventions',
  'responsible',
  'targetDate',
] as const;
export type ComparedGoalField = (typeof comparedGoalFields)[number];

export type GoalComparison<G> = {
  kind: 'added' | 'removed' | 'changed' | 'unchanged';
  before: G | null;
  after: G | null;
  changed: ComparedGoalField[];
};

const fieldValue = (goal: ComparableGoal, field: ComparedGoalField): string =>
  field === 'responsible'
    ? goal.responsible
        .map((s) => s.id)
        .sort()
        .join(',')
    : JSON.stringify(goal[field]);

/**
 * Two versions side by side: goals matched by id (a goal keeps its id across versions), in the
 * newer version's order with removed goals after, each with the fields that changed.
 */
export function compareVersions<G extends ComparableGoal>(
  older: ComparablePlan<G>,
  newer: ComparablePlan<G>,
): { planDate: boolean; reviewFrequency: boolean; goals: GoalComparison<G>[] } {
  const olderById = new Map(older.goals.map((g) => [g.id, g]));
  const newerIds = new Set(newer.goals.map((g) => g.id));
  const goals = newer.goals.map((after): GoalComparison<G> => {
    const before = olderById.get(after.id) ?? null;
    if (!before) return { kind: 'added', before: null, after, changed: [] };
    const changed = comparedGoalFields.filter(
      (f) => fieldValue(before, f) !== fieldValue(after, f),
    );
    return { kind: changed.length ? 'changed' : 'unchanged', before, after, changed };
  });
  for (const before of older.goals)
    if (!newerIds.has(before.id)) goals.push({ kind: 'removed', before, after: null, changed: [] });
  return {
    planDate: older.planDate !== newer.planDate,
    reviewFrequency: older.reviewFrequency !== newer.reviewFrequency,
    goals,
  };
}

/** The progress a review form starts from: the last review's, or not started. */
export function startingProgress(
  goals: readonly { id: string }[],
  lastReview: { progress: readonly { goalId: string; status: GoalProgressStatus }[] } | undefined,
): { goalId: string; status: GoalProgressStatus; note: string }[] {
  return goals.map((g) => ({
    goalId: g.id,
    status: lastReview?.progress.find((p) => p.goalId === g.id)?.status ?? 'not_started',
    note: '',
  }));
}
