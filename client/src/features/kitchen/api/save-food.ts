// POST /api/kitchen/foods (the centre's own food) and PATCH /api/kitchen/foods/:id (version-checked).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FoodCreateInput, FoodEditInput, FoodView } from '@care/shared/foods';
import { api } from '../../../app/api-client';
import { foodsKey } from './get-foods';

export function createFood(input: FoodCreateInput): Promise<FoodView> {
  return api<FoodView>('/kitchen/foods', { method: 'POST', body: input });
}

export function updateFood({ id, ...input }: FoodEditInput & { id: string }): Promise<FoodView> {
  return api<FoodView>(`/kitchen/foods/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function useCreateFood() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFood,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: foodsKey }),
  });
}

export function useUpdateFood() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateFood,
    // A new price changes the dishes that use the food too.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['kitchen'] }),
  });
}
