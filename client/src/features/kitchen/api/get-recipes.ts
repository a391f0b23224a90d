// GET /api/kitchen/recipes: one page of dishes, searched and filtered by course and diet tag.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RecipeListQuery, RecipeView } from '@care/shared/recipes';
import { apiPage } from '../../../app/api-client';

export type RecipeFilters = Partial<RecipeListQuery>;
export const recipesKey = ['kitchen', 'recipes'] as const;

export function recipesQuery(filters: RecipeFilters) {
  return queryOptions({
    queryKey: [...recipesKey, 'list', filters],
    queryFn: ({ signal }) => apiPage<RecipeView>('/kitchen/recipes', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRecipes(filters: RecipeFilters) {
  return useQuery(recipesQuery(filters));
}
