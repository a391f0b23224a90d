// PUT /api/auth/preferences: the interface language remembered for the signed-in user.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PreferencesInput, UserView } from '@care/shared/users';
import { api } from './api-client';
import { applySessionUser } from './session';

export function updatePreferences(input: PreferencesInput): Promise<UserView> {
  return api<UserView>('/auth/preferences', { method: 'PUT', body: input });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (user) => applySessionUser(queryClient, user),
  });
}
