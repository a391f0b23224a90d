// Needs assessments: recorded, listed newest first, edited until a plan built on one is approved.
import type { z } from 'zod';
import type {
  assessmentCreateSchema,
  assessmentUpdateSchema,
} from '@care/shared/needs-assessments';
import type { Actor } from '../audit/audit.service';
import { AppError, notFound, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { Assessment, auditedAssessmentFields, type AssessmentDoc } from './assessment.model';
import { CarePlan } from './care-plan.model';
import { careResident, recordCareChange, type CareResident } from './care-records';
import { checkStaff } from './staff';

/** A resident has a few assessments a year: all of them, by one equality key, sorted here. */
const maxListed = 200;

export async function listAssessments(residentId: string): Promise<AssessmentDoc[]> {
  await careResident(residentId, false);
  const docs = await Assessment.find({ residentId }).limit(maxListed).lean<AssessmentDoc[]>();
  return docs.sort(
    (a, b) =>
      b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.getTime() - a.createdAt.getTime(),
  );
}

export async function getAssessment(
  residentId: string,
  assessmentId: string,
): Promise<AssessmentDoc> {
  const doc = await Assessment.findById(assessmentId).lean<AssessmentDoc>();
  if (!doc || doc.residentId.toString() !== residentId) throw notFound();
  return doc;
}

const auditAssessment = (
  actor: Actor,
  resident: CareResident,
  before: AssessmentDoc | null,
  after: AssessmentDoc,
) =>
  recordCareChange({
    actor,
    resident,
    entity: 'assessment',
    before,
    after,
    fields: auditedAssessmentFields,
  });

export async function createAssessment(
  residentId: string,
  input: z.output<typeof assessmentCreateSchema>,
  actor: Actor,
): Promise<AssessmentDoc> {
  const resident = await careResident(residentId, true);
  const name = await checkStaff([{ id: input.assessorId, field: 'assessorId' }]);
  const doc = (
    await Assessment.create({ ...input, residentId, assessorName: name(input.assessorId).fullName })
  ).toObject() as AssessmentDoc;
  await auditAssessment(actor, resident, null, doc);
  return doc;
}

/**
 * Read-only once a plan built on it is approved: the approval marks it, and a plan approved but
 * not yet marked (the marking is a second write) is found by its assessment id.
 */
async function assertEditable(doc: AssessmentDoc): Promise<void> {
  if (doc.lockedByPlanId) throw new AppError('assessment_locked');
  const plans = await CarePlan.find({ assessmentId: doc._id })
    .select('approvalSeq')
    .lean<{ approvalSeq: number | null }[]>();
  if (plans.some((p) => p.approvalSeq !== null)) throw new AppError('assessment_locked');
}

export async function updateAssessment(
  residentId: string,
  assessmentId: string,
  input: z.output<typeof assessmentUpdateSchema>,
  actor: Actor,
): Promise<AssessmentDoc> {
  const resident = await careResident(residentId, true);
  const before = await getAssessment(residentId, assessmentId);
  await assertEditable(before);
  if (before.version !== input.version) throw staleVersion();
  const { version, ...fields } = input;
  // The same assessor keeps the name recorded, even if they have left since.
  const assessorName =
    fields.assessorId === before.assessorId.toString()
      ? before.assessorName
      : (await checkStaff([{ id: fields.assessorId, field: 'assessorId' }]))(fields.assessorId)
          .fullName;
  const after = await updateVersioned<AssessmentDoc>(Assessment, assessmentId, version, {
    $set: { ...fields, assessorName },
  });
  await auditAssessment(actor, resident, before, after);
  return after;
}

/** The approval of a plan built on it: no more edits (an edit read before this gets a 409). */
export async function lockAssessment(
  assessmentId: string,
  plan: { id: string; number: number },
): Promise<void> {
  await Assessment.updateOne(
    { _id: assessmentId, lockedByPlanId: null },
    { $set: { lockedByPlanId: plan.id, lockedByPlan: plan.number }, $inc: { version: 1 } },
  );
}
