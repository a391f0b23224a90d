// POST /api/residents/:id/care-plans: a new draft from an assessment (goal stubs from its needs).
import type { CarePlanCreateInput } from '@care/shared/care-plans';
import { planUrl, usePlanMutation } from './plan-mutation';

export function useCreateCarePlan(residentId: string) {
  return usePlanMutation(residentId, (input: CarePlanCreateInput) => ({
    path: planUrl(residentId),
    method: 'POST',
    body: input,
  }));
}
