// Needs assessment (đánh giá nhu cầu), the first step of case management under Circular
// 02/2020/TT-BLĐTBXH: a dated, structured picture of one resident, by domain, that feeds the plan.
import { z } from 'zod';
import { centreDay } from './dates';
import { isoDaySchema } from './periods';
import { textSchema } from './text';
import { objectIdSchema, versionSchema } from './versioning';

export const assessmentDomains = [
  'health',
  'self_care',
  'mental_state',
  'education',
  'family_situation',
  'risks',
] as const;
export type AssessmentDomain = (typeof assessmentDomains)[number];

export const dailyActivities = ['eating', 'bathing', 'dressing', 'toileting', 'mobility'] as const;
export type DailyActivity = (typeof dailyActivities)[number];
export const supportLevels = ['independent', 'needs_some_help', 'needs_full_help'] as const;
export const supportLevelSchema = z.enum(supportLevels);

export const riskKinds = [
  'falls',
  'absconding',
  'self_harm',
  'seizures',
  'aggression',
  'abuse',
  'choking',
  'pressure_sores',
] as const;
export type RiskKind = (typeof riskKinds)[number];
export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** Physical risks; the others (absconding, self-harm, aggression, abuse) are psychosocial. */
export const physicalRisks: readonly RiskKind[] = [
  'falls',
  'seizures',
  'choking',
  'pressure_sores',
];

const needsSchema = z.array(textSchema(1, 300)).max(20);
const domainFields = {
  summary: textSchema(0, 2000, { multiline: true }).default(''),
  /** Identified needs, one short line each: they become the plan's goal stubs. */
  needs: needsSchema.default([]),
};
export const assessmentDomainSchema = z.strictObject(domainFields);

export const activitiesSchema = z.strictObject({
  eating: supportLevelSchema,
  bathing: supportLevelSchema,
  dressing: supportLevelSchema,
  toileting: supportLevelSchema,
  mobility: supportLevelSchema,
});

export const riskSchema = z.strictObject({
  kind: z.enum(riskKinds),
  level: z.enum(riskLevels),
  note: textSchema(0, 500).default(''),
});
export type Risk = z.infer<typeof riskSchema>;

export const assessmentDomainsSchema = z.strictObject({
  health: assessmentDomainSchema,
  self_care: z.strictObject({ ...domainFields, activities: activitiesSchema }),
  mental_state: assessmentDomainSchema,
  education: assessmentDomainSchema,
  family_situation: assessmentDomainSchema,
  risks: z.strictObject({
    ...domainFields,
    items: z
      .array(riskSchema)
      .max(riskKinds.length)
      .default([])
      .superRefine((items, ctx) => {
        items.forEach((item, i) => {
          if (items.findIndex((other) => other.kind === item.kind) !== i)
            ctx.addIssue({ code: 'custom', path: [i, 'kind'], message: 'duplicate_risk' });
        });
      }),
  }),
});
export type AssessmentDomains = z.infer<typeof assessmentDomainsSchema>;

const assessmentFields = {
  assessedOn: isoDaySchema.refine((day) => day <= centreDay(), 'date_in_future'),
  assessorId: objectIdSchema,
  domains: assessmentDomainsSchema,
};

export const assessmentCreateSchema = z.strictObject(assessmentFields);
export type AssessmentCreateInput = z.input<typeof assessmentCreateSchema>;

/** An edit sends the whole assessment again, at the version it was read. */
export const assessmentUpdateSchema = z.strictObject({
  version: versionSchema,
  ...assessmentFields,
});
export type AssessmentUpdateInput = z.input<typeof assessmentUpdateSchema>;

export const assessmentParamsSchema = z.strictObject({
  id: objectIdSchema,
  assessmentId: objectIdSchema,
});

export const staffRefSchema = z.object({ id: z.string(), fullName: z.string() });
export type StaffRef = z.infer<typeof staffRefSchema>;

export const assessmentViewSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  assessedOn: z.string(),
  assessor: staffRefSchema,
  domains: assessmentDomainsSchema,
  /** The number of the approved plan that uses it: it can no longer be edited. */
  lockedByPlan: z.number().int().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

/** An assessment with nothing yet written: every activity independent, no risks. */
export function emptyAssessmentDomains(): AssessmentDomains {
  const blank = () => ({ summary: '', needs: [] });
  return {
    health: blank(),
    self_care: {
      ...blank(),
      activities: {
        eating: 'independent',
        bathing: 'independent',
        dressing: 'independent',
        toileting: 'independent',
        mobility: 'independent',
      },
    },
    mental_state: blank(),
    education: blank(),
    family_situation: blank(),
    risks: { ...blank(), items: [] },
  };
}
