// The moves an approved swap makes on the rota, shared by the approval (swap-approval.ts) and its
// recovery after a crash (swap-recovery.ts): each shift's change from the version the request
// recorded, the way back, and the audit of what moved.
import { recordChange, type Actor } from '../audit/audit.service';
import { checkMonth } from './rota-check';
import { auditedEntryFields, type EntryDoc } from './rota-entry.model';
import { monthsTouched } from './swap-check';
import type { SwapDoc, SwapShift } from './swap.model';

type Placement = Partial<
  Pick<EntryDoc, 'staffId' | 'day' | 'month' | 'year' | 'unitId' | 'templateId' | 'start' | 'end'>
>;
/** One shift's move: from the version the request recorded, `set` makes it, `back` undoes it. */
export type ShiftChange = { id: string; version: number; set: Placement; back: Placement };
export type Move = { before: EntryDoc; after: EntryDoc };

const placement = (s: SwapShift): Placement => ({
  day: s.day,
  month: s.day.slice(0, 7),
  year: s.day.slice(0, 4),
  unitId: s.unitId,
  templateId: s.templateId,
  start: new Date(s.start),
  end: new Date(s.end),
});

/**
 * What changes: a covered shift gets its new holder; swapped shifts exchange their places (day,
 * unit, shift, times) and keep their holders, so no step ever gives one person two shifts that
 * start at once (the unique index), even when the two shifts start at the same time.
 */
export function changesOf(doc: SwapDoc): ShiftChange[] {
  if (!doc.targetEntry)
    return [
      {
        id: doc.entry.id,
        version: doc.entry.version,
        set: { staffId: doc.target!.id },
        back: { staffId: doc.entry.staffId },
      },
    ];
  return [
    {
      id: doc.entry.id,
      version: doc.entry.version,
      set: placement(doc.targetEntry),
      back: placement(doc.entry),
    },
    {
      id: doc.targetEntry.id,
      version: doc.targetEntry.version,
      set: placement(doc.entry),
      back: placement(doc.targetEntry),
    },
  ];
}

/** The entry holds these values (times compared as instants). */
export function holds(entry: EntryDoc, values: Placement): boolean {
  return Object.entries(values).every(([key, value]) => {
    const now: unknown = entry[key as keyof EntryDoc];
    return value instanceof Date
      ? now instanceof Date && now.getTime() === value.getTime()
      : now === value;
  });
}

/** Audits each moved shift, then reads its months again (each person's overtime for the year's later checks). */
export async function recordMoves(actor: Actor, moves: Move[]) {
  for (const m of moves)
    await recordChange({
      actor,
      action: 'update',
      entity: 'rota_entry',
      entityId: m.after._id.toString(),
      entityLabel: `${m.after.staffId} · ${m.after.day}`,
      before: m.before,
      after: m.after,
      fields: auditedEntryFields,
    });
  const days = moves.flatMap((m) => [m.before.day, m.after.day]);
  for (const month of monthsTouched(days)) await checkMonth(month);
}
