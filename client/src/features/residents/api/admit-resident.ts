// POST /api/residents: admit a new resident (201 with the full record; 409 already_in_care).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResidentAdmitInput, ResidentView } from '@care/shared/residents';
import { api } from '../../../app/api-client';

export function admitResident(input: ResidentAdmitInput): Promise<ResidentView> {
  return api<ResidentView>('/residents', { method: 'POST', body: input });
}

export function useAdmitResident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: admitResident,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['residents'] }),
  });
}

type StaffMember = { id: string; fullName: string };

/** Social workers who may be a resident's key worker (GET /api/staff). */
export function useSocialWorkers() {
  return useQuery({
    queryKey: ['staff', 'social_worker'],
    queryFn: ({ signal }) =>
      api<StaffMember[]>('/staff', { query: { role: 'social_worker' }, signal }),
    staleTime: 5 * 60_000,
  });
}
