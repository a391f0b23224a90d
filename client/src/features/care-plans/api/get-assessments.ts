// GET /api/residents/:id/assessments: a resident's needs assessments, newest first.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AssessmentView } from '@care/shared/needs-assessments';
import { api } from '../../../app/api-client';

/** Everything of one resident's case process is cached under this key. */
export const carePlansKey = (residentId: string) => ['care-plans', residentId] as const;

export function getAssessments(residentId: string, signal?: AbortSignal) {
  return api<AssessmentView[]>(`/residents/${encodeURIComponent(residentId)}/assessments`, {
    signal,
  });
}

export function assessmentsQuery(residentId: string) {
  return queryOptions({
    queryKey: [...carePlansKey(residentId), 'assessments'],
    queryFn: ({ signal }) => getAssessments(residentId, signal),
  });
}

export function useAssessments(residentId: string) {
  return useQuery(assessmentsQuery(residentId));
}
