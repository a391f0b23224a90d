// A manager approves a swap: under both people's leases (rota-locks.ts) the request is read again,
// its shifts must be as they were asked, the rule checks must pass, then the request is claimed
// with a version check (one winner among parallel approvals) and the shifts change hands, each
// under its own version (a swap exchanges the two shifts' places; a cover changes the holder). Should a shift have changed meanwhile (a planner clearing it without a
// lease), what was done is undone and the answer is 409 swap_stale: nothing stays half-made.
import { recordChange } from '../audit/audit.service';
import { isDuplicateKey } from '../platform/db';
import { AppError, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { checkMonth } from './rota-check';
import { auditedEntryFields, RotaEntry, type EntryDoc } from './rota-entry.model';
import { withStaffLocks } from './rota-locks';
import { monthsTouched } from './swap-check';
import { RotaSwap, type SwapDoc, type SwapShift } from './swap.model';
import { assertSwapFits, auditSwap, getSwap, presentSwap, type Person } from './swaps.service';

export async function approveSwap(
  id: string,
  input: { version: number; note: string },
  actor: Person,
) {
  const first = await getSwap(id);
  if (first.status !== 'accepted' || !first.target) throw new AppError('swap_decided');
  if (first.version !== input.version) throw staleVersion();
  const people = [first.requester.id, first.target.id];
  const { after, moved } = await withStaffLocks(people, async () => {
    const doc = await getSwap(id);
    if (doc.version !== input.version) throw staleVersion();
    if (doc.status !== 'accepted') throw new AppError('swap_decided');
    await assertSwapFits(doc);
    const claimed = await updateVersioned<SwapDoc>(RotaSwap, id, input.version, {
      $set: {
        status: 'approved',
        open: false,
        decidedBy: { id: actor.id, fullName: actor.fullName },
        decisionNote: input.note,
      },
    });
    const done: { before: EntryDoc; after: EntryDoc }[] = [];
    try {
      for (const change of changesOf(doc)) {
        const before = (await RotaEntry.findById(change.id).lean<EntryDoc>())!;
        const moved = await updateVersioned<EntryDoc>(RotaEntry, change.id, change.version, {
          $set: change.set,
        });
        done.push({ before: before ?? moved, after: moved });
      }
    } catch (e) {
      await undo(claimed, done);
      if (isDuplicateKey(e)) throw new AppError('shift_overlap');
      if (e instanceof AppError) throw new AppError('swap_stale');
      throw e;
    }
    return { after: claimed, moved: done };
  });
  await auditSwap(actor, first, after);
  for (const m of moved)
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
  // The month records each person's overtime for the year's later checks: read it again.
  for (const month of monthsTouched(moved.map((m) => m.after.day))) await checkMonth(month);
  return presentSwap(after, false);
}

const placement = (s: SwapShift) => ({
  day: s.day,
  month: s.day.slice(0, 7),
  year: s.day.slice(0, 4),
  unitId: s.unitId,
  templateId: s.templateId,
  start: s.start,
  end: s.end,
});

/**
 * What changes: a covered shift gets its new holder; swapped shifts exchange their places (day,
 * unit, shift, times) and keep their holders, so no step ever gives one person two shifts that
 * start at once (the unique index), even when the two shifts start at the same time.
 */
function changesOf(doc: SwapDoc) {
  if (!doc.targetEntry)
    return [{ id: doc.entry.id, version: doc.entry.version, set: { staffId: doc.target!.id } }];
  return [
    { id: doc.entry.id, version: doc.entry.version, set: placement(doc.targetEntry) },
    { id: doc.targetEntry.id, version: doc.targetEntry.version, set: placement(doc.entry) },
  ];
}

async function undo(claimed: SwapDoc, done: { before: EntryDoc; after: EntryDoc }[]) {
  for (const m of done.reverse())
    await updateVersioned(RotaEntry, m.after._id.toString(), m.after.version, {
      $set: {
        staffId: m.before.staffId,
        day: m.before.day,
        month: m.before.month,
        year: m.before.year,
        unitId: m.before.unitId,
        templateId: m.before.templateId,
        start: m.before.start,
        end: m.before.end,
      },
    }).catch(() => undefined);
  await updateVersioned(RotaSwap, claimed._id.toString(), claimed.version, {
    $set: { status: 'accepted', open: true, decidedBy: null, decisionNote: '' },
  }).catch(() => undefined);
}
