// GET /api/kitchen/foods: one page of the food library, searched, filtered by group and source.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { FoodListQuery, FoodView } from '@care/shared/foods';
import { apiPage } from '../../../app/api-client';

export type FoodFilters = Partial<FoodListQuery>;
export const foodsKey = ['kitchen', 'foods'] as const;

export function getFoods(filters: FoodFilters, signal?: AbortSignal) {
  return apiPage<FoodView>('/kitchen/foods', { query: filters, signal });
}

export function foodsQuery(filters: FoodFilters) {
  return queryOptions({
    queryKey: [...foodsKey, 'list', filters],
    queryFn: ({ signal }) => getFoods(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFoods(filters: FoodFilters, enabled = true) {
  return useQuery({ ...foodsQuery(filters), enabled });
}
