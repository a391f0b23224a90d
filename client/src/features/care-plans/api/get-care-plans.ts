// GET /api/residents/:id/care-plans: every version of a resident's plan, newest first.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CarePlanView } from '@care/shared/care-plans';
import { api } from '../../../app/api-client';
import { carePlansKey } from './get-assessments';

export function getCarePlans(residentId: string, signal?: AbortSignal) {
  return api<CarePlanView[]>(`/residents/${encodeURIComponent(residentId)}/care-plans`, {
    signal,
  });
}

export function carePlansQuery(residentId: string) {
  return queryOptions({
    queryKey: [...carePlansKey(residentId), 'plans'],
    queryFn: ({ signal }) => getCarePlans(residentId, signal),
  });
}

export function useCarePlans(residentId: string) {
  return useQuery(carePlansQuery(residentId));
}
