// /api/duty: who is on duty now, check-in and check-out (planned or cover).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AttendanceView,
  DutyNowView,
  DutySettingsView,
  dutySettingsEditSchema,
} from '@care/shared/duty';
import { api } from '../../../app/api-client';

export const dutyKey = ['duty'] as const;

export const dutyNowQuery = queryOptions({
  queryKey: [...dutyKey, 'now'],
  queryFn: ({ signal }) => api<DutyNowView>('/duty/now', { signal }),
  // The tablet stays open all shift: keep it current.
  refetchInterval: 60_000,
});
export const useDutyNow = () => useQuery(dutyNowQuery);

function useDutyMutation<I>(request: (input: I) => Promise<AttendanceView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => queryClient.invalidateQueries({ queryKey: dutyKey }),
  });
}

export const useCheckIn = () =>
  useDutyMutation((entryId: string) =>
    api<AttendanceView>(`/duty/entries/${encodeURIComponent(entryId)}/check-in`, {
      method: 'POST',
      body: {},
    }),
  );

export const useCheckOut = () =>
  useDutyMutation((input: { attendanceId: string; version: number; override?: string }) =>
    api<AttendanceView>(`/duty/attendance/${encodeURIComponent(input.attendanceId)}/check-out`, {
      method: 'POST',
      body: { version: input.version, ...(input.override ? { override: input.override } : {}) },
    }),
  );

export const useCoverCheckIn = () =>
  useDutyMutation((input: { unitId: string; templateId: string; day: string; note: string }) =>
    api<AttendanceView>('/duty/cover', { method: 'POST', body: input }),
  );

type DutySettingsEdit = z.input<typeof dutySettingsEditSchema>;

export const dutySettingsQuery = queryOptions({
  queryKey: [...dutyKey, 'settings'],
  queryFn: ({ signal }) => api<DutySettingsView>('/duty/settings', { signal }),
});
export const useDutySettings = () => useQuery(dutySettingsQuery);

export function useSaveDutySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DutySettingsEdit) =>
      api<DutySettingsView>('/duty/settings', { method: 'PUT', body }),
    // Not read again after a 409: the form keeps the user's edits and offers the reload.
    onSuccess: (saved) => {
      queryClient.setQueryData(dutySettingsQuery.queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: dutyNowQuery.queryKey });
    },
  });
}
