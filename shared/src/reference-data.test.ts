// The shipped reference tables match values printed in the original publications.
import { readFileSync } from 'node:fs';
import path from 'node:path';

function rows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.join(__dirname, '..', 'data', file), 'utf8')
    .trim()
    .split('\n');
  const split = (line: string) =>
    line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
  const keys = split(header!);
  return lines.map((l) => Object.fromEntries(split(l).map((v, i) => [keys[i], v])));
}

describe('Vietnamese food composition table 2007', () => {
  const foods = rows('vn-food-composition-2007.csv');
  const byCode = (code: string) => foods.find((f) => f.code === code)!;

  it('has the 526 foods of the table', () => expect(foods).toHaveLength(526));

  it('matches printed values for lean pork, hen egg and tofu', () => {
    expect(byCode('7017')).toMatchObject({ energy_kcal: '139.0', protein_g: '19.0', fat_g: '7.0' });
    expect(byCode('9001')).toMatchObject({
      energy_kcal: '166.0',
      protein_g: '14.8',
      fat_g: '11.6',
      carbohydrate_g: '0.5',
    });
    expect(byCode('3025')?.energy_kcal).toBe('95.0');
  });
});

describe('WHO growth LMS table', () => {
  const lms = rows('who-growth-lms.csv');

  it('holds both references and both sexes', () => {
    expect(new Set(lms.map((r) => r.reference))).toEqual(new Set(['who2006', 'who2007']));
    expect(new Set(lms.map((r) => r.sex))).toEqual(new Set(['M', 'F']));
  });

  it('gives the WHO 2006 median weight of a boy at birth as 3.3464 kg', () => {
    const row = lms.find(
      (r) =>
        r.reference === 'who2006' &&
        r.indicator === 'weight_for_age' &&
        r.sex === 'M' &&
        r.x === '0',
    );
    expect(Number(row?.M)).toBeCloseTo(3.3464, 4);
  });
});
