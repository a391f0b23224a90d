// /api/rota/profiles and /api/rota/leave.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LeaveView, ProfileView } from '@care/shared/rota';
import { api, apiPage } from '../../../app/api-client';

export const useProfiles = (enabled = true) =>
  useQuery({
    queryKey: ['rota', 'profiles'],
    queryFn: ({ signal }) => apiPage<ProfileView>('/rota/profiles', { signal }),
    enabled,
  });

export const useLeave = (query: { status?: string; month?: string }) =>
  useQuery({
    queryKey: ['rota', 'leave', query],
    queryFn: ({ signal }) => apiPage<LeaveView>('/rota/leave', { signal, query }),
  });

export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ staffId, body }: { staffId: string; body: object }) =>
      api<ProfileView>(`/rota/profiles/${encodeURIComponent(staffId)}`, { method: 'PUT', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['rota'] }),
  });
}

export function useLeaveChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      change:
        | { kind: 'request'; body: object }
        | {
            kind: 'decide';
            id: string;
            body: { version: number; decision: string; note?: string };
          },
    ) =>
      change.kind === 'request'
        ? api<LeaveView>('/rota/leave', { method: 'POST', body: change.body })
        : api<LeaveView>(`/rota/leave/${encodeURIComponent(change.id)}/decision`, {
            method: 'POST',
            body: change.body,
          }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['rota'] }),
  });
}
