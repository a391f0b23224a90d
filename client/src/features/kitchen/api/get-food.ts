// GET /api/kitchen/foods/:id: one food as it is now (to reload after a conflicting change).
import type { FoodView } from '@care/shared/foods';
import { api } from '../../../app/api-client';

export function getFood(id: string): Promise<FoodView> {
  return api<FoodView>(`/kitchen/foods/${encodeURIComponent(id)}`);
}
