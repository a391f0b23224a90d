// PATCH /api/residents/:id/care-plans/:planId: the whole draft at the version read (409 if stale).
import type { CarePlanUpdateInput } from '@care/shared/care-plans';
import { planUrl, usePlanMutation } from './plan-mutation';

export function useUpdateCarePlan(residentId: string, planId: string) {
  return usePlanMutation(residentId, (input: CarePlanUpdateInput) => ({
    path: planUrl(residentId, planId),
    method: 'PATCH',
    body: input,
  }));
}
