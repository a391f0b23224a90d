// Pure rules of the food-safety logs: the sample checks (amount, temperature, 24 h, hold) and the
// flags of a day's logs (steps still open or missed, missing samples, early discards).
import type { Meal } from './nutrition';
import { meals } from './nutrition';
import { sampleRules, type CheckKind, type Flag, type SampleResult, steps } from './food-safety';

/** When each meal is served (centre time): steps 2 and 3 and the sample are due by then. */
export const servingTimes: Record<Meal, string> = {
  breakfast: '06:30',
  lunch: '10:30',
  afternoon_snack: '14:30',
  dinner: '17:00',
  late_snack: '20:00',
};
/** Foods are received and checked before the first cooking of the day. */
export const receiptDueTime = '06:00';

export type SampleProblem =
  | { code: 'sample_too_small'; field: 'amount' }
  | { code: 'sample_temperature'; field: 'temperatureC' }
  | { code: 'sample_discard_too_early'; field: 'discardedAt' }
  | { code: 'sample_held'; field: 'discardedAt' }
  | { code: 'hold_reason_required'; field: 'holdReason' };

const hourMs = 3_600_000;

/** The earliest instant a sample taken at `takenAt` may be discarded. */
export const earliestDiscard = (takenAt: string) =>
  new Date(Date.parse(takenAt) + sampleRules.keepHours * hourMs).toISOString();

/** The first problem of a sample record (`before`: the stored one, to see a hold change). */
export function sampleProblem(
  sample: SampleResult,
  before: Pick<SampleResult, 'held'> | null,
): SampleProblem | null {
  const min = sample.unit === 'ml' ? sampleRules.minMillilitres : sampleRules.minGrams;
  if (sample.amount < min) return { code: 'sample_too_small', field: 'amount' };
  if (
    sample.temperatureC < sampleRules.minTemperatureC ||
    sample.temperatureC > sampleRules.maxTemperatureC
  )
    return { code: 'sample_temperature', field: 'temperatureC' };
  if ((before?.held ?? false) !== sample.held && !sample.holdReason.trim())
    return { code: 'hold_reason_required', field: 'holdReason' };
  if (sample.discardedAt) {
    if (sample.held) return { code: 'sample_held', field: 'discardedAt' };
    if (Date.parse(sample.discardedAt) < Date.parse(earliestDiscard(sample.takenAt)))
      return { code: 'sample_discard_too_early', field: 'discardedAt' };
  }
  return null;
}

export type FlagRow = {
  kind: CheckKind;
  meal: Meal | null;
  /** Recorded (confirmed) or not. */
  done: boolean;
  sample?: Pick<SampleResult, 'takenAt' | 'discardedAt' | 'held'> | null;
};

export type FlagInput = {
  day: string;
  /** The centre's day and time now (`yyyy-MM-dd`, `HH:mm`). */
  today: string;
  now: string;
  menuState: 'draft' | 'approved' | 'locked';
  generated: boolean;
  rows: readonly FlagRow[];
};

const isPast = (input: FlagInput, due: string) =>
  input.day < input.today || (input.day === input.today && input.now >= due);

/**
 * What is still open in a day's logs, in the order of the day: receipts first, then each meal's
 * steps and samples; `late` once the time it was due by has passed. A day whose menu is approved
 * but whose logs were never made is one flag. Held samples are reported while held.
 */
export function foodSafetyFlags(input: FlagInput): Flag[] {
  if (!input.generated)
    return input.menuState !== 'draft' && input.day <= input.today
      ? [
          {
            kind: 'not_generated',
            step: null,
            meal: null,
            count: 0,
            late: isPast(input, receiptDueTime),
          },
        ]
      : [];
  const flags: Flag[] = [];
  const open = (kind: CheckKind, meal: Meal | null) =>
    input.rows.filter((r) => r.kind === kind && r.meal === meal && !r.done).length;
  const receipts = open('receipt', null);
  if (receipts)
    flags.push({
      kind: 'step_open',
      step: 'receipt',
      meal: null,
      count: receipts,
      late: isPast(input, receiptDueTime),
    });
  for (const meal of meals) {
    const late = isPast(input, servingTimes[meal]);
    for (const step of steps.slice(1)) {
      const count = open(step, meal);
      if (count) flags.push({ kind: 'step_open', step, meal, count, late });
    }
    const samples = open('sample', meal);
    if (samples) flags.push({ kind: 'sample_missing', step: 'sample', meal, count: samples, late });
    const taken = input.rows.filter((r) => r.kind === 'sample' && r.meal === meal && r.sample);
    const early = taken.filter(
      (r) =>
        r.sample!.discardedAt &&
        Date.parse(r.sample!.discardedAt) < Date.parse(earliestDiscard(r.sample!.takenAt)),
    ).length;
    if (early)
      flags.push({ kind: 'early_discard', step: 'sample', meal, count: early, late: true });
    const held = taken.filter((r) => r.sample!.held).length;
    if (held) flags.push({ kind: 'sample_held', step: 'sample', meal, count: held, late: false });
  }
  return flags;
}
