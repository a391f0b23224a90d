// POST /api/residents/:id/care-plans/:planId/revise: a new draft copied from the plan in force.
import type { CarePlanReviseInput } from '@care/shared/care-plans';
import { planUrl, usePlanMutation } from './plan-mutation';

export function useReviseCarePlan(residentId: string, planId: string) {
  return usePlanMutation(residentId, (input: CarePlanReviseInput) => ({
    path: planUrl(residentId, planId, 'revise'),
    method: 'POST',
    body: input,
  }));
}
