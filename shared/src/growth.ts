// Child growth z-scores from WHO's LMS tables: the WHO Child Growth Standards 2006 (0–5 years, by
// age in days) and the WHO Growth Reference 2007 (5–19 years, by age in months), computed as WHO
// Anthro and the WHO 2007 macros do. Pure: the caller loads the table (shared/data, see its README).

export type Sex = 'male' | 'female';
export type Reference = 'who2006' | 'who2007';
export type Indicator =
  | 'weight_for_age'
  | 'length_height_for_age'
  | 'weight_for_length'
  | 'weight_for_height'
  | 'bmi_for_age';
export type Lms = { l: number; m: number; s: number };
type Row = Lms & { x: number };

/** The LMS rows of each reference, indicator and sex, sorted by `x` (days, months or cm). */
export type GrowthTable = ReadonlyMap<string, readonly Row[]>;

const tableKey = (reference: Reference, indicator: Indicator, sex: Sex) =>
  `${reference}/${indicator}/${sex === 'male' ? 'M' : 'F'}`;

/** Reads `who-growth-lms.csv` (columns reference,indicator,sex,x_unit,x,L,M,S; any line ending). */
export function parseGrowthTable(csv: string): GrowthTable {
  const table = new Map<string, Row[]>();
  const [header, ...lines] = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (header?.trim() !== 'reference,indicator,sex,x_unit,x,L,M,S')
    throw new Error('not a WHO growth LMS table');
  for (const line of lines) {
    const [reference, indicator, sex, , x, l, m, s] = line.trim().split(',');
    const key = `${reference}/${indicator}/${sex}`;
    const rows = table.get(key) ?? [];
    rows.push({ x: Number(x), l: Number(l), m: Number(m), s: Number(s) });
    table.set(key, rows);
  }
  for (const rows of table.values()) rows.sort((a, b) => a.x - b.x);
  return table;
}

/**
 * The LMS values at `x`, linearly interpolated between the two rows around it (as WHO does for a
 * length between 0.1 cm steps and an age between whole months); null outside the table.
 */
export function lmsAt(rows: readonly Row[] | undefined, x: number): Lms | null {
  if (!rows?.length || x < rows[0]!.x || x > rows[rows.length - 1]!.x) return null;
  let lo = 0;
  let hi = rows.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.x <= x) lo = mid;
    else hi = mid;
  }
  const a = rows[lo]!;
  const b = rows[hi]!;
  if (a.x === x || a === b) return { l: a.l, m: a.m, s: a.s };
  if (b.x === x) return { l: b.l, m: b.m, s: b.s };
  const f = (x - a.x) / (b.x - a.x);
  return { l: a.l + f * (b.l - a.l), m: a.m + f * (b.m - a.m), s: a.s + f * (b.s - a.s) };
}

/** z = ((y / M)^L − 1) / (L·S), or ln(y / M) / S when L is 0. */
export function lmsZ(y: number, { l, m, s }: Lms): number {
  return l === 0 ? Math.log(y / m) / s : ((y / m) ** l - 1) / (l * s);
}

/** The measurement at a given z: the inverse of `lmsZ` (WHO's published SD lines). */
export function lmsValue(z: number, { l, m, s }: Lms): number {
  return l === 0 ? m * Math.exp(s * z) : m * (1 + l * s * z) ** (1 / l);
}

/**
 * WHO's restricted application for weight-based indicators: beyond ±3 SD the skewed tail is
 * replaced by the distance between the 2 and 3 SD cut-offs (the "SD23" rule of WHO Anthro).
 */
export function restrictedZ(y: number, lms: Lms): number {
  const z = lmsZ(y, lms);
  if (z > 3) {
    const sd3 = lmsValue(3, lms);
    return 3 + (y - sd3) / (sd3 - lmsValue(2, lms));
  }
  if (z < -3) {
    const sd3 = lmsValue(-3, lms);
    return -3 + (y - sd3) / (lmsValue(-2, lms) - sd3);
  }
  return z;
}

/** WHO's average month, for ages in months (WHO 2007 reference and the growth charts). */
export const daysPerMonth = 30.4375;
/** Last day of the WHO 2006 tables (≈ 61 months); the 2007 reference takes over after it. */
export const lastStandardDay = 1856;
/** From 24 months (731 days) length is measured standing up (height), before that lying down. */
export const heightFromDay = 731;
/** The WHO 2007 reference ends at 19 years (228 months); weight-for-age at 10 years. */
export const lastReferenceMonth = 228;

/** Whole days from a birth date to a measurement day (both `yyyy-MM-dd`). */
export function ageInDays(birthDate: string, day: string): number {
  return Math.round(
    (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${birthDate}T00:00:00Z`)) / 864e5,
  );
}

/** Whether WHO growth indicators exist at this age (birth to 19 years). */
export function hasGrowthReference(ageDays: number): boolean {
  return ageDays >= 0 && ageDays / daysPerMonth <= lastReferenceMonth;
}

export type Position = 'lying' | 'standing';

export type GrowthInput = {
  sex: Sex;
  ageDays: number;
  weightKg?: number | null;
  heightCm?: number | null;
  /** How the length or height was measured; by default as WHO expects at that age. */
  position?: Position | null;
};

export type GrowthZScores = {
  weightForAge: number | null;
  heightForAge: number | null;
  /** Weight-for-length under 2 years, weight-for-height from 2 to 5 years. */
  weightForHeight: number | null;
  bmiForAge: number | null;
};

export type GrowthResult = {
  reference: Reference;
  /** Length (under 2 years) or height as the tables want it, after WHO's 0.7 cm correction. */
  heightCm: number | null;
  bmi: number | null;
  z: GrowthZScores;
};

/**
 * z-scores of one measurement; null for what the tables do not cover (weight-for-age after 10
 * years, weight-for-height beyond 45–120 cm, anything after 19 years).
 */
export function growthZScores(table: GrowthTable, input: GrowthInput): GrowthResult | null {
  const { sex, ageDays } = input;
  if (!hasGrowthReference(ageDays)) return null;
  const weight = positive(input.weightKg);
  const rawHeight = positive(input.heightCm);
  const under5 = ageDays <= lastStandardDay;
  const reference: Reference = under5 ? 'who2006' : 'who2007';
  // Under 5 years WHO's tables are by length before 24 months and by height after: a child
  // measured the other way is corrected by the 0.7 cm the two methods differ by on average.
  let height = rawHeight;
  if (height !== null && under5) {
    const lyingExpected = ageDays < heightFromDay;
    const position = input.position ?? (lyingExpected ? 'lying' : 'standing');
    const correction =
      lyingExpected && position === 'standing'
        ? 0.7
        : !lyingExpected && position === 'lying'
          ? -0.7
          : 0;
    // Rounded to a thousandth of a millimetre only to drop floating-point noise (74.3 + 0.7 = 75).
    if (correction) height = Math.round((height + correction) * 1e4) / 1e4;
  }
  // The 2006 tables are by day, the 2007 reference by month (interpolated between whole months).
  const x = under5 ? ageDays : ageDays / daysPerMonth;
  const at = (indicator: Indicator, where = x) =>
    lmsAt(table.get(tableKey(reference, indicator, sex)), where);
  const weightBased = (indicator: Indicator, y: number | null, where?: number) => {
    const lms = y === null ? null : at(indicator, where);
    return lms && y !== null ? restrictedZ(y, lms) : null;
  };
  const bmi = weight !== null && height !== null ? weight / (height / 100) ** 2 : null;
  const hfa = height !== null ? at('length_height_for_age') : null;
  return {
    reference,
    heightCm: height,
    bmi,
    z: {
      weightForAge: weightBased('weight_for_age', weight),
      heightForAge: hfa && height !== null ? lmsZ(height, hfa) : null,
      weightForHeight:
        under5 && height !== null
          ? weightBased(
              ageDays < heightFromDay ? 'weight_for_length' : 'weight_for_height',
              weight,
              height,
            )
          : null,
      bmiForAge: weightBased('bmi_for_age', bmi),
    },
  };
}

function positive(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

export const growthFlags = [
  'severe_underweight',
  'underweight',
  'severe_stunting',
  'stunting',
  'severe_wasting',
  'wasting',
  'overweight',
  'obesity',
  'implausible',
] as const;
export type GrowthFlag = (typeof growthFlags)[number];

/**
 * WHO's conventional classification: weight-for-age < −2 underweight, length/height-for-age < −2
 * stunting, weight-for-length/height (under 5) or BMI-for-age (5–19) < −2 wasting (thinness), each
 * severe below −3; overweight above +2 and obesity above +3 under 5, above +1 and +2 from 5 years.
 * `implausible` marks z-scores WHO flags as likely measurement or entry errors.
 */
export function classifyGrowth(result: GrowthResult): GrowthFlag[] {
  const { weightForAge: waz, heightForAge: haz } = result.z;
  const under5 = result.reference === 'who2006';
  const wz = under5 ? result.z.weightForHeight : result.z.bmiForAge;
  const flags: GrowthFlag[] = [];
  const low = (z: number | null, severe: GrowthFlag, moderate: GrowthFlag) => {
    if (z !== null && z < -3) flags.push(severe);
    else if (z !== null && z < -2) flags.push(moderate);
  };
  low(waz, 'severe_underweight', 'underweight');
  low(haz, 'severe_stunting', 'stunting');
  low(wz, 'severe_wasting', 'wasting');
  const [overweightAbove, obesityAbove] = under5 ? [2, 3] : [1, 2];
  if (wz !== null && wz > obesityAbove) flags.push('obesity');
  else if (wz !== null && wz > overweightAbove) flags.push('overweight');
  const outside = (z: number | null, below: number, above: number) =>
    z !== null && (z < below || z > above);
  if (
    outside(waz, -6, 5) ||
    outside(haz, -6, 6) ||
    outside(result.z.weightForHeight, -5, 5) ||
    outside(result.z.bmiForAge, -5, 5)
  )
    flags.push('implausible');
  return flags;
}

/**
 * The LMS values of an age-based indicator for a child of `ageDays`: the 2006 standards by day up
 * to day 1856, then the 2007 reference by month (interpolated); null where the tables end.
 */
export function lmsAtAge(
  table: GrowthTable,
  indicator: 'weight_for_age' | 'length_height_for_age' | 'bmi_for_age',
  sex: Sex,
  ageDays: number,
): Lms | null {
  if (!hasGrowthReference(ageDays)) return null;
  const under5 = ageDays <= lastStandardDay;
  const rows = table.get(tableKey(under5 ? 'who2006' : 'who2007', indicator, sex));
  return lmsAt(rows, under5 ? ageDays : ageDays / daysPerMonth);
}

/** The SD lines a growth chart draws. */
export const chartSds = [-3, -2, 0, 2, 3] as const;
export type CurvePoint = { ageMonths: number; sd: Record<(typeof chartSds)[number], number> };

/** WHO's reference lines (−3, −2, 0, +2, +3 SD) month by month for a growth chart. */
export function referenceCurve(
  table: GrowthTable,
  sex: Sex,
  indicator: 'weight_for_age' | 'length_height_for_age',
  fromMonth: number,
  toMonth: number,
): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (let month = Math.max(0, Math.floor(fromMonth)); month <= Math.ceil(toMonth); month++) {
    const lms = lmsAtAge(table, indicator, sex, month * daysPerMonth);
    if (!lms) continue;
    const sd = Object.fromEntries(
      chartSds.map((z) => [z, Math.round(lmsValue(z, lms) * 100) / 100]),
    ) as CurvePoint['sd'];
    points.push({ ageMonths: month, sd });
  }
  return points;
}
