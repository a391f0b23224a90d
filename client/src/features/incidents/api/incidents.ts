// /api/residents/:id/incidents: list, report, amend and close one resident's incidents.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IncidentCreateInput, IncidentView } from '@care/shared/incidents';
import { api, apiPage } from '../../../app/api-client';

const base = (residentId: string) => `/residents/${encodeURIComponent(residentId)}/incidents`;

export function incidentsQuery(residentId: string) {
  return queryOptions({
    queryKey: ['incidents', residentId],
    queryFn: ({ signal }) => apiPage<IncidentView>(base(residentId), { signal }),
  });
}

export function useIncidents(residentId: string) {
  return useQuery(incidentsQuery(residentId));
}

type Change =
  | { kind: 'report'; body: IncidentCreateInput }
  | { kind: 'amend'; id: string; body: { version: number } & Partial<IncidentCreateInput> }
  | { kind: 'close'; id: string; body: { version: number; outcome: string } };

export function useChangeIncident(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Change) =>
      change.kind === 'report'
        ? api<IncidentView>(base(residentId), { method: 'POST', body: change.body })
        : api<IncidentView>(
            `${base(residentId)}/${encodeURIComponent(change.id)}${change.kind === 'close' ? '/close' : ''}`,
            { method: change.kind === 'close' ? 'POST' : 'PATCH', body: change.body },
          ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['incidents'] }),
  });
}
