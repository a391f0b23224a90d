// A new record's values are what the shared schemas accept, and follow the menu's figures.
import { checkKinds, resultSchemas, sampleRules, type CheckRowView } from './food-safety';
import { defaultResult } from './food-safety-defaults';

const row = (kind: CheckRowView['kind'], liquid = false): CheckRowView => ({
  id: 'r1',
  kind,
  meal: kind === 'receipt' ? null : 'lunch',
  refId: 'f1',
  name: 'Canh bí đỏ',
  planned: { quantityKg: 12.5, portions: 84, ingredients: 'Bí đỏ, thịt lợn', liquid },
  result: null,
  checkedBy: null,
  checkedAt: null,
  takenBy: null,
  discardedBy: null,
  version: 0,
});

const times = {
  receivedAt: '05:15',
  prepEndAt: '09:00',
  cookEndAt: '10:20',
  portionEndAt: '10:50',
  servingStartAt: '11:00',
  takenAt: '2026-11-27T11:00:00+07:00',
  discardedAt: null,
};

describe('defaultResult', () => {
  it.each(checkKinds)('gives a %s record the schema accepts as it is', (kind) => {
    const result = defaultResult(row(kind), times, { supplier: 'HTX Tân Phú' });
    expect(resultSchemas[kind].safeParse(result).success).toBe(true);
  });

  it('takes quantities, portions and ingredients from the menu', () => {
    expect(defaultResult(row('receipt'), times)).toMatchObject({ quantityKg: 12.5 });
    expect(defaultResult(row('preparation'), times)).toMatchObject({
      portions: 84,
      ingredients: 'Bí đỏ, thịt lợn',
    });
  });

  it('keeps at least the minimum sample, in ml for a liquid and g for a solid', () => {
    expect(defaultResult(row('sample', true), times)).toMatchObject({
      amount: sampleRules.minMillilitres,
      unit: 'ml',
    });
    expect(defaultResult(row('sample'), times, { sampleMargin: 10 })).toMatchObject({
      amount: sampleRules.minGrams + 10,
      unit: 'g',
    });
  });
});
