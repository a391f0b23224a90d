// POST /api/residents/:id/care-plans/:planId/approve: a manager puts a draft in force.
import type { CarePlanApproveInput } from '@care/shared/care-plans';
import { planUrl, usePlanMutation } from './plan-mutation';

export function useApproveCarePlan(residentId: string, planId: string) {
  return usePlanMutation(residentId, (input: CarePlanApproveInput) => ({
    path: planUrl(residentId, planId, 'approve'),
    method: 'POST',
    body: input,
  }));
}
