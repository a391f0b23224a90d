// The handover book (sổ giao ca): per unit per shift instance (unit, shift template, the day it
// starts), the outgoing staff write who is present against who is expected, the notable events
// (care notes flagged for handover, incidents of the shift) and tasks for the next shift; the
// incoming staff acknowledge it. Unacknowledged handovers and open tasks carry forward.
import { z } from 'zod';
import { isoDaySchema } from './periods';
import { textSchema } from './text';
import { objectIdSchema, versionSchema } from './versioning';

export const awayKinds = ['home_visit', 'hospital', 'other'] as const;
export type AwayKind = (typeof awayKinds)[number];
export const maxHandoverTasks = 30;
export const maxHandoverEvents = 100;

const taskInputSchema = z.strictObject({
  /** Kept when a task is carried or edited; a new task gets one from the server. */
  id: z.string().max(40).optional(),
  text: textSchema(2, 300),
  done: z.boolean().default(false),
});
export const shiftInstanceSchema = z.strictObject({
  unitId: objectIdSchema,
  templateId: objectIdSchema,
  day: isoDaySchema,
});
export type ShiftInstance = z.infer<typeof shiftInstanceSchema>;
export const handoverWriteSchema = shiftInstanceSchema.extend({
  summary: textSchema(0, 4000, { multiline: true }).default(''),
  tasks: z.array(taskInputSchema).max(maxHandoverTasks).default([]),
});
export const handoverEditSchema = z.strictObject({
  version: versionSchema,
  summary: textSchema(0, 4000, { multiline: true }).optional(),
  tasks: z.array(taskInputSchema).max(maxHandoverTasks).optional(),
});
export const handoverListQuerySchema = z.strictObject({
  day: isoDaySchema,
  unitId: objectIdSchema.optional(),
});

const person = z.object({ id: z.string(), fullName: z.string() });
export const headcountSchema = z.object({
  expected: z.number().int(),
  present: z.number().int(),
  away: z.array(
    z.object({
      residentId: z.string(),
      fullName: z.string(),
      room: z.string(),
      kind: z.enum(awayKinds),
      since: z.string(),
      expectedReturn: z.string(),
      /** Where (the hospital's name) or why, as the absence was recorded. */
      note: z.string(),
    }),
  ),
});
export type Headcount = z.infer<typeof headcountSchema>;
export const handoverEventSchema = z.object({
  kind: z.enum(['note', 'incident']),
  refId: z.string(),
  at: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  text: z.string(),
  /** The incident's severity, or the note's type. */
  label: z.string(),
});
export type HandoverEvent = z.infer<typeof handoverEventSchema>;
export const handoverTaskSchema = z.object({
  id: z.string(),
  text: z.string(),
  done: z.boolean(),
  /** Written on an earlier shift and still open: carried forward. */
  carriedFrom: z.string().nullable(),
});
export type HandoverTask = z.infer<typeof handoverTaskSchema>;

const shiftFields = {
  unitId: z.string(),
  unitName: z.string(),
  templateId: z.string(),
  templateName: z.string(),
  day: z.string(),
  start: z.string(),
  end: z.string(),
};
export const handoverViewSchema = z.object({
  id: z.string(),
  ...shiftFields,
  headcount: headcountSchema,
  events: z.array(handoverEventSchema),
  summary: z.string(),
  tasks: z.array(handoverTaskSchema),
  writtenBy: person,
  writtenAt: z.string(),
  /** The staff on the shift when it was written (who hands over). */
  outgoing: z.array(person),
  acknowledgements: z.array(person.extend({ at: z.string() })),
  /** The previous handover of the unit, when nobody acknowledged it before this one was written. */
  previousUnacknowledged: z.string().nullable(),
  version: z.number().int(),
});
export type HandoverView = z.infer<typeof handoverViewSchema>;
/** What the outgoing staff start from: computed now, not stored. */
export const handoverDraftSchema = z.object({
  ...shiftFields,
  existingId: z.string().nullable(),
  headcount: headcountSchema,
  events: z.array(handoverEventSchema),
  tasks: z.array(handoverTaskSchema),
  previous: z
    .object({
      id: z.string(),
      acknowledged: z.boolean(),
      templateName: z.string(),
      day: z.string(),
    })
    .nullable(),
});
export type HandoverDraft = z.infer<typeof handoverDraftSchema>;
export const handoverAckSchema = z.strictObject({});

// ---- pure rules ----

/** The key of one shift instance: one handover each. */
export const shiftInstanceKey = (s: ShiftInstance) => `${s.unitId}/${s.templateId}/${s.day}`;

type AbsenceLike = {
  kind: AwayKind;
  from: string;
  expectedReturn: string;
  returnedOn: string | null;
  note: string;
};
type ResidentLike = {
  id: string;
  fullName: string;
  room: string;
  status: 'in_care' | 'absent' | 'discharged';
  /** The absences of the current stay. */
  absences: readonly AbsenceLike[];
};

/** Residents expected in the unit (in care or away for a while) against those present now. */
export function headcountOf(residents: readonly ResidentLike[]): Headcount {
  const current = residents.filter((r) => r.status !== 'discharged');
  const away = current
    .filter((r) => r.status === 'absent')
    .map((r) => {
      const open = [...r.absences].reverse().find((a) => a.returnedOn === null);
      return {
        residentId: r.id,
        fullName: r.fullName,
        room: r.room,
        kind: open?.kind ?? 'other',
        since: open?.from ?? '',
        expectedReturn: open?.expectedReturn ?? '',
        note: open?.note ?? '',
      };
    })
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
  return { expected: current.length, present: current.length - away.length, away };
}

/** Events inside the shift's window [start, end), oldest first, at most `maxHandoverEvents`. */
export function eventsInWindow<T extends { at: string }>(
  events: readonly T[],
  start: number,
  end: number,
): T[] {
  return events
    .filter((e) => {
      const at = Date.parse(e.at);
      return at >= start && at < end;
    })
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .slice(0, maxHandoverEvents);
}

/**
 * The tasks a new handover starts with: the previous handover's open tasks, carried (keeping the
 * shift they were first written on), before the tasks written now.
 */
export function carriedTasks(
  previous: { id: string; tasks: readonly HandoverTask[] } | null,
): HandoverTask[] {
  if (!previous) return [];
  return previous.tasks
    .filter((t) => !t.done)
    .map((t) => ({ ...t, carriedFrom: t.carriedFrom ?? previous.id }));
}

/** Tasks as saved: ids kept, new ones numbered, carried marks kept from the tasks known before. */
export function mergeTasks(
  input: readonly { id?: string; text: string; done: boolean }[],
  known: readonly HandoverTask[],
  newId: () => string,
): HandoverTask[] {
  const byId = new Map(known.map((t) => [t.id, t]));
  return input.map((t) => {
    const before = t.id ? byId.get(t.id) : undefined;
    return {
      id: before?.id ?? newId(),
      text: t.text,
      done: t.done,
      carriedFrom: before?.carriedFrom ?? null,
    };
  });
}
