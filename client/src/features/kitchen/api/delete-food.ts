// DELETE /api/kitchen/foods/:id: withdraws a food from the library (version-checked).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FoodView } from '@care/shared/foods';
import { api } from '../../../app/api-client';

export function deleteFood({ id, version }: { id: string; version: number }): Promise<FoodView> {
  return api<FoodView>(`/kitchen/foods/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    body: { version },
  });
}

export function useDeleteFood() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteFood,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['kitchen'] }),
  });
}
