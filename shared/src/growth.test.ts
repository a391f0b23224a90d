// The growth z-scores agree with WHO's published tables (WHO Child Growth Standards 2006 z-score
// tables by month; WHO Growth Reference 2007 tables) and follow WHO Anthro's rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ageInDays,
  classifyGrowth,
  daysPerMonth,
  growthZScores,
  lmsAt,
  lmsValue,
  lmsZ,
  parseGrowthTable,
  referenceCurve,
  restrictedZ,
  type GrowthTable,
  type Indicator,
  type Sex,
} from './growth';

const table: GrowthTable = parseGrowthTable(
  readFileSync(path.join(__dirname, '..', 'data', 'who-growth-lms.csv'), 'utf8'),
);
const rows = (reference: string, indicator: Indicator, sex: 'M' | 'F') =>
  table.get(`${reference}/${indicator}/${sex}`);
const sds = [-3, -2, -1, 0, 1, 2, 3];

describe('the WHO LMS table', () => {
  it('holds every indicator the product uses, for both sexes', () => {
    expect(rows('who2006', 'weight_for_age', 'M')).toHaveLength(1857);
    expect(rows('who2006', 'weight_for_length', 'F')).toHaveLength(651);
    expect(rows('who2006', 'weight_for_height', 'F')).toHaveLength(551);
    expect(rows('who2007', 'bmi_for_age', 'M')).toHaveLength(168);
    expect(rows('who2007', 'weight_for_age', 'F')).toHaveLength(60);
  });

  it('gives the median weight of boys at birth as 3.3464 kg (the M column)', () => {
    expect(lmsAt(rows('who2006', 'weight_for_age', 'M'), 0)?.m).toBe(3.3464);
  });

  it('gives the monthly table median of girls at 12 months, 8.9481 kg, between days 365 and 366', () => {
    // WHO's monthly tables are its daily ones read at 30.4375 days a month: 12 months = day 365.25.
    expect(lmsAt(rows('who2006', 'weight_for_age', 'F'), 12 * daysPerMonth)?.m).toBeCloseTo(
      8.9481,
      3,
    );
  });

  it('interpolates linearly between rows and answers null outside the table', () => {
    const wfl = rows('who2006', 'weight_for_length', 'M');
    const [a, b, mid] = [lmsAt(wfl, 80), lmsAt(wfl, 80.1), lmsAt(wfl, 80.05)];
    expect(mid!.m).toBeCloseTo((a!.m + b!.m) / 2, 10);
    expect(mid!.s).toBeCloseTo((a!.s + b!.s) / 2, 10);
    expect(lmsAt(wfl, 44.9)).toBeNull();
    expect(lmsAt(wfl, 110.1)).toBeNull();
  });
});

// Published SD values, WHO z-score tables (kg or cm, one decimal): −3, −2, −1, 0, +1, +2, +3 SD.
// prettier-ignore
const published: [string, Sex, Indicator, 'who2006' | 'who2007', number, number[]][] = [
  ['weight-for-age, boys, birth', 'male', 'weight_for_age', 'who2006', 0, [2.1, 2.5, 2.9, 3.3, 3.9, 4.4, 5.0]],
  ['weight-for-age, girls, birth', 'female', 'weight_for_age', 'who2006', 0, [2.0, 2.4, 2.8, 3.2, 3.7, 4.2, 4.8]],
  ['weight-for-age, boys, 12 months', 'male', 'weight_for_age', 'who2006', 12, [6.9, 7.7, 8.6, 9.6, 10.8, 12.0, 13.3]],
  ['weight-for-age, girls, 12 months', 'female', 'weight_for_age', 'who2006', 12, [6.3, 7.0, 7.9, 8.9, 10.1, 11.5, 13.1]],
  ['weight-for-age, boys, 24 months', 'male', 'weight_for_age', 'who2006', 24, [8.6, 9.7, 10.8, 12.2, 13.6, 15.3, 17.1]],
  ['weight-for-age, boys, 60 months', 'male', 'weight_for_age', 'who2006', 60, [12.4, 14.1, 16.0, 18.3, 21.0, 24.2, 27.9]],
  ['length-for-age, boys, birth', 'male', 'length_height_for_age', 'who2006', 0, [44.2, 46.1, 48.0, 49.9, 51.8, 53.7, 55.6]],
  ['length-for-age, girls, birth', 'female', 'length_height_for_age', 'who2006', 0, [43.6, 45.4, 47.3, 49.1, 51.0, 52.9, 54.7]],
  ['height-for-age, boys, 60 months', 'male', 'length_height_for_age', 'who2006', 60, [96.1, 100.7, 105.3, 110.0, 114.6, 119.2, 123.9]],
  ['BMI-for-age, boys, 10 years', 'male', 'bmi_for_age', 'who2007', 120, [12.8, 13.7, 14.9, 16.4, 18.5, 21.4, 26.1]],
  ['height-for-age, boys, 10 years', 'male', 'length_height_for_age', 'who2007', 120, [118.7, 125.0, 131.4, 137.8, 144.2, 150.5, 156.9]],
];

describe.each(published)('%s', (_name, sex, indicator, reference, month, values) => {
  const lms = lmsAt(
    rows(reference, indicator, sex === 'male' ? 'M' : 'F'),
    reference === 'who2006' ? month * daysPerMonth : month,
  )!;

  it('gives the published SD values from the LMS formula', () => {
    expect(sds.map((z) => Math.round(lmsValue(z, lms) * 10) / 10)).toEqual(values);
  });

  it('gives z ≈ −3, −2, −1, 0, 1, 2, 3 for the unrounded SD values', () => {
    const restricted = indicator !== 'length_height_for_age';
    for (const z of sds) {
      const y = lmsValue(z, lms);
      expect(restricted ? restrictedZ(y, lms) : lmsZ(y, lms)).toBeCloseTo(z, 8);
    }
  });
});

describe('growthZScores', () => {
  it('gives z = the SD line for a child measured exactly on it, by age in days', () => {
    const ageDays = 365;
    const wfa = lmsAt(rows('who2006', 'weight_for_age', 'F'), ageDays)!;
    const lfa = lmsAt(rows('who2006', 'length_height_for_age', 'F'), ageDays)!;
    const result = growthZScores(table, {
      sex: 'female',
      ageDays,
      weightKg: lmsValue(-2, wfa),
      heightCm: lmsValue(1, lfa),
      position: 'lying',
    })!;
    expect(result.reference).toBe('who2006');
    expect(result.z.weightForAge).toBeCloseTo(-2, 8);
    expect(result.z.heightForAge).toBeCloseTo(1, 8);
  });

  it('adds 0.7 cm to a standing height under 2 years and takes it off a lying length from 2 years', () => {
    const z = (ageDays: number, heightCm: number, position: 'lying' | 'standing') =>
      growthZScores(table, { sex: 'male', ageDays, heightCm, position })!;
    expect(z(400, 74.3, 'standing').heightCm).toBe(75);
    expect(z(400, 74.3, 'standing').z.heightForAge).toBeCloseTo(
      z(400, 75, 'lying').z.heightForAge!,
      10,
    );
    expect(z(900, 86.7, 'lying').heightCm).toBe(86);
    expect(z(900, 86.7, 'lying').z.heightForAge).toBeCloseTo(
      z(900, 86, 'standing').z.heightForAge!,
      10,
    );
    // Without a position the child is taken as measured the way WHO expects at that age.
    expect(growthZScores(table, { sex: 'male', ageDays: 730, heightCm: 80 })!.heightCm).toBe(80);
  });

  it('uses weight-for-length before 731 days and weight-for-height after, with 0.1 cm interpolation', () => {
    const wfl = lmsAt(rows('who2006', 'weight_for_length', 'M'), 80.05)!;
    const wfh = lmsAt(rows('who2006', 'weight_for_height', 'M'), 80.05)!;
    const at = (ageDays: number, position: 'lying' | 'standing') =>
      growthZScores(table, { sex: 'male', ageDays, weightKg: 10, heightCm: 80.05, position })!;
    expect(at(700, 'lying').z.weightForHeight).toBeCloseTo(restrictedZ(10, wfl), 10);
    expect(at(800, 'standing').z.weightForHeight).toBeCloseTo(restrictedZ(10, wfh), 10);
  });

  it('switches to the WHO 2007 reference by age in months after day 1856', () => {
    const ageDays = Math.round(120 * daysPerMonth);
    const bmi = lmsAt(rows('who2007', 'bmi_for_age', 'M'), ageDays / daysPerMonth)!;
    const hfa = lmsAt(rows('who2007', 'length_height_for_age', 'M'), ageDays / daysPerMonth)!;
    const heightCm = lmsValue(0, hfa);
    const weightKg = lmsValue(-2, bmi) * (heightCm / 100) ** 2;
    const result = growthZScores(table, { sex: 'male', ageDays, weightKg, heightCm })!;
    expect(result.reference).toBe('who2007');
    expect(result.z.bmiForAge).toBeCloseTo(-2, 8);
    expect(result.z.heightForAge).toBeCloseTo(0, 8);
    expect(result.z.weightForHeight).toBeNull();
    expect(growthZScores(table, { sex: 'male', ageDays: 1856, weightKg: 18 })!.reference).toBe(
      'who2006',
    );
    expect(growthZScores(table, { sex: 'male', ageDays: 1857, weightKg: 18 })!.reference).toBe(
      'who2007',
    );
  });

  it('has no weight-for-age after 10 years and nothing after 19 years', () => {
    const at11 = growthZScores(table, { sex: 'female', ageDays: 11 * 365, weightKg: 35 })!;
    expect(at11.z.weightForAge).toBeNull();
    expect(growthZScores(table, { sex: 'female', ageDays: 20 * 365, weightKg: 50 })).toBeNull();
  });
});

describe('the restricted application beyond ±3 SD (SD23)', () => {
  const lms = { l: -0.5, m: 10, s: 0.15 };
  const [sd2, sd3, sdm2, sdm3] = [2, 3, -2, -3].map((z) => lmsValue(z, lms)) as number[];

  it('measures above +3 SD in steps of the distance between +2 and +3 SD', () => {
    const y = sd3! + 0.5 * (sd3! - sd2!);
    expect(restrictedZ(y, lms)).toBeCloseTo(3.5, 10);
    // The plain LMS z of a skewed distribution differs there: that is what the rule corrects.
    expect(Math.abs(lmsZ(y, lms) - 3.5)).toBeGreaterThan(0.05);
  });

  it('measures below −3 SD in steps of the distance between −2 and −3 SD', () => {
    const y = sdm3! - 1 * (sdm2! - sdm3!);
    expect(restrictedZ(y, lms)).toBeCloseTo(-4, 10);
    expect(Math.abs(lmsZ(y, lms) + 4)).toBeGreaterThan(0.05);
  });

  it('leaves z-scores between −3 and +3 alone', () => {
    const y = lmsValue(1.7, lms);
    expect(restrictedZ(y, lms)).toBeCloseTo(1.7, 10);
  });
});

describe('classifyGrowth', () => {
  const girl = (ageDays: number, zWeight: number, zHeight: number) => {
    const wfa = lmsAt(rows('who2006', 'weight_for_age', 'F'), ageDays)!;
    const lfa = lmsAt(rows('who2006', 'length_height_for_age', 'F'), ageDays)!;
    return growthZScores(table, {
      sex: 'female',
      ageDays,
      weightKg: lmsValue(zWeight, wfa),
      heightCm: lmsValue(zHeight, lfa),
    })!;
  };

  it('flags underweight and stunting below −2, severe below −3', () => {
    expect(classifyGrowth(girl(500, -2.5, -3.5))).toEqual(
      expect.arrayContaining(['underweight', 'severe_stunting']),
    );
    expect(classifyGrowth(girl(500, -3.2, -2.1))).toEqual(
      expect.arrayContaining(['severe_underweight', 'stunting']),
    );
    expect(classifyGrowth(girl(500, 0, 0))).toEqual([]);
  });

  it('flags wasting from weight-for-height under 5 and from BMI-for-age after', () => {
    const result = girl(500, 0, 0);
    expect(classifyGrowth({ ...result, z: { ...result.z, weightForHeight: -2.4 } })).toEqual([
      'wasting',
    ]);
    expect(
      classifyGrowth({
        reference: 'who2007',
        heightCm: 130,
        bmi: 13,
        z: { weightForAge: null, heightForAge: 0, weightForHeight: null, bmiForAge: -3.1 },
      }),
    ).toEqual(['severe_wasting']);
  });

  it('flags overweight above +2 and obesity above +3 under 5, above +1 and +2 from 5 years', () => {
    const under5 = girl(500, 0, 0);
    const wfh = (z: number) => ({ ...under5, z: { ...under5.z, weightForHeight: z } });
    expect(classifyGrowth(wfh(1.5))).toEqual([]);
    expect(classifyGrowth(wfh(2.5))).toEqual(['overweight']);
    expect(classifyGrowth(wfh(3.5))).toEqual(['obesity']);
    const older = (z: number) =>
      classifyGrowth({
        reference: 'who2007',
        heightCm: 140,
        bmi: 20,
        z: { weightForAge: null, heightForAge: 0, weightForHeight: null, bmiForAge: z },
      });
    expect(older(1.5)).toEqual(['overweight']);
    expect(older(2.5)).toEqual(['obesity']);
  });

  it('marks z-scores WHO calls implausible', () => {
    expect(classifyGrowth(girl(500, 0, -6.5))).toContain('implausible');
  });
});

describe('referenceCurve', () => {
  it('draws the published SD lines month by month, 2006 standards then 2007 reference', () => {
    const curve = referenceCurve(table, 'female', 'weight_for_age', 11, 13);
    expect(curve.map((p) => p.ageMonths)).toEqual([11, 12, 13]);
    expect(curve[1]!.sd).toEqual({ '-3': 6.27, '-2': 7.04, '0': 8.95, '2': 11.51, '3': 13.12 });
    const across = referenceCurve(table, 'male', 'length_height_for_age', 59, 62);
    expect(across.map((p) => p.ageMonths)).toEqual([59, 60, 61, 62]);
    expect(across[3]!.sd[0]).toBeCloseTo(
      lmsAt(rows('who2007', 'length_height_for_age', 'M'), 62)!.m,
      2,
    );
    // Weight-for-age stops at 10 years.
    expect(
      referenceCurve(table, 'male', 'weight_for_age', 119, 125).map((p) => p.ageMonths),
    ).toEqual([119, 120]);
  });
});

describe('ageInDays', () => {
  it('counts whole days from birth, across leap years', () => {
    expect(ageInDays('2024-02-28', '2024-03-01')).toBe(2);
    expect(ageInDays('2020-01-01', '2021-01-01')).toBe(366);
    expect(ageInDays('2026-05-10', '2026-05-10')).toBe(0);
  });
});
