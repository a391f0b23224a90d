// /api/rota setup: units, shift templates, holidays, coverage rules, the centre's limits.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CoverageView,
  HolidayView,
  RotaSettingsView,
  TemplateView,
  UnitView,
} from '@care/shared/rota';
import { api, apiPage } from '../../../app/api-client';

export const useUnits = () =>
  useQuery({
    queryKey: ['rota', 'units'],
    queryFn: ({ signal }) => apiPage<UnitView>('/rota/units', { signal }),
  });
export const useTemplates = () =>
  useQuery({
    queryKey: ['rota', 'templates'],
    queryFn: ({ signal }) => apiPage<TemplateView>('/rota/templates', { signal }),
  });
export const useHolidays = (year: string) =>
  useQuery({
    queryKey: ['rota', 'holidays', year],
    queryFn: ({ signal }) => apiPage<HolidayView>('/rota/holidays', { signal, query: { year } }),
  });
export const useCoverage = () =>
  useQuery({
    queryKey: ['rota', 'coverage'],
    queryFn: ({ signal }) => apiPage<CoverageView>('/rota/coverage', { signal }),
  });
export const useRotaSettings = () =>
  useQuery({
    queryKey: ['rota', 'settings'],
    queryFn: ({ signal }) => api<RotaSettingsView>('/rota/settings', { signal }),
  });

export type SetupChange = {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  query?: Record<string, string | number>;
};

/** Any change to the setup: the rota's views are read again after it. */
export function useChangeSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: SetupChange) =>
      api<unknown>(change.path, { method: change.method, body: change.body, query: change.query }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['rota'] }),
  });
}
