// /api/food-safety: a day's logs, making them from the menu, recording a row, the dashboard.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CheckEdit,
  CheckRowView,
  FoodSafetyDayView,
  KitchenDashboardView,
} from '@care/shared/food-safety';
import { api } from '../../../app/api-client';

export const useFoodSafetyDay = (day: string) =>
  useQuery({
    queryKey: ['food-safety', 'day', day],
    queryFn: ({ signal }) => api<FoodSafetyDayView>(`/food-safety/days/${day}`, { signal }),
  });

export const useKitchenDashboard = () =>
  useQuery({
    queryKey: ['food-safety', 'dashboard'],
    queryFn: ({ signal }) => api<KitchenDashboardView>('/food-safety/dashboard', { signal }),
  });

function useFoodSafetyMutation<T, R>(fn: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: ['food-safety'] }),
  });
}

export const useGenerateDay = () =>
  useFoodSafetyMutation((day: string) =>
    api<FoodSafetyDayView>(`/food-safety/days/${day}/generate`, { method: 'POST' }),
  );

export const useRecordCheck = () =>
  useFoodSafetyMutation((input: { id: string; body: CheckEdit }) =>
    api<CheckRowView>(`/food-safety/checks/${input.id}`, { method: 'PUT', body: input.body }),
  );

/** The XLSX workbook's address (a plain download: the session cookie goes with it). */
export const foodSafetyXlsxHref = (day: string) => `/api/food-safety/days/${day}/xlsx`;
