// Writes to one resident record: PATCH fields, and the stay's steps (absence, return, closure,
// re-admission), each at the version the user read (409 stale_version otherwise).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResidentView } from '@care/shared/residents';
import { api } from '../../../app/api-client';

type Step = 'absences' | 'absences/return' | 'closure' | 'admissions';

export function useChangeResident(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      step,
      body,
    }: {
      step: Step | null;
      body: { version: number } & Record<string, unknown>;
    }) =>
      api<ResidentView>(`/residents/${encodeURIComponent(id)}${step ? `/${step}` : ''}`, {
        method: step ? 'POST' : 'PATCH',
        body,
      }),
    onSuccess: (saved) => queryClient.setQueryData(['residents', 'detail', id], saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['residents'] }),
  });
}
