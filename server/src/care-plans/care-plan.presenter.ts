// The wire shape of a care plan version: its shown status is derived from the approval order, so
// a version approved later always supersedes it, even before its own record says so.
import { centreDay } from '@care/shared/dates';
import { nextReviewOn } from '@care/shared/care-plan-rules';
import type { CarePlanView, PlanStatus } from '@care/shared/care-plans';
import type { StaffRef } from '@care/shared/needs-assessments';
import type { CarePlanDoc } from './care-plan.model';

export type PlanContext = {
  /** The highest approval number among the resident's plans (null: none approved yet). */
  currentSeq: number | null;
  staff: (id: string) => StaffRef;
};

export function planStatus(doc: CarePlanDoc, currentSeq: number | null): PlanStatus {
  if (doc.approvalSeq === null || doc.approvalSeq === undefined) return 'draft';
  return doc.approvalSeq === currentSeq ? 'approved' : 'superseded';
}

const ref = (id: unknown, name: string | null | undefined): StaffRef | null =>
  id ? { id: String(id), fullName: name ?? '—' } : null;

export function presentCarePlan(doc: CarePlanDoc, ctx: PlanContext): CarePlanView {
  const status = planStatus(doc, ctx.currentSeq);
  const approvedOn = doc.approvedAt ? centreDay(doc.approvedAt) : null;
  const reviews = doc.reviews.map((r) => ({
    id: r._id.toString(),
    reviewedOn: r.reviewedOn,
    reviewer: { id: r.reviewerId.toString(), fullName: r.reviewerName },
    progress: r.progress.map((p) => ({
      goalId: p.goalId.toString(),
      status: p.status,
      note: p.note,
    })),
    comment: r.comment,
    recordedAt: r.recordedAt.toISOString(),
  }));
  return {
    id: doc._id.toString(),
    residentId: doc.residentId.toString(),
    number: doc.number,
    status,
    assessmentId: doc.assessmentId.toString(),
    planDate: doc.planDate,
    reviewFrequency: doc.reviewFrequency,
    goals: doc.goals.map((g) => ({
      id: g._id.toString(),
      domain: g.domain,
      description: g.description,
      interventions: g.interventions.map(({ what, frequency }) => ({ what, frequency })),
      responsible: g.responsibleIds.map((id) => ctx.staff(id.toString())),
      targetDate: g.targetDate,
    })),
    basedOn: doc.basedOn ?? null,
    createdBy: ref(doc.createdById, doc.createdByName) ?? { id: '', fullName: doc.createdByName },
    createdAt: doc.createdAt.toISOString(),
    approvedBy: ref(doc.approvedById, doc.approvedByName),
    approvedAt: doc.approvedAt?.toISOString() ?? null,
    approvedOn,
    supersededAt: doc.supersededAt?.toISOString() ?? null,
    reviews,
    nextReviewOn:
      status === 'approved'
        ? nextReviewOn({ approvedOn, reviewFrequency: doc.reviewFrequency, reviews })
        : null,
    version: doc.version,
    updatedAt: doc.updatedAt.toISOString(),
  };
}
