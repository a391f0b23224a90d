// Residents (đối tượng bảo trợ xã hội): categories, admission and the shapes the API exchanges.
import { z } from 'zod';
import { isoDaySchema } from './periods';
import { textSchema } from './text';
import { pageQuerySchema } from './paging';

export const residentCategories = [
  'orphan',
  'elderly',
  'disabled',
  'mental_illness',
  'emergency_protection',
] as const;
export const residentCategorySchema = z.enum(residentCategories);
export type ResidentCategory = z.infer<typeof residentCategorySchema>;

export const disabilityLevels = ['severe_special', 'severe', 'mild'] as const;
export const disabilityLevelSchema = z.enum(disabilityLevels);

export const genders = ['male', 'female'] as const;
export const residentStatuses = ['in_care', 'discharged'] as const;

export const admissionSchema = z.strictObject({
  decisionNumber: textSchema(1, 50),
  date: isoDaySchema,
  issuer: textSchema(1, 200),
});

export const residentAdmitSchema = z.strictObject({
  fullName: textSchema(2, 100),
  gender: z.enum(genders),
  birthDate: isoDaySchema,
  category: residentCategorySchema,
  disabilityLevel: disabilityLevelSchema.nullable().default(null),
  hometown: textSchema(0, 200).default(''),
  room: textSchema(0, 20).default(''),
  admission: admissionSchema,
  healthNotes: textSchema(0, 2000, { multiline: true }).default(''),
  guardian: textSchema(0, 200).default(''),
});
export type ResidentAdmitInput = z.input<typeof residentAdmitSchema>;

export const residentListQuerySchema = pageQuerySchema.extend({
  category: residentCategorySchema.optional(),
  status: z.enum(residentStatuses).optional(),
  q: textSchema(0, 100).optional(),
});
export type ResidentListQuery = z.infer<typeof residentListQuerySchema>;

export const residentSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  fullName: z.string(),
  gender: z.enum(genders),
  birthDate: z.string(),
  category: residentCategorySchema,
  room: z.string(),
  status: z.enum(residentStatuses),
});
export type ResidentSummary = z.infer<typeof residentSummarySchema>;

export const residentViewSchema = residentSummarySchema.extend({
  disabilityLevel: disabilityLevelSchema.nullable(),
  hometown: z.string(),
  admission: admissionSchema,
  healthNotes: z.string(),
  guardian: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ResidentView = z.infer<typeof residentViewSchema>;

export const residentCountsSchema = z.object({
  total: z.number().int(),
  byCategory: z.object(
    Object.fromEntries(residentCategories.map((c) => [c, z.number().int()])) as Record<
      ResidentCategory,
      z.ZodNumber
    >,
  ),
});
export type ResidentCounts = z.infer<typeof residentCountsSchema>;

/** Whole years of age on a given day (both `yyyy-MM-dd`). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
