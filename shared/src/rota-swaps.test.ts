import { addedViolations, swapCreateSchema } from './rota-swaps';

const v = (rule: string, staffId: string, day: string) => ({ rule, staffId, day });

describe('addedViolations', () => {
  it('keeps only what the change adds, counting repeats of the same violation', () => {
    const before = [v('short_rest', 'a', '2027-01-02'), v('coverage_min', '', '2027-01-03')];
    const after = [
      v('short_rest', 'a', '2027-01-02'),
      v('short_rest', 'a', '2027-01-02'),
      v('coverage_min', '', '2027-01-03'),
      v('on_leave', 'b', '2027-01-04'),
    ];
    expect(addedViolations(before, after)).toEqual([
      v('short_rest', 'a', '2027-01-02'),
      v('on_leave', 'b', '2027-01-04'),
    ]);
  });

  it('counts a violation the change makes worse, not one it eases', () => {
    const day = (hours: number) => ({ ...v('daily_hours', 'a', '2027-01-02'), detail: { hours } });
    const cover = (count: number) => ({
      ...v('coverage_min', '', '2027-01-03'),
      detail: { count, min: 2 },
    });
    expect(addedViolations([day(10)], [day(16)])).toEqual([day(16)]);
    expect(addedViolations([day(16)], [day(10)])).toEqual([]);
    expect(addedViolations([cover(1)], [cover(0)])).toEqual([cover(0)]);
    expect(addedViolations([cover(0)], [cover(1)])).toEqual([]);
    const rest = (hours: number) => ({ ...v('short_rest', 'a', '2027-01-02'), detail: { hours } });
    expect(addedViolations([rest(10)], [rest(8)])).toEqual([rest(8)]);
  });

  it('adds nothing when a change only removes problems', () => {
    expect(addedViolations([v('weekly_rest', 'a', '2027-01-04')], [])).toEqual([]);
  });
});

describe('swapCreateSchema', () => {
  const id = 'a'.repeat(24);
  it('asks a swap for the colleague’s shift and refuses one on a cover offer', () => {
    expect(swapCreateSchema.safeParse({ kind: 'swap', entryId: id }).success).toBe(false);
    expect(
      swapCreateSchema.safeParse({ kind: 'cover', entryId: id, targetEntryId: id }).success,
    ).toBe(false);
    expect(swapCreateSchema.parse({ kind: 'cover', entryId: id })).toEqual({
      kind: 'cover',
      entryId: id,
      note: '',
    });
  });
});
