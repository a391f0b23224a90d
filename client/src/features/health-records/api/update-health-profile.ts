// PUT /api/residents/:id/health: the four lists at the version read (409 when someone saved first).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HealthProfileUpdateInput, HealthProfileView } from '@care/shared/health-records';
import { api } from '../../../app/api-client';
import { healthProfileQuery } from './get-health-profile';

export function updateHealthProfile(residentId: string, input: HealthProfileUpdateInput) {
  return api<HealthProfileView>(`/residents/${encodeURIComponent(residentId)}/health`, {
    method: 'PUT',
    body: input,
  });
}

export function useUpdateHealthProfile(residentId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = healthProfileQuery(residentId);
  return useMutation({
    mutationFn: (input: HealthProfileUpdateInput) => updateHealthProfile(residentId, input),
    onSuccess: (saved) => queryClient.setQueryData(queryKey, saved),
  });
}
