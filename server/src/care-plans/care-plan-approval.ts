// Approval (managers only): a complete draft becomes the plan in force, the previous one is
// superseded and the assessment it is built on becomes read-only. Safe under parallel approvals:
// the decisive step is one document write that claims the next place in the resident's approval
// order under a unique index, so of two drafts approved at the same moment only one wins.
import type { FieldProblems } from '../platform/errors';
import type { z } from 'zod';
import type { carePlanApproveSchema } from '@care/shared/care-plans';
import type { Actor } from '../audit/audit.service';
import { isDuplicateKey } from '../platform/db';
import { AppError, badRequest, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { lockAssessment } from './assessments.service';
import { CarePlan, type CarePlanDoc } from './care-plan.model';
import { auditPlan } from './care-plans.service';
import { currentSeqOf, getCarePlan, residentPlans } from './care-plan-versions';
import { careResident, recordCareChange, type CareResident } from './care-records';
import { checkStaff } from './staff';

/** A draft may be saved half-written; an approved plan says what is done, how often, by whom. */
async function assertComplete(plan: CarePlanDoc): Promise<void> {
  const fields: FieldProblems = {};
  plan.goals.forEach((g, i) => {
    if (g.interventions.length === 0) fields[`goals.${i}.interventions`] = 'needs_intervention';
    if (g.responsibleIds.length === 0) fields[`goals.${i}.responsibleIds`] = 'needs_responsible';
    if (g.targetDate < plan.planDate) fields[`goals.${i}.targetDate`] = 'target_before_plan_date';
  });
  if (plan.goals.length === 0) fields.goals = 'at_least_one_goal';
  if (Object.keys(fields).length) throw badRequest(fields);
  await checkStaff(
    plan.goals.flatMap((g, i) =>
      g.responsibleIds.map((id) => ({ id: String(id), field: `goals.${i}.responsibleIds` })),
    ),
  );
}

export async function approveCarePlan(
  residentId: string,
  planId: string,
  input: z.output<typeof carePlanApproveSchema>,
  actor: Actor,
  /** The moment of approval (the demo seed approves plans in the past). */
  now: Date = new Date(),
): Promise<CarePlanDoc> {
  const resident = await careResident(residentId, true);
  const before = await getCarePlan(residentId, planId);
  if (before.approvalSeq !== null) throw new AppError('plan_not_draft');
  if (before.version !== input.version) throw staleVersion();
  await assertComplete(before);
  const plans = await residentPlans(residentId);
  const current = currentSeqOf(plans);
  // A revision replaces the version it was copied from: once another one is in force, approving
  // it would silently undo that one's changes.
  const base = plans.find((p) => p.number === before.basedOn);
  if (base && base.approvalSeq !== current) throw new AppError('draft_outdated');
  const seq = (current ?? 0) + 1;
  const approvedAt = now;
  let after: CarePlanDoc;
  try {
    after = await updateVersioned<CarePlanDoc>(CarePlan, planId, input.version, {
      $set: {
        status: 'approved',
        approvalSeq: seq,
        approvalKey: `${residentId}/${seq}`,
        approvedById: actor?.id ?? null,
        approvedByName: actor?.fullName ?? '—',
        approvedAt,
      },
    });
  } catch (e) {
    // Another draft took this place in the approval order a moment ago.
    if (isDuplicateKey(e))
      throw new AppError(before.basedOn === null ? 'stale_version' : 'draft_outdated');
    throw e;
  }
  await auditPlan(actor, resident, before, after);
  await supersedeEarlier(plans, seq, approvedAt, actor, resident);
  await lockAssessment(after.assessmentId.toString(), { id: planId, number: after.number });
  return after;
}

/** Earlier approved versions say they were superseded (their shown status already does). */
async function supersedeEarlier(
  plans: readonly CarePlanDoc[],
  seq: number,
  at: Date,
  actor: Actor,
  resident: CareResident,
): Promise<void> {
  for (const p of plans) {
    if (p.status !== 'approved' || (p.approvalSeq ?? seq) >= seq) continue;
    const superseded = await CarePlan.findOneAndUpdate(
      { _id: p._id, status: 'approved' },
      { $set: { status: 'superseded', supersededAt: at }, $inc: { version: 1 } },
      { returnDocument: 'after' },
    ).lean<CarePlanDoc>();
    if (superseded)
      await recordCareChange({
        actor,
        resident,
        entity: 'care_plan',
        before: p,
        after: superseded,
        fields: ['status'],
      });
  }
}
