// /api/rota/months/:month/locks: the cells locked against auto-filling, and one cell's toggle.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CellLocksView } from '@care/shared/rota-autofill';
import { api } from '../../../../app/api-client';

export const locksKey = (month: string) => ['rota', 'locks', month];

export const useCellLocks = (month: string, enabled: boolean) =>
  useQuery({
    queryKey: locksKey(month),
    queryFn: ({ signal }) => api<CellLocksView>(`/rota/months/${month}/locks`, { signal }),
    enabled,
  });

export function useToggleLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { staffId: string; day: string; locked: boolean }) =>
      api<CellLocksView>(`/rota/months/${body.day.slice(0, 7)}/locks`, { method: 'PUT', body }),
    onSuccess: (view) => queryClient.setQueryData(locksKey(view.month), view),
  });
}
