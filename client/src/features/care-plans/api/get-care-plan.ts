// GET /api/residents/:id/care-plans/:planId: one version as it is now (after a 409).
import type { CarePlanView } from '@care/shared/care-plans';
import { api } from '../../../app/api-client';

export function getCarePlan(residentId: string, planId: string) {
  return api<CarePlanView>(
    `/residents/${encodeURIComponent(residentId)}/care-plans/${encodeURIComponent(planId)}`,
  );
}
