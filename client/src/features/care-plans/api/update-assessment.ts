// PATCH /api/residents/:id/assessments/:assessmentId: the whole assessment at the version read
// (409 if someone changed it since, or once a plan built on it is approved).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentUpdateInput, AssessmentView } from '@care/shared/needs-assessments';
import { api } from '../../../app/api-client';
import { carePlansKey } from './get-assessments';

export function updateAssessment(
  residentId: string,
  assessmentId: string,
  input: AssessmentUpdateInput,
): Promise<AssessmentView> {
  return api<AssessmentView>(
    `/residents/${encodeURIComponent(residentId)}/assessments/${encodeURIComponent(assessmentId)}`,
    { method: 'PATCH', body: input },
  );
}

export function useUpdateAssessment(residentId: string, assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssessmentUpdateInput) => updateAssessment(residentId, assessmentId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: carePlansKey(residentId) }),
  });
}
