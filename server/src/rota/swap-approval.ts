// A manager approves a swap: under both people's leases (rota-locks.ts) the request is read again,
// its shifts must be as they were asked, the rule checks must pass, then the request is claimed
// with a version check (one winner among parallel approvals) and the shifts change hands, each
// under its own version (a swap exchanges the two shifts' places; a cover changes the holder).
// The claim writes the intent first (status `applying`; the request's shift copies hold the
// versions the moves start from), so a process that stops half-way leaves a request that
// swap-recovery.ts finishes or undoes. Should a shift have changed meanwhile (a planner clearing
// it without a lease), what was done is undone and the answer is 409 swap_stale: nothing stays
// half-made.
import { isDuplicateKey } from '../platform/db';
import { AppError, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { RotaEntry, type EntryDoc } from './rota-entry.model';
import { withStaffLocks } from './rota-locks';
import { changesOf, recordMoves, type Move } from './swap-changes';
import { RotaSwap, type SwapDoc } from './swap.model';
import { assertSwapFits, auditSwap, getSwap, presentSwap, type Person } from './swaps.service';

export async function approveSwap(
  id: string,
  input: { version: number; note: string },
  actor: Person,
) {
  const first = await getSwap(id);
  if (first.status === 'applying') throw new AppError('swap_applying');
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
        status: 'applying',
        applyingSince: new Date(),
        recovery: null,
        decidedBy: { id: actor.id, fullName: actor.fullName },
        decisionNote: input.note,
      },
    });
    const done: Move[] = [];
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
    const approved = await updateVersioned<SwapDoc>(RotaSwap, id, claimed.version, {
      $set: { status: 'approved', open: false, applyingSince: null },
    });
    return { after: approved, moved: done };
  });
  await auditSwap(actor, first, after);
  await recordMoves(actor, moved);
  return presentSwap(after, false);
}

async function undo(claimed: SwapDoc, done: Move[]) {
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
  // Should this fail too, the request stays `applying` and swap-recovery.ts puts it right.
  await updateVersioned(RotaSwap, claimed._id.toString(), claimed.version, {
    $set: {
      status: 'accepted',
      open: true,
      applyingSince: null,
      decidedBy: null,
      decisionNote: '',
    },
  }).catch(() => undefined);
}
