// The wire shape of a needs assessment.
import type { AssessmentDomains, AssessmentView } from '@care/shared/needs-assessments';
import type { AssessmentDoc } from './assessment.model';

export function presentAssessment(doc: AssessmentDoc): AssessmentView {
  const d = doc.domains as AssessmentDomains;
  const domain = ({ summary, needs }: { summary: string; needs: string[] }) => ({
    summary,
    needs: [...needs],
  });
  return {
    id: doc._id.toString(),
    residentId: doc.residentId.toString(),
    assessedOn: doc.assessedOn,
    assessor: { id: doc.assessorId.toString(), fullName: doc.assessorName },
    domains: {
      health: domain(d.health),
      self_care: { ...domain(d.self_care), activities: { ...d.self_care.activities } },
      mental_state: domain(d.mental_state),
      education: domain(d.education),
      family_situation: domain(d.family_situation),
      risks: {
        ...domain(d.risks),
        items: d.risks.items.map(({ kind, level, note }) => ({ kind, level, note })),
      },
    },
    lockedByPlan: doc.lockedByPlan ?? null,
    version: doc.version,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}
