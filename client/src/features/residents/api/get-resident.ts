// GET /api/residents/:id: the full record of one resident (each read is audited by the server).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ResidentView } from '@care/shared/residents';
import { api } from '../../../app/api-client';

export function getResident(id: string, signal?: AbortSignal): Promise<ResidentView> {
  return api<ResidentView>(`/residents/${encodeURIComponent(id)}`, { signal });
}

export function residentQuery(id: string) {
  return queryOptions({
    queryKey: ['residents', 'detail', id],
    queryFn: ({ signal }) => getResident(id, signal),
  });
}

export function useResident(id: string) {
  return useQuery(residentQuery(id));
}
