// GET /api/staff: who may assess a resident or be responsible for a goal (the caring roles).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffOption } from '@care/shared/users';
import { api } from '../../../app/api-client';

export const carePlanStaffQuery = queryOptions({
  queryKey: ['staff', 'caring'],
  queryFn: ({ signal }) => api<StaffOption[]>('/staff', { signal }),
  staleTime: 5 * 60_000,
});

export function useCarePlanStaff() {
  return useQuery(carePlanStaffQuery);
}
