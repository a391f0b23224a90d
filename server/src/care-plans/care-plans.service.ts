// Care plan versions: drafted from an assessment, edited while drafts, revised as new drafts.
import mongoose from 'mongoose';
import type { z } from 'zod';
import { goalStubs } from '@care/shared/care-plan-rules';
import type {
  carePlanCreateSchema,
  carePlanReviseSchema,
  carePlanUpdateSchema,
} from '@care/shared/care-plans';
import { centreDay } from '@care/shared/dates';
import type { AssessmentDomains } from '@care/shared/needs-assessments';
import type { Actor } from '../audit/audit.service';
import { nextSequence } from '../platform/counters';
import { AppError, badRequest, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { Assessment } from './assessment.model';
import {
  auditedCarePlanFields,
  CarePlan,
  draftApprovalKey,
  type CarePlanDoc,
} from './care-plan.model';
import { currentSeqOf, getCarePlan, residentPlans } from './care-plan-versions';
import { careResident, recordCareChange, type CareResident } from './care-records';
import { checkStaff } from './staff';

async function assessmentDomains(residentId: string, assessmentId: string) {
  const doc = await Assessment.findById(assessmentId)
    .select('residentId domains')
    .lean<{ residentId: mongoose.Types.ObjectId; domains: AssessmentDomains }>();
  if (!doc || doc.residentId.toString() !== residentId)
    throw badRequest({ assessmentId: 'unknown_assessment' });
  return doc.domains;
}

/** Goals as stored: each keeps its id (a new one gets one), staff checked to exist. */
async function goalsToStore(goals: z.output<typeof carePlanUpdateSchema>['goals']) {
  await checkStaff(
    goals.flatMap((g, i) =>
      g.responsibleIds.map((id) => ({ id, field: `goals.${i}.responsibleIds` })),
    ),
  );
  return goals.map(({ id, ...goal }) => ({
    _id: id ? new mongoose.Types.ObjectId(id) : new mongoose.Types.ObjectId(),
    ...goal,
  }));
}

export const auditPlan = (
  actor: Actor,
  resident: CareResident,
  before: CarePlanDoc | null,
  after: CarePlanDoc,
) =>
  recordCareChange({
    actor,
    resident,
    entity: 'care_plan',
    before,
    after,
    fields: before ? auditedCarePlanFields : ['number', ...auditedCarePlanFields],
  });

async function insertDraft(
  resident: CareResident,
  fields: Omit<z.output<typeof carePlanUpdateSchema>, 'version' | 'goals'> & {
    goals: Awaited<ReturnType<typeof goalsToStore>>;
    basedOn: number | null;
  },
  actor: Actor,
): Promise<CarePlanDoc> {
  const _id = new mongoose.Types.ObjectId();
  const doc = (
    await CarePlan.create({
      _id,
      ...fields,
      residentId: resident.id,
      // Numbers never repeat, also for drafts created at the same moment.
      number: await nextSequence(`care-plan/${resident.id}`),
      status: 'draft',
      approvalKey: draftApprovalKey(_id),
      createdById: actor?.id ?? null,
      createdByName: actor?.fullName ?? '—',
    })
  ).toObject() as CarePlanDoc;
  await auditPlan(actor, resident, null, doc);
  return doc;
}

/** A new draft; without goals, one stub per domain of the assessment's identified needs. */
export async function createCarePlan(
  residentId: string,
  input: z.output<typeof carePlanCreateSchema>,
  actor: Actor,
): Promise<CarePlanDoc> {
  const resident = await careResident(residentId, true);
  const domains = await assessmentDomains(residentId, input.assessmentId);
  const goals = input.goals ?? goalStubs(domains, input.planDate, actor ? [actor.id] : []);
  if (goals.length === 0) throw badRequest({ goals: 'at_least_one_goal' });
  return insertDraft(
    resident,
    { ...input, goals: await goalsToStore(goals), basedOn: null },
    actor,
  );
}

export async function updateCarePlan(
  residentId: string,
  planId: string,
  input: z.output<typeof carePlanUpdateSchema>,
  actor: Actor,
): Promise<CarePlanDoc> {
  const resident = await careResident(residentId, true);
  const before = await getCarePlan(residentId, planId);
  if (before.approvalSeq !== null) throw new AppError('plan_not_draft');
  if (before.version !== input.version) throw staleVersion();
  const { version, ...fields } = input;
  await assessmentDomains(residentId, fields.assessmentId);
  const after = await updateVersioned<CarePlanDoc>(CarePlan, planId, version, {
    $set: { ...fields, goals: await goalsToStore(fields.goals) },
  });
  await auditPlan(actor, resident, before, after);
  return after;
}

/** Editing the plan in force: a new draft copied from it (goals keep their ids), dated today. */
export async function reviseCarePlan(
  residentId: string,
  planId: string,
  input: z.output<typeof carePlanReviseSchema>,
  actor: Actor,
  now: Date = new Date(),
): Promise<CarePlanDoc> {
  const resident = await careResident(residentId, true);
  const plan = await getCarePlan(residentId, planId);
  if (
    plan.approvalSeq === null ||
    plan.approvalSeq !== currentSeqOf(await residentPlans(residentId))
  )
    throw new AppError('plan_not_current');
  const assessmentId = input.assessmentId ?? plan.assessmentId.toString();
  await assessmentDomains(residentId, assessmentId);
  return insertDraft(
    resident,
    {
      assessmentId,
      planDate: centreDay(now),
      reviewFrequency: plan.reviewFrequency,
      goals: plan.goals.map((g) => ({
        _id: g._id,
        domain: g.domain,
        description: g.description,
        interventions: g.interventions.map(({ what, frequency }) => ({ what, frequency })),
        responsibleIds: g.responsibleIds.map(String),
        targetDate: g.targetDate,
      })),
      basedOn: plan.number,
    },
    actor,
  );
}
