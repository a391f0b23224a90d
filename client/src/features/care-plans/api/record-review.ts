// POST /api/residents/:id/care-plans/:planId/reviews: progress per goal and a comment.
import type { CarePlanReviewInput } from '@care/shared/care-plans';
import { planUrl, usePlanMutation } from './plan-mutation';

export function useRecordReview(residentId: string, planId: string) {
  return usePlanMutation(residentId, (input: CarePlanReviewInput) => ({
    path: planUrl(residentId, planId, 'reviews'),
    method: 'POST',
    body: input,
  }));
}
