// /api/rota/swaps: the open requests (or a month's), the rule checks before approval, and every
// step of a request; the rota's views are read again after each.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SwapCheckView, SwapCreateInput, SwapView } from '@care/shared/rota-swaps';
import { api, apiPage } from '../../../app/api-client';

export const useSwaps = (query: { month?: string }) =>
  useQuery({
    queryKey: ['rota', 'swaps', query],
    queryFn: ({ signal }) => apiPage<SwapView>('/rota/swaps', { signal, query }),
  });

export const useSwapCheck = (id: string | null) =>
  useQuery({
    queryKey: ['rota', 'swaps', 'check', id],
    queryFn: ({ signal }) => api<SwapCheckView>(`/rota/swaps/${id}/check`, { signal }),
    enabled: !!id,
  });

export type SwapAction = 'accept' | 'decline' | 'withdraw' | 'approve' | 'reject';
export type SwapChange =
  | { kind: 'create'; body: SwapCreateInput }
  | { kind: SwapAction; id: string; body: { version: number; note?: string } };

export function useSwapChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: SwapChange) =>
      change.kind === 'create'
        ? api<SwapView>('/rota/swaps', { method: 'POST', body: change.body })
        : api<SwapView>(`/rota/swaps/${encodeURIComponent(change.id)}/${change.kind}`, {
            method: 'POST',
            body: change.body,
          }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['rota'] }),
  });
}
