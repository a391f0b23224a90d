import {
  checkInFlags,
  checkInProblem,
  checkOutProblem,
  checkOutSchema,
  coversNow,
  lateMinutes,
} from './duty';

const at = (iso: string) => Date.parse(iso);
// A night shift 22:00–06:00 (centre time) starting on 31 December: it belongs to that day.
const night = { start: at('2026-12-31T22:00:00+07:00'), end: at('2027-01-01T06:00:00+07:00') };

describe('lateMinutes', () => {
  it('is 0 within the grace period and the whole delay after it', () => {
    expect(lateMinutes(night.start, night.start + 15 * 60_000, 15)).toBe(0);
    expect(lateMinutes(night.start, night.start + 16 * 60_000, 15)).toBe(16);
    expect(lateMinutes(night.start, night.start - 30 * 60_000, 15)).toBe(0);
  });
});

describe('checkInProblem', () => {
  const now = at('2026-12-31T23:00:00+07:00');
  it('accepts a check-in from two hours early until the shift ends, across midnight', () => {
    expect(checkInProblem(night, at('2026-12-31T20:00:00+07:00'), now)).toBeNull();
    expect(
      checkInProblem(night, at('2027-01-01T05:59:00+07:00'), at('2027-01-01T06:00:00+07:00')),
    ).toBeNull();
  });
  it('refuses too early, after the end and a time in the future', () => {
    expect(checkInProblem(night, at('2026-12-31T19:59:00+07:00'), now)).toBe('too_early');
    expect(checkInProblem(night, night.end, night.end + 60_000)).toBe('shift_over');
    expect(checkInProblem(night, now + 10 * 60_000, now)).toBe('future_time');
  });
});

describe('checkOutProblem', () => {
  it('refuses a check-out at or before the check-in, or in the future', () => {
    const inAt = at('2026-12-31T22:05:00+07:00');
    expect(checkOutProblem(inAt, inAt, inAt + 3_600_000)).toBe('before_start');
    expect(checkOutProblem(inAt, inAt - 60_000, inAt + 3_600_000)).toBe('before_start');
    expect(checkOutProblem(inAt, inAt + 7_200_000, inAt + 3_600_000)).toBe('future_time');
    expect(checkOutProblem(inAt, night.end, night.end + 60_000)).toBeNull();
  });
  it('asks for a version; an override needs its reason', () => {
    expect(checkOutSchema.safeParse({}).success).toBe(false);
    expect(checkOutSchema.safeParse({ version: 0, override: '' }).success).toBe(false);
    expect(checkOutSchema.safeParse({ version: 0, override: 'Ốm đột xuất' }).success).toBe(true);
  });
});

describe('coversNow', () => {
  it('covers a night shift after midnight, not at its end', () => {
    expect(coversNow(night, at('2027-01-01T03:00:00+07:00'))).toBe(true);
    expect(coversNow(night, night.end)).toBe(false);
    expect(coversNow(night, night.start - 10 * 60_000)).toBe(false);
    expect(coversNow(night, night.start - 10 * 60_000, 30)).toBe(true);
  });
});

describe('checkInFlags', () => {
  const entry = (id: string, start: number) => ({
    id,
    staffId: `s${id}`,
    unitId: 'u',
    templateId: 't',
    day: '2026-12-31',
    start,
    end: start + 8 * 3_600_000,
  });
  it('flags a late check-in and a missing one once the grace period has passed', () => {
    const entries = [entry('1', night.start), entry('2', night.start), entry('3', night.start)];
    const attendances = [
      { entryId: '1', staffId: 's1', checkInAt: night.start + 40 * 60_000 },
      { entryId: '2', staffId: 's2', checkInAt: night.start + 5 * 60_000 },
    ];
    const flags = checkInFlags(entries, attendances, night.start + 60 * 60_000, 15);
    expect(flags).toEqual([
      expect.objectContaining({ kind: 'late', staffId: 's1', minutes: 40, day: '2026-12-31' }),
      expect.objectContaining({ kind: 'missing', staffId: 's3', minutes: 60 }),
    ]);
  });
  it('does not flag a missing check-in within the grace period', () => {
    expect(checkInFlags([entry('1', night.start)], [], night.start + 10 * 60_000, 15)).toEqual([]);
  });
});
