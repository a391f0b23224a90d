// The wire shape of a food.
import type { FoodView } from '@care/shared/foods';
import type { FoodDoc } from './food.model';

export function presentFood(doc: FoodDoc): FoodView {
  return {
    id: doc._id.toString(),
    code: doc.code ?? null,
    source: doc.source,
    name: doc.name,
    nameEn: doc.nameEn ?? '',
    group: doc.group,
    state: doc.state ?? 'raw',
    inediblePct: doc.inediblePct,
    nutrients: doc.nutrients,
    pricePerKg: doc.pricePerKg ?? null,
    allergens: doc.allergens ?? [],
    deleted: Boolean(doc.deleted),
    version: doc.version,
  };
}
