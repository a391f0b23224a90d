import { checkEditSchema, type SampleResult } from './food-safety';
import {
  earliestDiscard,
  foodSafetyFlags,
  sampleProblem,
  type FlagInput,
} from './food-safety-rules';

const sample = (over: Partial<SampleResult> = {}): SampleResult => ({
  amount: 120,
  unit: 'g',
  container: 'Hộp inox có nắp',
  temperatureC: 4,
  takenAt: '2026-11-27T10:30:00+07:00',
  discardedAt: null,
  held: false,
  holdReason: '',
  ...over,
});

describe('sampleProblem', () => {
  it('accepts 100 g of a solid and 150 ml of a liquid kept at 2–8 °C', () => {
    expect(sampleProblem(sample({ amount: 100 }), null)).toBeNull();
    expect(sampleProblem(sample({ amount: 150, unit: 'ml' }), null)).toBeNull();
    expect(sampleProblem(sample({ temperatureC: 2 }), null)).toBeNull();
    expect(sampleProblem(sample({ temperatureC: 8 }), null)).toBeNull();
  });

  it('refuses a sample under the minimum of its kind', () => {
    expect(sampleProblem(sample({ amount: 99 }), null)?.code).toBe('sample_too_small');
    expect(sampleProblem(sample({ amount: 149, unit: 'ml' }), null)?.code).toBe('sample_too_small');
  });

  it('refuses a storage temperature outside 2–8 °C', () => {
    expect(sampleProblem(sample({ temperatureC: 1.9 }), null)?.code).toBe('sample_temperature');
    expect(sampleProblem(sample({ temperatureC: 8.5 }), null)?.code).toBe('sample_temperature');
  });

  it('refuses a discard before 24 hours and accepts one at 24 hours', () => {
    expect(sampleProblem(sample({ discardedAt: '2026-11-28T10:29:00+07:00' }), null)?.code).toBe(
      'sample_discard_too_early',
    );
    expect(sampleProblem(sample({ discardedAt: '2026-11-28T03:30:00Z' }), null)).toBeNull();
    expect(earliestDiscard('2026-11-27T10:30:00+07:00')).toBe('2026-11-28T03:30:00.000Z');
  });

  it('refuses discarding a held sample and asks a reason to set or release a hold', () => {
    expect(
      sampleProblem(
        sample({ held: true, holdReason: 'Nghi ngộ độc', discardedAt: '2026-11-29T10:00:00Z' }),
        { held: true },
      )?.code,
    ).toBe('sample_held');
    expect(sampleProblem(sample({ held: true }), { held: false })?.code).toBe(
      'hold_reason_required',
    );
    expect(sampleProblem(sample({ held: false }), { held: true })?.code).toBe(
      'hold_reason_required',
    );
    expect(
      sampleProblem(sample({ held: false, holdReason: 'Đã loại trừ' }), { held: true }),
    ).toBeNull();
  });
});

describe('check edits', () => {
  it('refuses cooking that ends before preparation and serving before portioning', () => {
    const prep = checkEditSchema.safeParse({
      kind: 'preparation',
      version: 1,
      result: {
        ingredients: '',
        portions: 10,
        prepEndAt: '09:00',
        cookEndAt: '08:00',
        hygieneStaff: 'pass',
        hygieneTools: 'pass',
        hygieneArea: 'pass',
        sensory: 'pass',
        action: '',
      },
    });
    expect(prep.success).toBe(false);
    expect(prep.error?.issues[0]?.path).toEqual(['result', 'cookEndAt']);
  });
});

describe('foodSafetyFlags', () => {
  const base: FlagInput = {
    day: '2026-11-27',
    today: '2026-11-27',
    now: '11:00',
    menuState: 'locked',
    generated: true,
    rows: [],
  };

  it('flags an approved day whose logs were never made, not a draft or a future day', () => {
    expect(foodSafetyFlags({ ...base, generated: false })).toEqual([
      { kind: 'not_generated', step: null, meal: null, count: 0, late: true },
    ]);
    expect(foodSafetyFlags({ ...base, generated: false, menuState: 'draft' })).toEqual([]);
    expect(foodSafetyFlags({ ...base, generated: false, day: '2026-11-28' })).toEqual([]);
  });

  it('flags open steps and missing samples per meal, late once the meal is served', () => {
    const flags = foodSafetyFlags({
      ...base,
      rows: [
        { kind: 'receipt', meal: null, done: false },
        { kind: 'receipt', meal: null, done: true },
        { kind: 'serving', meal: 'lunch', done: false },
        { kind: 'serving', meal: 'lunch', done: false },
        { kind: 'preparation', meal: 'lunch', done: true },
        { kind: 'sample', meal: 'lunch', done: false },
        { kind: 'serving', meal: 'dinner', done: false },
      ],
    });
    expect(flags).toEqual([
      { kind: 'step_open', step: 'receipt', meal: null, count: 1, late: true },
      { kind: 'step_open', step: 'serving', meal: 'lunch', count: 2, late: true },
      { kind: 'sample_missing', step: 'sample', meal: 'lunch', count: 1, late: true },
      { kind: 'step_open', step: 'serving', meal: 'dinner', count: 1, late: false },
    ]);
  });

  it('has nothing to say of a day whose rows are all done', () => {
    expect(
      foodSafetyFlags({
        ...base,
        rows: [
          { kind: 'receipt', meal: null, done: true },
          { kind: 'sample', meal: 'lunch', done: true, sample: sample() },
        ],
      }),
    ).toEqual([]);
  });

  it('flags early discards and held samples', () => {
    const flags = foodSafetyFlags({
      ...base,
      rows: [
        {
          kind: 'sample',
          meal: 'lunch',
          done: true,
          sample: sample({ discardedAt: '2026-11-27T20:00:00+07:00' }),
        },
        { kind: 'sample', meal: 'dinner', done: true, sample: sample({ held: true }) },
      ],
    });
    expect(flags).toEqual([
      { kind: 'early_discard', step: 'sample', meal: 'lunch', count: 1, late: true },
      { kind: 'sample_held', step: 'sample', meal: 'dinner', count: 1, late: false },
    ]);
  });

  it('counts every step of a past day as late', () => {
    const flags = foodSafetyFlags({
      ...base,
      today: '2026-11-28',
      now: '05:00',
      rows: [{ kind: 'sample', meal: 'late_snack', done: false }],
    });
    expect(flags[0]?.late).toBe(true);
  });
});
