// GET /api/incidents: the centre's incidents (open by default), by type and severity, paged.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { IncidentListQuery, IncidentView } from '@care/shared/incidents';
import { apiPage } from '../../../app/api-client';

export function useCentreIncidents(query: Partial<IncidentListQuery>) {
  return useQuery({
    queryKey: ['incidents', 'centre', query],
    queryFn: ({ signal }) => apiPage<IncidentView>('/incidents', { signal, query }),
    placeholderData: keepPreviousData,
  });
}
