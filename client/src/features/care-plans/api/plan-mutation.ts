// The writes on one resident's care plan share this: a call, then the plan and assessment lists
// are fetched again (after a conflict too: someone else's change is then shown).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CarePlanView } from '@care/shared/care-plans';
import { api } from '../../../app/api-client';
import { carePlansKey } from './get-assessments';

export function planUrl(residentId: string, planId?: string, action?: string) {
  const base = `/residents/${encodeURIComponent(residentId)}/care-plans`;
  const plan = planId ? `/${encodeURIComponent(planId)}` : '';
  return `${base}${plan}${action ? `/${action}` : ''}`;
}

export function usePlanMutation<I>(
  residentId: string,
  request: (input: I) => { path: string; method: 'POST' | 'PATCH'; body: unknown },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => {
      const { path, method, body } = request(input);
      return api<CarePlanView>(path, { method, body });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: carePlansKey(residentId) }),
  });
}
