// GET /api/care-plans/staff: who may assess a resident or be responsible for a goal.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffOption } from '@care/shared/care-plans';
import { api } from '../../../app/api-client';

export const carePlanStaffQuery = queryOptions({
  queryKey: ['care-plans', 'staff'],
  queryFn: ({ signal }) => api<StaffOption[]>('/care-plans/staff', { signal }),
  staleTime: 5 * 60_000,
});

export function useCarePlanStaff() {
  return useQuery(carePlanStaffQuery);
}
