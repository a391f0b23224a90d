// GET /api/kitchen/recipes/:id: one dish with its foods and its portions per diet group.
import { useQuery } from '@tanstack/react-query';
import type { RecipeView } from '@care/shared/recipes';
import { api } from '../../../app/api-client';
import { recipesKey } from './get-recipes';

export function getRecipe(id: string): Promise<RecipeView> {
  return api<RecipeView>(`/kitchen/recipes/${encodeURIComponent(id)}`);
}

export function useRecipe(id: string | null) {
  return useQuery({
    queryKey: [...recipesKey, 'one', id],
    queryFn: () => getRecipe(id!),
    enabled: id !== null,
  });
}
