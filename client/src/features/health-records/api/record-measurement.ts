// POST /api/residents/:id/measurements: a new weight, height, temperature, blood pressure or pulse.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeasurementCreateInput, MeasurementView } from '@care/shared/health-records';
import { api } from '../../../app/api-client';
import { healthKey } from './get-health-profile';

export function recordMeasurement(residentId: string, input: MeasurementCreateInput) {
  return api<MeasurementView>(`/residents/${encodeURIComponent(residentId)}/measurements`, {
    method: 'POST',
    body: input,
  });
}

export function useRecordMeasurement(residentId: string) {
  const queryClient = useQueryClient();
  const [scope, id] = healthKey(residentId);
  return useMutation({
    mutationFn: (input: MeasurementCreateInput) => recordMeasurement(residentId, input),
    // The list, its charts and the growth z-scores change (not the profile: re-reading it is audited).
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (q) =>
          q.queryKey[0] === scope && q.queryKey[1] === id && q.queryKey[2] !== 'profile',
      }),
  });
}
