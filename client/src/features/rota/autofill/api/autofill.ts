// /api/rota/months/:month/autofill: start, follow (polled while running), cancel and apply.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AutofillApplyView, AutofillJobView, AutofillStart } from '@care/shared/rota-autofill';
import { api } from '../../../../app/api-client';
import { monthKey } from '../../api/month';

const base = (month: string) => `/rota/months/${month}/autofill`;
const jobKey = (month: string, id: string) => ['rota', 'autofill', month, id];

export function useStartAutofill(month: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AutofillStart) =>
      api<AutofillJobView>(base(month), { method: 'POST', body }),
    onSuccess: (job) => queryClient.setQueryData(jobKey(month, job.id), job),
  });
}

/** The job, read again every second while it runs. */
export const useAutofillJob = (month: string, id: string | null) =>
  useQuery({
    queryKey: jobKey(month, id ?? ''),
    queryFn: ({ signal }) => api<AutofillJobView>(`${base(month)}/${id}`, { signal }),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });

export function useCancelAutofill(month: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<AutofillJobView>(`${base(month)}/${id}/cancel`, { method: 'POST' }),
    onSuccess: (job) => queryClient.setQueryData(jobKey(month, job.id), job),
  });
}

export function useApplyAutofill(month: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<AutofillApplyView>(`${base(month)}/${id}/apply`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: monthKey(month) }),
  });
}
