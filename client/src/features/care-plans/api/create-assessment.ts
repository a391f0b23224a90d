// POST /api/residents/:id/assessments: a new needs assessment.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentCreateInput, AssessmentView } from '@care/shared/needs-assessments';
import { api } from '../../../app/api-client';
import { carePlansKey } from './get-assessments';

export function createAssessment({
  residentId,
  ...input
}: AssessmentCreateInput & { residentId: string }): Promise<AssessmentView> {
  return api<AssessmentView>(`/residents/${encodeURIComponent(residentId)}/assessments`, {
    method: 'POST',
    body: input,
  });
}

export function useCreateAssessment(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssessmentCreateInput) => createAssessment({ residentId, ...input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carePlansKey(residentId) }),
  });
}
