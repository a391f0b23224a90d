import { centreDay } from './dates';
import { grainOf, isoDaySchema, keyAt, periodKeys, periodStart } from './periods';

describe('period keys', () => {
  it('labels an instant in centre time (UTC+7)', () => {
    expect(periodKeys(new Date('2026-02-28T17:30:00Z'))).toEqual({
      hour: '2026-03-01T00',
      day: '2026-03-01',
      month: '2026-03',
      year: '2026',
    });
  });

  it('gives the same day as centreDay, on both sides of centre midnight', () => {
    for (const at of ['2026-02-28T16:59:59Z', '2026-02-28T17:00:00Z', '2026-12-31T17:00:00Z']) {
      expect(periodKeys(new Date(at)).day).toBe(centreDay(new Date(at)));
    }
    expect(periodKeys(new Date('2026-12-31T17:00:00Z')).year).toBe('2027');
  });

  it('keeps text order equal to time order', () => {
    const keys = ['2026-11-22T07', '2026-11-22T10', '2026-11-23T00'];
    expect([...keys].sort()).toEqual(keys);
  });

  it('refuses impossible days', () => {
    expect(isoDaySchema.safeParse('2026-02-30').success).toBe(false);
    expect(isoDaySchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDaySchema.safeParse('2026-13-01').success).toBe(false);
  });
});

describe('period instants', () => {
  it('starts each period at centre midnight or the hour', () => {
    expect(new Date(periodStart('2026-03-01')).toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(new Date(periodStart('2026-03')).toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(new Date(periodStart('2026-03-01T07')).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(keyAt(periodStart('2026-03-01') - 1, 'month')).toBe('2026-02');
    expect(grainOf('2026-03-01T07')).toBe('hour');
    expect(new Date(periodStart('2026')).toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(grainOf('2026-3-01')).toBeNull();
  });
});
