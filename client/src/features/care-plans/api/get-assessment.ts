// GET /api/residents/:id/assessments/:assessmentId: one assessment as it is now (after a 409).
import type { AssessmentView } from '@care/shared/needs-assessments';
import { api } from '../../../app/api-client';

export function getAssessment(residentId: string, assessmentId: string) {
  return api<AssessmentView>(
    `/residents/${encodeURIComponent(residentId)}/assessments/${encodeURIComponent(assessmentId)}`,
  );
}
