// POST /api/kitchen/recipes and PATCH /api/kitchen/recipes/:id (version-checked).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecipeCreateInput, RecipeEditInput, RecipeView } from '@care/shared/recipes';
import { api } from '../../../app/api-client';
import { recipesKey } from './get-recipes';

export function saveRecipe(
  input: { id: null; body: RecipeCreateInput } | { id: string; body: RecipeEditInput },
): Promise<RecipeView> {
  return input.id === null
    ? api<RecipeView>('/kitchen/recipes', { method: 'POST', body: input.body })
    : api<RecipeView>(`/kitchen/recipes/${encodeURIComponent(input.id)}`, {
        method: 'PATCH',
        body: input.body,
      });
}

export function useSaveRecipe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRecipe,
    onSettled: () => queryClient.invalidateQueries({ queryKey: recipesKey }),
  });
}
