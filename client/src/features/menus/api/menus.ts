// /api/menus: the week, a day's edit, copy, cycles, approve/lock, analysis, conflicts, the
// production sheet and the market list (one hook per call).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConflictView } from '@care/shared/menu-rules';
import type { MarketListView, ProductionView } from '@care/shared/market';
import type {
  MenuCycleView,
  MenuDayEdit,
  MenuDayView,
  MenuWeekView,
  PlannerAnalysisView,
} from '@care/shared/menus';
import type { RecipeView } from '@care/shared/recipes';
import { api, apiPage } from '../../../app/api-client';

export const useWeek = (weekStart: string) =>
  useQuery({
    queryKey: ['menus', 'week', weekStart],
    queryFn: ({ signal }) => api<MenuWeekView>(`/menus/weeks/${weekStart}`, { signal }),
  });

export const useAnalysis = (weekStart: string) =>
  useQuery({
    queryKey: ['menus', 'analysis', weekStart],
    queryFn: ({ signal }) => api<PlannerAnalysisView>(`/menus/analysis/${weekStart}`, { signal }),
  });

export const useConflicts = (from: string, to: string) =>
  useQuery({
    queryKey: ['menus', 'conflicts', from, to],
    queryFn: ({ signal }) => api<ConflictView>('/menus/conflicts', { query: { from, to }, signal }),
  });

export const useProduction = (from: string, to: string) =>
  useQuery({
    queryKey: ['menus', 'production', from, to],
    queryFn: ({ signal }) =>
      api<ProductionView>('/menus/production', { query: { from, to }, signal }),
  });

export const useMarketList = (from: string, to: string) =>
  useQuery({
    queryKey: ['menus', 'market', from, to],
    queryFn: ({ signal }) =>
      api<MarketListView>('/menus/market-list', { query: { from, to }, signal }),
  });

export const useCycles = () =>
  useQuery({
    queryKey: ['menus', 'cycles'],
    queryFn: ({ signal }) => apiPage<MenuCycleView>('/menus/cycles', { signal }),
  });

/** The dishes to pick from: the whole library (a few hundred at most), by name. */
export const useRecipeChoices = () =>
  useQuery({
    queryKey: ['menus', 'recipes'],
    queryFn: async ({ signal }) => {
      const all: RecipeView[] = [];
      for (let page = 1; page <= 10; page++) {
        const got = await apiPage<RecipeView>('/kitchen/recipes', {
          query: { page, pageSize: 100 },
          signal,
        });
        all.push(...got.data);
        if (all.length >= got.page.total) break;
      }
      return all;
    },
    staleTime: 60_000,
  });

function useMenusMutation<T>(fn: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: ['menus'] }),
  });
}

export const useEditDay = () =>
  useMenusMutation((input: { day: string; body: MenuDayEdit }) =>
    api<MenuDayView>(`/menus/days/${input.day}`, { method: 'PUT', body: input.body }),
  );

export const useCopyMenus = () =>
  useMenusMutation((body: { kind: 'day' | 'week'; from: string; to: string }) =>
    api('/menus/copy', { method: 'POST', body }),
  );

export const useChangeState = () =>
  useMenusMutation(
    (body: { state: 'approved' | 'locked'; days: { day: string; version: number }[] }) =>
      api<MenuDayView[]>('/menus/state', { method: 'POST', body }),
  );

export const useApplyCycle = () =>
  useMenusMutation(
    (input: {
      id: string;
      body: { from: string; to: string; startWeek: number; holidays: string[] };
    }) =>
      api<{ written: string[]; skipped: string[] }>(`/menus/cycles/${input.id}/apply`, {
        method: 'POST',
        body: input.body,
      }),
  );

/** The XLSX workbook's address (a plain download: the session cookie goes with it). */
export const marketXlsxHref = (from: string, to: string) =>
  `/api/menus/market-list.xlsx?from=${from}&to=${to}`;
