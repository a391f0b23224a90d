// Menus (thực đơn): one menu day per date with the dishes of each meal for each diet group, its
// headcounts and its state (draft → approved → locked once served); multi-week menu cycles.
import { z } from 'zod';
import { dietGroupIdSchema, dietGroupIds } from './diet-groups';
import { analysisViewSchema, meals } from './nutrition';
import { isoDaySchema } from './periods';
import { courses } from './recipes';
import { textSchema } from './text';
import { objectIdSchema, versionSchema } from './versioning';

export const mealSchema = z.enum(meals);
export const menuStates = ['draft', 'approved', 'locked'] as const;
export type MenuState = (typeof menuStates)[number];

/** At most this many days in one copy, cycle application, analysis or market list. */
export const maxMenuRangeDays = 62;
/** At most this many dishes in one meal of one group. */
export const maxDishesPerMeal = 8;
/** More residents than this in one group is a typing slip. */
export const maxHeadcount = 1000;

const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;

export const menuEntrySchema = z.strictObject({
  meal: mealSchema,
  group: dietGroupIdSchema,
  recipeIds: z.array(objectIdSchema).max(maxDishesPerMeal).refine(distinct, 'duplicate_items'),
});
export type MenuEntry = z.output<typeof menuEntrySchema>;

export const menuEntriesSchema = z
  .array(menuEntrySchema)
  .max(meals.length * dietGroupIds.length)
  .refine((es) => distinct(es.map((e) => `${e.meal}/${e.group}`)), 'duplicate_items');

/** Headcounts the kitchen typed over the residents present (a group left out is counted). */
export const headcountsSchema = z.partialRecord(
  dietGroupIdSchema,
  z.number().int().min(0).max(maxHeadcount),
);

export const menuDayParamsSchema = z.strictObject({ day: isoDaySchema });
export const weekParamsSchema = z.strictObject({ weekStart: isoDaySchema });

export const menuDayEditSchema = z.strictObject({
  version: versionSchema,
  entries: menuEntriesSchema.optional(),
  headcounts: headcountsSchema.optional(),
  holiday: z.boolean().optional(),
  note: textSchema(0, 500).optional(),
});
export type MenuDayEdit = z.output<typeof menuDayEditSchema>;

export const menuCopySchema = z
  .strictObject({
    kind: z.enum(['day', 'week']),
    from: isoDaySchema,
    to: isoDaySchema,
  })
  .refine((c) => c.from !== c.to, { message: 'invalid', path: ['to'] });
export type MenuCopy = z.output<typeof menuCopySchema>;

export const menuStateChangeSchema = z.strictObject({
  state: z.enum(['approved', 'locked']),
  days: z
    .array(z.strictObject({ day: isoDaySchema, version: versionSchema }))
    .min(1)
    .max(31)
    .refine((ds) => distinct(ds.map((d) => d.day)), 'duplicate_items'),
});
export type MenuStateChange = z.output<typeof menuStateChangeSchema>;

export const rangeQuerySchema = z
  .strictObject({ from: isoDaySchema, to: isoDaySchema })
  .refine((r) => r.from <= r.to, { message: 'end_before_start', path: ['to'] })
  .refine((r) => daysBetween(r.from, r.to) < maxMenuRangeDays, {
    message: 'range_too_long',
    path: ['to'],
  });

/** One day of a cycle: the week (1-based), the weekday (ISO: 1 Monday … 7 Sunday). */
export const cycleDaySchema = z.strictObject({
  week: z.number().int().min(1).max(6),
  weekday: z.number().int().min(1).max(7),
  entries: menuEntriesSchema,
});
export const menuCycleCreateSchema = z
  .strictObject({
    name: textSchema(2, 120),
    weeks: z.number().int().min(1).max(6),
    days: z
      .array(cycleDaySchema)
      .max(42)
      .refine((ds) => distinct(ds.map((d) => `${d.week}/${d.weekday}`)), 'duplicate_items')
      .default([]),
    /** Or: take the cycle's days from the planned weeks starting on this day's Monday. */
    fromWeek: isoDaySchema.optional(),
  })
  .refine((c) => c.days.every((d) => d.week <= c.weeks), { message: 'tooBig', path: ['days'] });
export type MenuCycleCreate = z.output<typeof menuCycleCreateSchema>;

/** Applies a cycle: its week 1 starts on `from`'s Monday; holidays are left out. */
export const menuCycleApplySchema = z
  .strictObject({
    from: isoDaySchema,
    to: isoDaySchema,
    /** The cycle week the range's first week takes. */
    startWeek: z.number().int().min(1).max(6).default(1),
    holidays: z.array(isoDaySchema).max(31).default([]),
  })
  .refine((r) => r.from <= r.to, { message: 'end_before_start', path: ['to'] })
  .refine((r) => daysBetween(r.from, r.to) < maxMenuRangeDays, {
    message: 'range_too_long',
    path: ['to'],
  });
export type MenuCycleApply = z.output<typeof menuCycleApplySchema>;

const personView = z.object({ id: z.string(), fullName: z.string() }).nullable();
export const menuDayViewSchema = z.object({
  day: z.string(),
  state: z.enum(menuStates),
  holiday: z.boolean(),
  note: z.string(),
  entries: z.array(
    z.object({
      meal: mealSchema,
      group: dietGroupIdSchema,
      dishes: z.array(
        z.object({
          recipeId: z.string(),
          name: z.string(),
          course: z.enum(courses),
          deleted: z.boolean(),
        }),
      ),
    }),
  ),
  headcounts: z.array(
    z.object({
      group: dietGroupIdSchema,
      /** What is used: the typed figure when there is one, else the residents present. */
      count: z.number().int(),
      present: z.number().int(),
      edited: z.boolean(),
    }),
  ),
  approvedBy: personView,
  lockedBy: personView,
  /** 0 for a day never saved. */
  version: z.number().int(),
});
export type MenuDayView = z.infer<typeof menuDayViewSchema>;

export const menuWeekViewSchema = z.object({
  weekStart: z.string(),
  days: z.array(menuDayViewSchema),
});
export type MenuWeekView = z.infer<typeof menuWeekViewSchema>;

export const menuCycleViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  weeks: z.number().int(),
  days: z.array(
    z.object({ week: z.number(), weekday: z.number(), entries: z.array(menuEntrySchema) }),
  ),
  version: z.number().int(),
});
export type MenuCycleView = z.infer<typeof menuCycleViewSchema>;

export const menuBulkResultSchema = z.object({
  written: z.array(z.string()),
  skipped: z.array(z.string()),
});

// ---------------------------------------------------------------------------------------------
// Pure day arithmetic on `yyyy-MM-dd` keys (UTC, so no time zone moves a day).

const toUtc = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const dayMs = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / dayMs);
}

export function addDay(day: string, n: number): string {
  return new Date(toUtc(day) + n * dayMs).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const n = daysBetween(from, to);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDay(from, i));
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(day: string): number {
  const d = new Date(toUtc(day)).getUTCDay();
  return d === 0 ? 7 : d;
}

export function mondayOf(day: string): string {
  return addDay(day, 1 - isoWeekday(day));
}

/** The seven days of the week starting on `weekStart`'s Monday. */
export const weekDays = (weekStart: string) =>
  daysOf(mondayOf(weekStart), addDay(mondayOf(weekStart), 6));

/** The months (`yyyy-MM`) a range touches, for reads by equality on the month key. */
export function monthsOf(from: string, to: string): string[] {
  return [...new Set(daysOf(from, to).map((d) => d.slice(0, 7)))];
}

export const plannerAnalysisViewSchema = z.object({
  weekStart: z.string(),
  groups: analysisViewSchema.shape.groups,
  month: z.object({
    month: z.string(),
    days: z.array(
      z.object({
        day: z.string(),
        residents: z.number().int(),
        cost: z.number(),
        allowance: z.number(),
        runningCost: z.number(),
        runningAllowance: z.number(),
      }),
    ),
    cost: z.number(),
    allowance: z.number(),
  }),
});
export type PlannerAnalysisView = z.infer<typeof plannerAnalysisViewSchema>;
