// Individual care plan (kế hoạch chăm sóc cá nhân): goals by domain with their interventions,
// the staff responsible and a target date; drafted from a needs assessment, approved by a manager,
// reviewed on a schedule, revised as new versions (each version kept, approved ones immutable).
import { z } from 'zod';
import { isoDaySchema } from './periods';
import { staffRefSchema } from './needs-assessments';
import { textSchema } from './text';
import { objectIdSchema, versionSchema } from './versioning';

export const goalDomains = [
  'health',
  'daily_living',
  'education_skills',
  'psychosocial',
  'family_reintegration',
] as const;
export type GoalDomain = (typeof goalDomains)[number];
export const goalDomainSchema = z.enum(goalDomains);

export const reviewFrequencies = ['monthly', 'quarterly'] as const;
export type ReviewFrequency = (typeof reviewFrequencies)[number];
export const reviewFrequencySchema = z.enum(reviewFrequencies);

export const planStatuses = ['draft', 'approved', 'superseded'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const goalProgressStatuses = [
  'not_started',
  'in_progress',
  'achieved',
  'discontinued',
] as const;
export type GoalProgressStatus = (typeof goalProgressStatuses)[number];

export const interventionSchema = z.strictObject({
  what: textSchema(1, 300),
  /** How often, in the staff's own words: "hằng ngày", "2 lần/tuần". */
  frequency: textSchema(1, 100),
});
export type Intervention = z.infer<typeof interventionSchema>;

const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;

export const goalInputSchema = z.strictObject({
  /** Kept across versions so a compare can match goals; a new goal has none yet. */
  id: objectIdSchema.optional(),
  domain: goalDomainSchema,
  description: textSchema(1, 1000, { multiline: true }),
  interventions: z.array(interventionSchema).max(20).default([]),
  responsibleIds: z.array(objectIdSchema).max(10).default([]).refine(uniqueIds, 'duplicate'),
  targetDate: isoDaySchema,
});
export type GoalInput = z.input<typeof goalInputSchema>;

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * Target dates not before the plan date; a goal id at most once. Runs even when other fields
 * failed (`when`), so one answer names every problem: it reads the input defensively.
 */
function checkGoals(input: unknown, ctx: z.RefinementCtx) {
  const plan = (typeof input === 'object' && input !== null ? input : {}) as {
    planDate?: unknown;
    goals?: unknown;
  };
  const goals = Array.isArray(plan.goals)
    ? (plan.goals as ({ id?: unknown; targetDate?: unknown } | null)[])
    : [];
  goals.forEach((goal, i) => {
    if (isDay(goal?.targetDate) && isDay(plan.planDate) && goal.targetDate < plan.planDate)
      ctx.addIssue({
        code: 'custom',
        path: ['goals', i, 'targetDate'],
        message: 'target_before_plan_date',
      });
    if (goal?.id && goals.findIndex((g) => g?.id === goal.id) !== i)
      ctx.addIssue({ code: 'custom', path: ['goals', i, 'id'], message: 'duplicate' });
  });
}
const always = { when: () => true };

const goalsSchema = z.array(goalInputSchema).min(1, 'at_least_one_goal').max(30);

/** A new draft; without goals it starts with one goal stub per domain of identified needs. */
export const carePlanCreateSchema = z
  .strictObject({
    assessmentId: objectIdSchema,
    planDate: isoDaySchema,
    reviewFrequency: reviewFrequencySchema,
    goals: goalsSchema.optional(),
  })
  .superRefine(checkGoals, always);
export type CarePlanCreateInput = z.input<typeof carePlanCreateSchema>;

/** A draft edit sends the whole draft again, at the version it was read. */
export const carePlanUpdateSchema = z
  .strictObject({
    version: versionSchema,
    assessmentId: objectIdSchema,
    planDate: isoDaySchema,
    reviewFrequency: reviewFrequencySchema,
    goals: goalsSchema,
  })
  .superRefine(checkGoals, always);
export type CarePlanUpdateInput = z.input<typeof carePlanUpdateSchema>;

export const carePlanApproveSchema = z.strictObject({ version: versionSchema });
export type CarePlanApproveInput = z.input<typeof carePlanApproveSchema>;

/** A new draft from an approved version, optionally based on a newer assessment. */
export const carePlanReviseSchema = z.strictObject({ assessmentId: objectIdSchema.optional() });
export type CarePlanReviseInput = z.input<typeof carePlanReviseSchema>;

export const goalProgressSchema = z.strictObject({
  goalId: objectIdSchema,
  status: z.enum(goalProgressStatuses),
  note: textSchema(0, 1000, { multiline: true }).default(''),
});

export const carePlanReviewSchema = z.strictObject({
  version: versionSchema,
  reviewedOn: isoDaySchema,
  progress: z.array(goalProgressSchema).min(1).max(30),
  comment: textSchema(0, 2000, { multiline: true }).default(''),
});
export type CarePlanReviewInput = z.input<typeof carePlanReviewSchema>;

export const carePlanParamsSchema = z.strictObject({ id: objectIdSchema, planId: objectIdSchema });

export const goalViewSchema = z.object({
  id: z.string(),
  domain: goalDomainSchema,
  description: z.string(),
  interventions: z.array(interventionSchema),
  responsible: z.array(staffRefSchema),
  targetDate: z.string(),
});
export type GoalView = z.infer<typeof goalViewSchema>;

export const reviewViewSchema = z.object({
  id: z.string(),
  reviewedOn: z.string(),
  reviewer: staffRefSchema,
  progress: z.array(
    z.object({ goalId: z.string(), status: z.enum(goalProgressStatuses), note: z.string() }),
  ),
  comment: z.string(),
  recordedAt: z.string(),
});
export type ReviewView = z.infer<typeof reviewViewSchema>;

export const carePlanViewSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  /** Version number: 1, 2, 3… per resident, drafts included. */
  number: z.number().int(),
  status: z.enum(planStatuses),
  assessmentId: z.string(),
  planDate: z.string(),
  reviewFrequency: reviewFrequencySchema,
  goals: z.array(goalViewSchema),
  /** The version this draft was copied from. */
  basedOn: z.number().int().nullable(),
  createdBy: staffRefSchema,
  createdAt: z.string(),
  approvedBy: staffRefSchema.nullable(),
  approvedAt: z.string().nullable(),
  /** The centre day of approval: reviews are scheduled from it. */
  approvedOn: z.string().nullable(),
  supersededAt: z.string().nullable(),
  reviews: z.array(reviewViewSchema),
  nextReviewOn: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type CarePlanView = z.infer<typeof carePlanViewSchema>;
