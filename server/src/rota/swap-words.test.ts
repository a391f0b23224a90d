// The API's violation sentences read word for word like the planner's (the client's rota catalogue).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { languages } from '@care/shared/language';
import { swapWords, violationSentence } from './swap-words';

const clientRota = (language: string) =>
  (
    JSON.parse(
      readFileSync(
        path.join(__dirname, `../../../client/src/features/rota/i18n/${language}.json`),
        'utf8',
      ),
    ) as { rota: Record<string, Record<string, string>> }
  ).rota;

describe('violation words', () => {
  it.each(languages)('match the client’s rota catalogue in %s', (lang) => {
    const client = clientRota(lang);
    for (const group of Object.keys(swapWords[lang]) as (keyof (typeof swapWords)['vi'])[])
      expect({ group, words: swapWords[lang][group] }).toEqual({ group, words: client[group] });
  });

  it('names the person, the day, the rule and its figures', () => {
    const names = new Map([['s1', 'Nguyễn Thị Lan']]);
    const sentence = violationSentence(
      'vi',
      {
        rule: 'short_rest',
        severity: 'error',
        staffId: 's1',
        day: '2027-03-05',
        detail: { hours: 8, min: 12 },
      },
      names,
      () => 'Ca sáng',
    );
    expect(sentence).toBe(
      'Nguyễn Thị Lan, 05/03, Nghỉ giữa ca không đủ: Chỉ nghỉ 8 giờ trước ca này (tối thiểu 12 giờ).',
    );
  });
});
