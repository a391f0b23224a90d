// /api/rota/months/:month and the planner's changes; each change answers the month's
// violations, which replace the cached ones at once (the grid is read again behind them).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MonthView, RotaChangeView } from '@care/shared/rota';
import { api } from '../../../app/api-client';

export const monthKey = (month: string) => ['rota', 'month', month];

export const useMonth = (month: string) =>
  useQuery({
    queryKey: monthKey(month),
    queryFn: ({ signal }) => api<MonthView>(`/rota/months/${month}`, { signal }),
  });

export type RotaChange =
  | { kind: 'assign'; body: { staffId: string; day: string; templateId: string } }
  | {
      kind: 'move';
      id: string;
      body: { version: number; day?: string; templateId?: string; staffId?: string };
    }
  | { kind: 'clear'; id: string; version: number }
  | { kind: 'copy'; body: { fromWeek: string; toWeek: string; unitId?: string } }
  | {
      kind: 'pattern';
      body: { staffId: string; from: string; to: string; cycle: (string | null)[] };
    };

function call(change: RotaChange) {
  switch (change.kind) {
    case 'assign':
      return api<RotaChangeView>('/rota/entries', { method: 'POST', body: change.body });
    case 'move':
      return api<RotaChangeView>(`/rota/entries/${change.id}`, {
        method: 'PATCH',
        body: change.body,
      });
    case 'clear':
      return api<RotaChangeView>(`/rota/entries/${change.id}`, {
        method: 'DELETE',
        query: { version: change.version },
      });
    case 'copy':
      return api<RotaChangeView>('/rota/copy-week', { method: 'POST', body: change.body });
    case 'pattern':
      return api<RotaChangeView>('/rota/pattern', { method: 'POST', body: change.body });
  }
}

export function useChangeRota(month: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (result) => {
      queryClient.setQueryData<MonthView>(monthKey(result.month), (view) =>
        view ? { ...view, violations: result.violations } : view,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: monthKey(month) }),
  });
}

export function usePublish(month: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      api<MonthView>(`/rota/months/${month}/publish`, { method: 'POST', body: { version } }),
    onSuccess: (view) => queryClient.setQueryData(monthKey(month), view),
  });
}
