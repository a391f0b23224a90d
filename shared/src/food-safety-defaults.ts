// A new food-check record's values, taken from the menu's figures (quantities, portions,
// ingredients, liquid or solid) so staff mostly confirm: the form fills itself with it at the
// times of now, and the demo seed records it at the times a kitchen keeps.
import { sampleRules, type CheckResult, type CheckRowView } from './food-safety';

/** When each step happened (times of day "HH:mm"; the sample's instants as ISO strings). */
export type ResultTimes = {
  receivedAt: string;
  prepEndAt: string;
  cookEndAt: string;
  portionEndAt: string;
  servingStartAt: string;
  takenAt: string;
  discardedAt: string | null;
};

/** What only the kitchen knows (the supplier's papers, the sample's box and weight). */
export type ResultDetails = {
  supplier: string;
  supplierContact: string;
  invoice: string;
  certificates: string;
  container: string;
  /** Grams (solid) or millilitres (liquid) above the Decision's minimum. */
  sampleMargin: number;
};

const noDetails: ResultDetails = {
  supplier: '',
  supplierContact: '',
  invoice: '',
  certificates: '',
  container: 'Hộp inox có nắp',
  sampleMargin: 0,
};

export function defaultResult(
  row: CheckRowView,
  t: ResultTimes,
  details: Partial<ResultDetails> = {},
): CheckResult {
  const d = { ...noDetails, ...details };
  const portions = row.planned.portions ?? 0;
  switch (row.kind) {
    case 'receipt':
      return {
        receivedAt: t.receivedAt,
        quantityKg: row.planned.quantityKg ?? 0,
        supplier: d.supplier,
        supplierContact: d.supplierContact,
        invoice: d.invoice,
        certificates: d.certificates,
        sensory: 'pass',
        rapidTest: 'not_done',
        action: '',
      };
    case 'preparation':
      return {
        ingredients: row.planned.ingredients,
        portions,
        prepEndAt: t.prepEndAt,
        cookEndAt: t.cookEndAt,
        hygieneStaff: 'pass',
        hygieneTools: 'pass',
        hygieneArea: 'pass',
        sensory: 'pass',
        action: '',
      };
    case 'serving':
      return {
        portions,
        portionEndAt: t.portionEndAt,
        servingStartAt: t.servingStartAt,
        utensils: 'pass',
        sensory: 'pass',
        action: '',
      };
    case 'sample':
      return {
        amount:
          (row.planned.liquid ? sampleRules.minMillilitres : sampleRules.minGrams) + d.sampleMargin,
        unit: row.planned.liquid ? 'ml' : 'g',
        container: d.container,
        temperatureC: 4,
        takenAt: t.takenAt,
        discardedAt: t.discardedAt,
        held: false,
        holdReason: '',
      };
  }
}
