// Food-safety logs of a collective kitchen (Decision 1246/QĐ-BYT): the three-step food check
// (step 1 on receipt, step 2 during preparation, step 3 before serving) and food sample retention
// (lưu mẫu), one row per food or dish, generated from the day's approved or locked menu.
import { z } from 'zod';
import { dietGroupIdSchema } from './diet-groups';
import { meals } from './nutrition';
import { isoDaySchema } from './periods';
import { timeOfDaySchema } from './rota';
import { textSchema } from './text';
import { versionSchema } from './versioning';

export const checkKinds = ['receipt', 'preparation', 'serving', 'sample'] as const;
export type CheckKind = (typeof checkKinds)[number];
export const steps = ['receipt', 'preparation', 'serving'] as const;
export type Step = (typeof steps)[number];

/** Sample rules of the Decision: at least 100 g of a solid, 150 ml of a liquid, kept at 2–8 °C for 24 h. */
export const sampleRules = {
  minGrams: 100,
  minMillilitres: 150,
  minTemperatureC: 2,
  maxTemperatureC: 8,
  keepHours: 24,
} as const;

const instantSchema = z.iso.datetime({ offset: true });
const verdictSchema = z.enum(['pass', 'fail']);
const actionSchema = textSchema(0, 300);
const shortText = (max: number) => textSchema(0, max);

export const receiptResultSchema = z.strictObject({
  receivedAt: timeOfDaySchema,
  quantityKg: z.number().min(0).max(10_000),
  supplier: textSchema(2, 160),
  supplierContact: shortText(160),
  invoice: shortText(80),
  certificates: shortText(200),
  sensory: verdictSchema,
  rapidTest: z.enum(['pass', 'fail', 'not_done']),
  action: actionSchema,
});
export const preparationResultSchema = z
  .strictObject({
    ingredients: shortText(500),
    portions: z.number().int().min(0).max(5000),
    prepEndAt: timeOfDaySchema,
    cookEndAt: timeOfDaySchema,
    hygieneStaff: verdictSchema,
    hygieneTools: verdictSchema,
    hygieneArea: verdictSchema,
    sensory: verdictSchema,
    action: actionSchema,
  })
  .refine((r) => r.cookEndAt >= r.prepEndAt, { message: 'end_before_start', path: ['cookEndAt'] });
export const servingResultSchema = z
  .strictObject({
    portions: z.number().int().min(0).max(5000),
    portionEndAt: timeOfDaySchema,
    servingStartAt: timeOfDaySchema,
    utensils: verdictSchema,
    sensory: verdictSchema,
    action: actionSchema,
  })
  .refine((r) => r.servingStartAt >= r.portionEndAt, {
    message: 'end_before_start',
    path: ['servingStartAt'],
  });
/** Amount and temperature limits are checked by `sampleProblem` so the answer names them. */
export const sampleResultSchema = z.strictObject({
  amount: z.number().min(0).max(5000),
  unit: z.enum(['g', 'ml']),
  container: textSchema(2, 120),
  temperatureC: z.number().min(-30).max(60),
  takenAt: instantSchema,
  discardedAt: instantSchema.nullable(),
  held: z.boolean(),
  /** Why the hold was set or released (required whenever `held` changes). */
  holdReason: shortText(300),
});
export type ReceiptResult = z.output<typeof receiptResultSchema>;
export type PreparationResult = z.output<typeof preparationResultSchema>;
export type ServingResult = z.output<typeof servingResultSchema>;
export type SampleResult = z.output<typeof sampleResultSchema>;
export type CheckResult = ReceiptResult | PreparationResult | ServingResult | SampleResult;

export const resultSchemas = {
  receipt: receiptResultSchema,
  preparation: preparationResultSchema,
  serving: servingResultSchema,
  sample: sampleResultSchema,
} as const;

export const checkEditSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('receipt'),
    version: versionSchema,
    result: receiptResultSchema,
  }),
  z.strictObject({
    kind: z.literal('preparation'),
    version: versionSchema,
    result: preparationResultSchema,
  }),
  z.strictObject({
    kind: z.literal('serving'),
    version: versionSchema,
    result: servingResultSchema,
  }),
  z.strictObject({ kind: z.literal('sample'), version: versionSchema, result: sampleResultSchema }),
]);
export type CheckEdit = z.output<typeof checkEditSchema>;

export const foodSafetyDayParamsSchema = z.strictObject({ day: isoDaySchema });
export const checkParamsSchema = z.strictObject({
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}\.[a-z]+\.[a-z_]+\.[0-9a-f]{24}$/),
});

const personView = z.object({ id: z.string(), fullName: z.string() }).nullable();
export const checkRowViewSchema = z.object({
  id: z.string(),
  kind: z.enum(checkKinds),
  /** `null` for a receipt (foods come for the whole day). */
  meal: z.enum(meals).nullable(),
  /** The food (receipt) or the dish (other kinds). */
  refId: z.string(),
  name: z.string(),
  /** From the menu: as-bought kg (receipt), portions (dishes), ingredient names (preparation). */
  planned: z.object({
    quantityKg: z.number().nullable(),
    portions: z.number().nullable(),
    ingredients: z.string(),
    liquid: z.boolean(),
  }),
  result: z.record(z.string(), z.unknown()).nullable(),
  checkedBy: personView,
  checkedAt: z.string().nullable(),
  takenBy: personView,
  discardedBy: personView,
  version: z.number().int(),
});
export type CheckRowView = z.infer<typeof checkRowViewSchema>;

export const flagKinds = [
  'not_generated',
  'step_open',
  'sample_missing',
  'early_discard',
  'sample_held',
] as const;
export type FlagKind = (typeof flagKinds)[number];
export const flagSchema = z.object({
  kind: z.enum(flagKinds),
  step: z.enum(checkKinds).nullable(),
  meal: z.enum(meals).nullable(),
  /** How many rows are concerned. */
  count: z.number().int(),
  /** Past the time the step had to be done by (a missing record, not a task still ahead). */
  late: z.boolean(),
});
export type Flag = z.infer<typeof flagSchema>;

export const foodSafetyDayViewSchema = z.object({
  day: z.string(),
  menuState: z.enum(['draft', 'approved', 'locked']),
  generated: z.object({ at: z.string(), by: personView }).nullable(),
  rows: z.array(checkRowViewSchema),
  flags: z.array(flagSchema),
  version: z.number().int(),
});
export type FoodSafetyDayView = z.infer<typeof foodSafetyDayViewSchema>;

export const kitchenDashboardViewSchema = z.object({
  day: z.string(),
  menuState: z.enum(['draft', 'approved', 'locked']),
  headcounts: z.array(z.object({ group: dietGroupIdSchema, count: z.number().int() })),
  total: z.number().int(),
  /** Residents with a special diet, texture or allergy: meal facts only (care summary rules). */
  special: z.array(
    z.object({
      id: z.string(),
      fullName: z.string(),
      room: z.string(),
      group: dietGroupIdSchema,
      diets: z.array(z.string()),
      texture: z.string(),
      allergies: z.array(z.object({ substance: z.string(), severity: z.string() })),
      away: z.boolean(),
    }),
  ),
  flags: z.array(flagSchema),
});
export type KitchenDashboardView = z.infer<typeof kitchenDashboardViewSchema>;
