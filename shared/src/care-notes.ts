// Daily care notes (ghi chép hằng ngày) from the duty desk, and the shift they belong to.
import { z } from 'zod';
import { cursorQuerySchema } from './paging';
import { textSchema } from './text';
import { objectIdSchema, versionSchema } from './versioning';

export const noteTypes = [
  'observation',
  'meal_intake',
  'sleep',
  'behaviour',
  'health',
  'activity',
  'visit',
] as const;
export type NoteType = (typeof noteTypes)[number];

/** The default duty pattern until the rota says otherwise: 06–14, 14–22, 22–06. */
export const shiftNames = ['morning', 'afternoon', 'night'] as const;
export type ShiftName = (typeof shiftNames)[number];

/** The shift an instant falls in at the centre (UTC+7 all year); a night belongs to its start day. */
export function shiftOf(at: Date): { key: string; day: string; shift: ShiftName } {
  const local = new Date(at.getTime() + 7 * 3_600_000);
  const hour = local.getUTCHours();
  if (hour < 6) local.setUTCDate(local.getUTCDate() - 1);
  const day = local.toISOString().slice(0, 10);
  const shift: ShiftName = hour < 6 || hour >= 22 ? 'night' : hour < 14 ? 'morning' : 'afternoon';
  return { key: `${day}/${shift}`, day, shift };
}
export const shiftKeySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}\/(morning|afternoon|night)$/);

/** Optional measurements taken with a note; ranges refuse typing slips, not unusual patients. */
export const noteMeasurementsSchema = z.strictObject({
  temperatureC: z.number().min(30).max(45).optional(),
  pulse: z.number().int().min(20).max(250).optional(),
  systolic: z.number().int().min(50).max(260).optional(),
  diastolic: z.number().int().min(30).max(160).optional(),
  /** Share of the meal eaten, in percent. */
  mealEatenPercent: z.number().int().min(0).max(100).optional(),
  sleepHours: z.number().min(0).max(24).optional(),
});

export const noteCreateSchema = z.strictObject({
  type: z.enum(noteTypes),
  text: textSchema(1, 2000, { multiline: true }),
  forHandover: z.boolean().default(false),
  measurements: noteMeasurementsSchema.prefault({}),
});
export type NoteCreateInput = z.input<typeof noteCreateSchema>;

export const noteEditSchema = z.strictObject({
  version: versionSchema,
  text: textSchema(1, 2000, { multiline: true }).optional(),
  forHandover: z.boolean().optional(),
});

export const noteListQuerySchema = cursorQuerySchema;
export const shiftQuerySchema = z.strictObject({
  shift: shiftKeySchema.optional(),
  unit: textSchema(1, 60).optional(),
  handoverOnly: z.enum(['true', 'false']).optional(),
});
export const noteParamsSchema = z.strictObject({ id: objectIdSchema, noteId: objectIdSchema });

export const noteViewSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  residentCode: z.string(),
  unit: z.string(),
  room: z.string(),
  author: z.object({ id: z.string(), fullName: z.string() }),
  at: z.string(),
  shiftKey: z.string(),
  type: z.enum(noteTypes),
  text: z.string(),
  forHandover: z.boolean(),
  measurements: noteMeasurementsSchema,
  /** Earlier wordings, oldest first: an edit never hides what was written. */
  revisions: z.array(z.object({ text: z.string(), at: z.string(), by: z.string() })),
  version: z.number().int(),
});
export type NoteView = z.infer<typeof noteViewSchema>;

export const shiftNotesSchema = z.object({
  shift: z.string(),
  units: z.array(z.object({ unit: z.string(), notes: z.array(noteViewSchema) })),
});
export type ShiftNotes = z.infer<typeof shiftNotesSchema>;
