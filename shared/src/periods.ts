// Period keys for collections that grow without end (audit trail, care notes, logs). A document
// carries the hour, day and month it belongs to, in centre time, as top-level strings:
// `2026-11-22T07`, `2026-11-22`, `2026-11`. Lists read one period at a time by equality, walking
// back from the newest, because the embedded engine answers equality from an index but scans
// the whole collection for a range. Keys sort as text in time order.
import { z } from 'zod';
import { centreHour } from './dates';

export type Period = 'hour' | 'day' | 'month' | 'year';
export type PeriodKeys = { hour: string; day: string; month: string; year: string };

const patterns: Record<Period, RegExp> = {
  hour: /^(\d{4})-(\d{2})-(\d{2})T(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

/** A calendar day `yyyy-MM-dd` that exists (no 30 February). */
export const isoDaySchema = z
  .string()
  .regex(patterns.day)
  .refine((day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'invalid_date');

/** The keys of an instant: one local hour (the same as `centreDay` reads) and its prefixes. */
export function periodKeys(at: Date): PeriodKeys {
  const hour = centreHour(at);
  return { hour, day: hour.slice(0, 10), month: hour.slice(0, 7), year: hour.slice(0, 4) };
}

const grainByLength: Record<number, Period> = { 13: 'hour', 10: 'day', 7: 'month', 4: 'year' };

/** Which period a key names, or null for text that is not a key. */
export function grainOf(key: string): Period | null {
  const grain = grainByLength[key.length];
  return grain && patterns[grain].test(key) ? grain : null;
}

const centreOffsetMs = 7 * 3_600_000;

/** The instant a period starts (centre time, UTC+7 all year). */
export function periodStart(key: string): number {
  const grain = grainOf(key);
  if (!grain) throw new Error(`not a period key: ${key}`);
  const [, y, mo = '1', d = '1', h = '0'] = patterns[grain].exec(key)!;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h)) - centreOffsetMs;
}

/** The key of the `grain` period holding an instant (ms). */
export function keyAt(ms: number, grain: Period): string {
  return periodKeys(new Date(ms))[grain];
}
