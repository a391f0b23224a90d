import {
  firstDayOf,
  grainOf,
  isoDaySchema,
  keyAt,
  periodKeys,
  periodOfDay,
  periodStart,
  previousPeriod,
} from './periods';

describe('period keys', () => {
  it('labels an instant in centre time (UTC+7)', () => {
    expect(periodKeys(new Date('2026-02-28T17:30:00Z'))).toEqual({
      hour: '2026-03-01T00',
      day: '2026-03-01',
      month: '2026-03',
      year: '2026',
    });
  });

  it('steps back across day, month, year and leap-day edges', () => {
    expect(previousPeriod('2026-03-01T00', 'hour')).toBe('2026-02-28T23');
    expect(previousPeriod('2024-03-01', 'day')).toBe('2024-02-29');
    expect(previousPeriod('2026-01', 'month')).toBe('2025-12');
    expect(previousPeriod('2026', 'year')).toBe('2025');
    expect(previousPeriod('2026-03-31', 'day')).toBe('2026-03-30');
  });

  it('keeps text order equal to time order', () => {
    const keys = ['2026-11-22T07', '2026-11-22T10', '2026-11-23T00'];
    expect([...keys].sort()).toEqual(keys);
  });

  it('bounds a day for each period', () => {
    expect(periodOfDay('2026-11-22', 'hour', 'end')).toBe('2026-11-22T23');
    expect(periodOfDay('2026-11-22', 'hour', 'start')).toBe('2026-11-22T00');
    expect(periodOfDay('2026-11-22', 'month', 'end')).toBe('2026-11');
    expect(firstDayOf('2026-11')).toBe('2026-11-01');
    expect(firstDayOf('2026-11-22T07')).toBe('2026-11-22');
  });

  it('refuses impossible days', () => {
    expect(isoDaySchema.safeParse('2026-02-30').success).toBe(false);
    expect(isoDaySchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDaySchema.safeParse('2026-13-01').success).toBe(false);
  });

  it('refuses a key of the wrong shape', () => {
    expect(() => previousPeriod('2026-11', 'day')).toThrow(/not a day key/);
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
