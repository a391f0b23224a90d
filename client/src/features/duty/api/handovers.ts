// /api/handovers: the handover book: a shift's draft, one handover, a day's list, write, amend,
// acknowledge.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HandoverDraft, HandoverView, ShiftInstance } from '@care/shared/handovers';
import { api } from '../../../app/api-client';
import { dutyKey } from './duty';

export const handoversKey = ['handovers'] as const;
export type TaskInput = { id?: string; text: string; done: boolean };

export const useHandoverDraft = (shift: ShiftInstance | null) =>
  useQuery({
    queryKey: [...handoversKey, 'draft', shift],
    queryFn: ({ signal }) => api<HandoverDraft>('/handovers/draft', { query: shift!, signal }),
    enabled: !!shift,
  });

export const handoverQuery = (id: string) =>
  queryOptions({
    queryKey: [...handoversKey, 'one', id],
    queryFn: ({ signal }) => api<HandoverView>(`/handovers/${encodeURIComponent(id)}`, { signal }),
  });
export const useHandover = (id: string | null) =>
  useQuery({ ...handoverQuery(id ?? ''), enabled: !!id });

export const useHandoverDay = (day: string) =>
  useQuery({
    queryKey: [...handoversKey, 'day', day],
    queryFn: ({ signal }) => api<HandoverView[]>('/handovers', { query: { day }, signal }),
  });

function useHandoverMutation<I>(request: (input: I) => Promise<HandoverView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: handoversKey });
      await queryClient.invalidateQueries({ queryKey: dutyKey });
    },
  });
}

export const useWriteHandover = () =>
  useHandoverMutation((input: ShiftInstance & { summary: string; tasks: TaskInput[] }) =>
    api<HandoverView>('/handovers', { method: 'POST', body: input }),
  );

export const useEditHandover = () =>
  useHandoverMutation(
    ({ id, ...body }: { id: string; version: number; summary: string; tasks: TaskInput[] }) =>
      api<HandoverView>(`/handovers/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  );

export const useAcknowledgeHandover = () =>
  useHandoverMutation((id: string) =>
    api<HandoverView>(`/handovers/${encodeURIComponent(id)}/acknowledge`, {
      method: 'POST',
      body: {},
    }),
  );
