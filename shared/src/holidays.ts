// Vietnam's public holidays (Labour Code 2019 Art. 112) for a year, the lunar ones (Tết, Hùng
// Kings' day) converted with lunar-javascript. They prefill the centre's holiday list, which
// managers then edit (the Prime Minister fixes the exact Tết and National Day days each year).
// The package ships no types; every workspace that compiles this file needs the declaration.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./types/lunar-javascript.d.ts" />
import { Lunar } from 'lunar-javascript';

export type PublicHoliday = { day: string; name: string; lunar: boolean };

/**
 * The holidays of a Gregorian year: New Year's Day, five days of Tết (the last day of the old
 * lunar year and the first four of the new), Hùng Kings' day (10th of the 3rd lunar month),
 * Reunification Day, Labour Day, and National Day with the day after it.
 * lunar-javascript follows the Chinese calendar (UTC+8); Vietnam's (UTC+7) differs in the rare
 * years when a new moon falls in the hour between the two midnights (Tết 2007 was one): the
 * prefilled list is editable for that reason too.
 */
export function publicHolidays(year: number): PublicHoliday[] {
  const newYear = Lunar.fromYmd(year, 1, 1).getSolar();
  const tet = [-1, 0, 1, 2, 3].map((n, i) => ({
    day: newYear.next(n).toYmd(),
    name: i === 0 ? 'Tết Nguyên đán (30 Tết)' : `Tết Nguyên đán (mùng ${i})`,
    lunar: true,
  }));
  return [
    { day: `${year}-01-01`, name: 'Tết Dương lịch', lunar: false },
    ...tet,
    { day: Lunar.fromYmd(year, 3, 10).getSolar().toYmd(), name: 'Giỗ Tổ Hùng Vương', lunar: true },
    { day: `${year}-04-30`, name: 'Ngày Chiến thắng', lunar: false },
    { day: `${year}-05-01`, name: 'Ngày Quốc tế Lao động', lunar: false },
    { day: `${year}-09-02`, name: 'Quốc khánh', lunar: false },
    { day: `${year}-09-03`, name: 'Quốc khánh (ngày liền kề)', lunar: false },
  ]
    .filter((h) => h.day.startsWith(String(year)))
    .sort((a, b) => (a.day < b.day ? -1 : 1));
}
