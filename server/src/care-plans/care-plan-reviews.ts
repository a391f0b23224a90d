// Reviews of the plan in force: progress per goal and an overall comment; the next review date
// moves with each one (shared/src/care-plan-rules.ts).
import type { FieldProblems } from '../platform/errors';
import mongoose from 'mongoose';
import type { z } from 'zod';
import type { carePlanReviewSchema } from '@care/shared/care-plans';
import { centreDay } from '@care/shared/dates';
import { recordAudit, type Actor } from '../audit/audit.service';
import { AppError, badRequest, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { CarePlan, type CarePlanDoc } from './care-plan.model';
import { currentSeqOf, getCarePlan, residentPlans } from './care-plan-versions';
import { careResident } from './care-records';

type ReviewInput = z.output<typeof carePlanReviewSchema>;

/** Progress for each goal of the plan exactly once; a day after approval and the last review. */
function checkReview(plan: CarePlanDoc, input: ReviewInput, today: string): void {
  const fields: FieldProblems = {};
  const goalIds = plan.goals.map((g) => g._id.toString());
  input.progress.forEach((p, i) => {
    if (!goalIds.includes(p.goalId)) fields[`progress.${i}.goalId`] = 'goal_not_in_plan';
    else if (input.progress.findIndex((q) => q.goalId === p.goalId) !== i)
      fields[`progress.${i}.goalId`] = 'duplicate';
  });
  if (goalIds.some((id) => !input.progress.some((p) => p.goalId === id)))
    fields.progress ??= 'missing_progress';
  const earliest = plan.reviews.reduce(
    (latest, r) => (r.reviewedOn > latest ? r.reviewedOn : latest),
    centreDay(plan.approvedAt!),
  );
  if (input.reviewedOn > today) fields.reviewedOn = 'date_in_future';
  else if (input.reviewedOn < earliest) fields.reviewedOn = 'review_too_early';
  if (Object.keys(fields).length) throw badRequest(fields);
}

export async function recordReview(
  residentId: string,
  planId: string,
  input: ReviewInput,
  actor: Actor,
  /** When it is recorded (the demo seed records reviews in the past). */
  now: Date = new Date(),
): Promise<CarePlanDoc> {
  const resident = await careResident(residentId, true);
  const plan = await getCarePlan(residentId, planId);
  const current = currentSeqOf(await residentPlans(residentId));
  if (plan.approvalSeq === null || plan.approvalSeq !== current)
    throw new AppError('plan_not_current');
  if (plan.version !== input.version) throw staleVersion();
  checkReview(plan, input, centreDay(now));
  const review = {
    _id: new mongoose.Types.ObjectId(),
    reviewedOn: input.reviewedOn,
    reviewerId: actor?.id,
    reviewerName: actor?.fullName ?? '—',
    progress: input.progress,
    comment: input.comment,
    recordedAt: now,
  };
  // The engine's $push is unreliable: the whole list is written again under the version check.
  const after = await updateVersioned<CarePlanDoc>(CarePlan, planId, input.version, {
    $set: { reviews: [...plan.reviews, review] },
  });
  await recordAudit({
    actor,
    action: 'update',
    entity: 'care_plan',
    entityId: planId,
    entityLabel: resident.code,
    changes: [
      {
        field: 'review',
        before: null,
        after: JSON.stringify({
          reviewedOn: input.reviewedOn,
          progress: input.progress.map((p) => p.status),
          comment: input.comment,
        }),
      },
    ],
  });
  return after;
}
