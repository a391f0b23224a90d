// GET /api/kitchen/residents (meal facts and diet groups) and PUT …/:id/diet-group (override).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DietGroupId, KitchenResidentView } from '@care/shared/diet-groups';
import { api } from '../../../app/api-client';

export const kitchenResidentsKey = ['kitchen', 'residents'] as const;

export function useKitchenResidents() {
  return useQuery({
    queryKey: kitchenResidentsKey,
    queryFn: () => api<KitchenResidentView[]>('/kitchen/residents'),
  });
}

export function useAssignDietGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; group: DietGroupId | null; version: number }) =>
      api<KitchenResidentView>(`/kitchen/residents/${encodeURIComponent(id)}/diet-group`, {
        method: 'PUT',
        body,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: kitchenResidentsKey }),
  });
}
