// A food-safety row as the API sends it.
import type { CheckRowView } from '@care/shared/food-safety';
import type { FoodCheckDoc } from './food-check.model';

export function presentRow(doc: FoodCheckDoc): CheckRowView {
  return {
    id: doc._id,
    kind: doc.kind,
    meal: doc.meal,
    refId: doc.refId,
    name: doc.name,
    planned: {
      quantityKg: doc.planned?.quantityKg ?? null,
      portions: doc.planned?.portions ?? null,
      ingredients: doc.planned?.ingredients ?? '',
      liquid: doc.planned?.liquid ?? false,
    },
    result: doc.result,
    checkedBy: doc.checkedBy,
    checkedAt: doc.checkedAt ? new Date(doc.checkedAt).toISOString() : null,
    takenBy: doc.takenBy,
    discardedBy: doc.discardedBy,
    version: doc.version,
  };
}
