// Shift swaps and cover: a staff member offers a published shift of theirs (anyone qualified may
// take it) or proposes a swap with a named colleague's shift; the colleague accepts or declines; a
// manager approves (after the rule checks) or rejects with a reason.
import { z } from 'zod';
import { monthKeySchema, violationSchema } from './rota';
import { textSchema } from './text';
import { objectIdSchema, versionSchema } from './versioning';

export const swapKinds = ['cover', 'swap'] as const;
export type SwapKind = (typeof swapKinds)[number];
export const swapStatuses = [
  'offered',
  'proposed',
  'accepted',
  'approved',
  'rejected',
  'declined',
  'withdrawn',
  'applying',
] as const;
export type SwapStatus = (typeof swapStatuses)[number];
/**
 * Still open: waiting for the colleague (offered, proposed) or a manager (accepted), or approved
 * and its shifts being moved (applying: a moment, or until recovery finishes or undoes it).
 */
export const openSwapStatuses: readonly SwapStatus[] = [
  'offered',
  'proposed',
  'accepted',
  'applying',
];
/** How an approval that a crash interrupted ended: its shifts moved, or put back for a new decision. */
export const swapRecoveries = ['finished', 'undone'] as const;
export type SwapRecovery = (typeof swapRecoveries)[number];

export const swapCreateSchema = z
  .strictObject({
    kind: z.enum(swapKinds),
    /** The requester's own published shift. */
    entryId: objectIdSchema,
    /** The colleague's shift taken in exchange (a swap only). */
    targetEntryId: objectIdSchema.optional(),
    note: textSchema(0, 300).default(''),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'swap' && !s.targetEntryId)
      ctx.addIssue({ code: 'custom', path: ['targetEntryId'], message: 'required' });
    if (s.kind === 'cover' && s.targetEntryId)
      ctx.addIssue({ code: 'custom', path: ['targetEntryId'], message: 'unknown_field' });
  });
export type SwapCreateInput = z.input<typeof swapCreateSchema>;

/** Accept, decline, withdraw, approve: the version read. */
export const swapStepSchema = z.strictObject({
  version: versionSchema,
  note: textSchema(0, 300).default(''),
});
/** A rejection names its reason. */
export const swapRejectSchema = z.strictObject({
  version: versionSchema,
  note: textSchema(1, 300),
});

export const swapQuerySchema = z.strictObject({
  /** Open requests (the default), or every request of one month. */
  month: monthKeySchema.optional(),
});

const person = z.object({ id: z.string(), fullName: z.string() });
const shift = z.object({
  id: z.string(),
  staffId: z.string(),
  day: z.string(),
  unitId: z.string(),
  templateId: z.string(),
  start: z.string(),
  end: z.string(),
});
export type SwapShiftView = z.infer<typeof shift>;

export const swapViewSchema = z.object({
  id: z.string(),
  kind: z.enum(swapKinds),
  status: z.enum(swapStatuses),
  month: z.string(),
  requester: person,
  entry: shift,
  /** The colleague named in a swap, or whoever took a cover once accepted. */
  target: person.nullable(),
  targetEntry: shift.nullable(),
  note: z.string(),
  /** The colleague's or the manager's words (a rejection's reason). */
  decisionNote: z.string(),
  decidedBy: person.nullable(),
  createdAt: z.string(),
  /** A shift changed since the request was made: it can no longer be accepted or approved. */
  stale: z.boolean(),
  /** An approval interrupted (the server stopped mid-way) and then finished or undone on its own. */
  recovery: z.enum(swapRecoveries).nullable(),
  version: z.number().int(),
});
export type SwapView = z.infer<typeof swapViewSchema>;

/** The rule checks on the rota as it would be after the swap: only what the swap adds. */
export const swapCheckViewSchema = z.object({
  /** Hard rules the swap would break: approval is refused while there is one. */
  errors: z.array(violationSchema),
  warnings: z.array(violationSchema),
  /** Names of the people the violations name (for the words). */
  names: z.record(z.string(), z.string()),
  stale: z.boolean(),
});
export type SwapCheckView = z.infer<typeof swapCheckViewSchema>;

/** A violation's identity: the same rule for the same person, day and shift. */
export const violationKey = (v: {
  rule: string;
  staffId?: string;
  day: string;
  unitId?: string;
  templateId?: string;
}) => [v.rule, v.staffId ?? '', v.day, v.unitId ?? '', v.templateId ?? ''].join('|');

/**
 * How bad a violation is, for the rules that measure it: more hours worked or over, less rest,
 * fewer staff on a shift. A change that makes such a violation worse adds to it.
 */
const measures: Record<string, (detail: Record<string, unknown>) => number> = {
  daily_hours: (d) => Number(d.hours),
  weekly_hours: (d) => Number(d.hours),
  overtime_month: (d) => Number(d.hours),
  overtime_year: (d) => Number(d.hours),
  short_rest: (d) => -Number(d.hours),
  weekly_rest: (d) => -Number(d.hours),
  coverage_min: (d) => -Number(d.count),
  coverage_preferred: (d) => -Number(d.count),
};

/** Whether `after` is the same violation as `before`, made worse. */
function worse(before: { rule: string; detail?: unknown }, after: { detail?: unknown }): boolean {
  const measure = measures[before.rule];
  if (!measure) return false;
  const of = (v: { detail?: unknown }) => measure((v.detail ?? {}) as Record<string, unknown>);
  return of(after) > of(before) + 1e-9;
}

/**
 * What a change adds: the violations after it that were not there before (counted, not just
 * named), and those it makes worse (longer hours, shorter rest, fewer staff).
 */
export function addedViolations<
  V extends Parameters<typeof violationKey>[0] & { detail?: unknown },
>(before: readonly V[], after: readonly V[]): V[] {
  const seen = new Map<string, V[]>();
  for (const v of before) seen.set(violationKey(v), [...(seen.get(violationKey(v)) ?? []), v]);
  const added: V[] = [];
  for (const v of after) {
    const was = seen.get(violationKey(v))?.shift();
    if (!was || worse(was, v)) added.push(v);
  }
  return added;
}
