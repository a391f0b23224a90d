// GET and PUT /api/kitchen/settings: diet groups' targets and the food allowance (version-checked).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KitchenSettings, KitchenSettingsView } from '@care/shared/diet-groups';
import { api } from '../../../app/api-client';

export const settingsKey = ['kitchen', 'settings'] as const;

export function useKitchenSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => api<KitchenSettingsView>('/kitchen/settings'),
  });
}

export function useUpdateKitchenSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: KitchenSettings & { version: number }) =>
      api<KitchenSettingsView>('/kitchen/settings', { method: 'PUT', body }),
    // Not read again after a refusal: the form (keyed by the version it read) would start again
    // and lose the cook's edits; it offers the reload instead.
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['kitchen'] });
    },
  });
}
