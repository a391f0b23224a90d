// A resident's health record: the profile (conditions, allergies, medications, vaccinations, one
// versioned document per resident), measurements (one document each) and the growth view.
import { z } from 'zod';
import { centreDay } from './dates';
import { cursorQuerySchema } from './paging';
import { isoDaySchema } from './periods';
import { textSchema } from './text';
import { versionSchema } from './versioning';
import { growthFlags } from './growth';

/** A day that has already come (a diagnosis, a vaccination): not in the future. */
const pastDaySchema = isoDaySchema.refine((day) => day <= centreDay(), 'future_date');

// ICD-10 as used in Vietnam (Bộ mã ICD-10 của Bộ Y tế): a letter, two digits, optional subcode.
const icd10Pattern = /^[A-Z]\d{2}(\.\d{1,2}[A-Z0-9]?)?$/;

export const conditionSchema = z.strictObject({
  name: textSchema(1, 200),
  icd10: z
    .string()
    .trim()
    .toUpperCase()
    .max(8)
    .refine((code) => code === '' || icd10Pattern.test(code), 'invalid_icd10')
    .default(''),
  since: pastDaySchema.nullable().default(null),
  notes: textSchema(0, 1000, { multiline: true }).default(''),
});
export type Condition = z.output<typeof conditionSchema>;

export const allergySeverities = ['mild', 'moderate', 'severe', 'life_threatening'] as const;
export const allergySeveritySchema = z.enum(allergySeverities);
export type AllergySeverity = z.infer<typeof allergySeveritySchema>;

export const allergySchema = z.strictObject({
  substance: textSchema(1, 100),
  severity: allergySeveritySchema,
  reaction: textSchema(0, 500).default(''),
});
export type Allergy = z.output<typeof allergySchema>;

export const medicationRoutes = [
  'oral',
  'injection',
  'topical',
  'inhaled',
  'sublingual',
  'rectal',
  'eye_ear_nose',
  'other',
] as const;
export const medicationRouteSchema = z.enum(medicationRoutes);

/** A time of day `HH:mm` (24-hour), as the medication round reads it. */
export const timeOfDaySchema = z
  .string()
  .trim()
  .refine((t) => /^([01]\d|2[0-3]):[0-5]\d$/.test(t), 'invalid_time');

export const medicationSchema = z
  .strictObject({
    name: textSchema(1, 200),
    dose: textSchema(0, 100).default(''),
    route: medicationRouteSchema,
    times: z.array(timeOfDaySchema).max(8).default([]),
    start: isoDaySchema,
    end: isoDaySchema.nullable().default(null),
    prescriber: textSchema(0, 100).default(''),
    notes: textSchema(0, 1000, { multiline: true }).default(''),
  })
  .refine((m) => m.end === null || m.end >= m.start, { path: ['end'], error: 'end_before_start' });
export type Medication = z.output<typeof medicationSchema>;

export const vaccinationSchema = z.strictObject({
  vaccine: textSchema(1, 100),
  date: pastDaySchema,
  doseNumber: z.number().int().min(1).max(10).nullable().default(null),
  place: textSchema(0, 200).default(''),
});
export type Vaccination = z.output<typeof vaccinationSchema>;

export const healthLists = ['conditions', 'allergies', 'medications', 'vaccinations'] as const;
export type HealthList = (typeof healthLists)[number];

/** The whole profile is saved at once, at the version it was read (409 when someone saved first). */
export const healthProfileUpdateSchema = z.strictObject({
  version: versionSchema,
  conditions: z.array(conditionSchema).max(50),
  allergies: z.array(allergySchema).max(50),
  medications: z.array(medicationSchema).max(50),
  vaccinations: z.array(vaccinationSchema).max(100),
});
export type HealthProfileUpdateInput = z.input<typeof healthProfileUpdateSchema>;
export type HealthProfileUpdate = z.output<typeof healthProfileUpdateSchema>;

export const healthProfileViewSchema = z.object({
  residentId: z.string(),
  conditions: z.array(conditionSchema),
  allergies: z.array(allergySchema),
  medications: z.array(medicationSchema),
  vaccinations: z.array(vaccinationSchema),
  version: z.number().int(),
  /** Null until the profile is first saved. */
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type HealthProfileView = z.infer<typeof healthProfileViewSchema>;

/** Whether a medication is taken on a day (started, not yet ended). */
export function isCurrentMedication(medication: Medication, day: string): boolean {
  return medication.start <= day && (medication.end === null || medication.end >= day);
}

// Measurements ------------------------------------------------------------------------------

export const heightPositions = ['lying', 'standing'] as const;

/** Plausible bounds for anyone from a newborn to an old person; outside them it is a typing error. */
export const measurementBounds = {
  weightKg: [0.5, 250],
  heightCm: [30, 230],
  temperatureC: [32, 43],
  systolic: [50, 260],
  diastolic: [30, 160],
  pulse: [30, 220],
} as const;
export type MeasuredValue = keyof typeof measurementBounds;
export const measuredValues = Object.keys(measurementBounds) as MeasuredValue[];

const bounded = (key: MeasuredValue, integer = false) => {
  const [min, max] = measurementBounds[key];
  const n = z.number().min(min).max(max);
  return (integer ? n.int() : n).nullable().default(null);
};

/** A few minutes of clock difference between a tablet and the server are not the future. */
const clockSkewMs = 5 * 60_000;

export const measurementCreateSchema = z
  .strictObject({
    /** When it was measured; now when omitted. */
    at: z.iso
      .datetime({ offset: true })
      .refine((at) => Date.parse(at) <= Date.now() + clockSkewMs, 'future_time')
      .refine((at) => Date.parse(at) >= Date.parse('2000-01-01T00:00:00Z'), 'invalid_date')
      .optional(),
    weightKg: bounded('weightKg'),
    heightCm: bounded('heightCm'),
    heightPosition: z.enum(heightPositions).nullable().default(null),
    temperatureC: bounded('temperatureC'),
    systolic: bounded('systolic', true),
    diastolic: bounded('diastolic', true),
    pulse: bounded('pulse', true),
    note: textSchema(0, 500).default(''),
  })
  .refine((m) => measuredValues.some((key) => m[key] !== null), {
    path: ['weightKg'],
    error: 'measurement_empty',
  })
  .refine((m) => (m.systolic === null) === (m.diastolic === null), {
    path: ['systolic'],
    error: 'blood_pressure_pair',
  })
  .refine((m) => m.systolic === null || m.diastolic === null || m.diastolic < m.systolic, {
    path: ['diastolic'],
    error: 'diastolic_not_below_systolic',
  });
export type MeasurementCreateInput = z.input<typeof measurementCreateSchema>;
export type MeasurementCreate = z.output<typeof measurementCreateSchema>;

export const measurementListQuerySchema = cursorQuerySchema;

export const measurementViewSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  at: z.string(),
  weightKg: z.number().nullable(),
  heightCm: z.number().nullable(),
  heightPosition: z.enum(heightPositions).nullable(),
  temperatureC: z.number().nullable(),
  systolic: z.number().nullable(),
  diastolic: z.number().nullable(),
  pulse: z.number().nullable(),
  note: z.string(),
  authorName: z.string(),
});
export type MeasurementView = z.infer<typeof measurementViewSchema>;

// Growth ------------------------------------------------------------------------------------

const zScoresSchema = z.object({
  weightForAge: z.number().nullable(),
  heightForAge: z.number().nullable(),
  weightForHeight: z.number().nullable(),
  bmiForAge: z.number().nullable(),
});

export const growthPointSchema = z.object({
  measurementId: z.string(),
  at: z.string(),
  ageDays: z.number().int(),
  ageMonths: z.number(),
  weightKg: z.number().nullable(),
  heightCm: z.number().nullable(),
  bmi: z.number().nullable(),
  z: zScoresSchema,
  flags: z.array(z.enum(growthFlags)),
});
export type GrowthPoint = z.infer<typeof growthPointSchema>;

const curveSchema = z.array(
  z.object({
    ageMonths: z.number(),
    sd: z.object({
      '-3': z.number(),
      '-2': z.number(),
      '0': z.number(),
      '2': z.number(),
      '3': z.number(),
    }),
  }),
);

export const growthUnavailableReasons = ['birth_date_unknown', 'over_19'] as const;

export const growthViewSchema = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(false),
    reason: z.enum(growthUnavailableReasons),
  }),
  z.object({
    available: z.literal(true),
    sex: z.enum(['male', 'female']),
    birthDate: z.string(),
    /** Oldest first; only measurements with a weight or a height. */
    points: z.array(growthPointSchema),
    curves: z.object({ weightForAge: curveSchema, heightForAge: curveSchema }),
  }),
]);
export type GrowthView = z.infer<typeof growthViewSchema>;
