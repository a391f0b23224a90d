// Finishes or undoes swap approvals that a stopped process left half-way. The embedded database has
// no multi-document transactions, so the approval writes its intent first (status `applying`, the
// request's shift copies holding the versions the moves start from) and this completes it: forward
// when every shift is still at its recorded version or already moved, back (the request returned
// to `accepted` for a manager to decide again) when a shift changed otherwise. It runs at start-up
// and before swaps are listed or decided; a claim younger than a lease is left alone, since the
// approval that made it may still be running elsewhere under its leases.
import type { SwapRecovery } from '@care/shared/rota-swaps';
import { isDuplicateKey } from '../platform/db';
import { AppError } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { RotaEntry, type EntryDoc } from './rota-entry.model';
import { leaseMs, withStaffLocks } from './rota-locks';
import { changesOf, holds, recordMoves, type Move, type ShiftChange } from './swap-changes';
import { RotaSwap, type SwapDoc } from './swap.model';
import { auditSwap } from './swaps.service';

/** How long a claim is left to the approval that made it: its leases last as long. */
export const recoveryGraceMs = leaseMs;

/** One request put right, or `busy` when its people's leases stayed taken (tried again next time). */
export type Recovered = { id: string; outcome: SwapRecovery | 'busy' };

/**
 * Every request left `applying` longer than the grace: one query on the `open` index, which
 * finds nothing in the usual case. Safe to run in several processes at once: each request is
 * settled under its people's leases and version-checked, so one of them does it.
 */
export async function recoverSwaps(now = Date.now()): Promise<Recovered[]> {
  const left = await RotaSwap.find(
    { open: true, status: 'applying', applyingSince: { $lt: new Date(now - recoveryGraceMs) } },
    { _id: 1 },
  ).lean<{ _id: SwapDoc['_id'] }[]>();
  const done: Recovered[] = [];
  for (const { _id } of left) {
    const id = _id.toString();
    try {
      const outcome = await recoverSwap(id);
      if (outcome) done.push({ id, outcome });
    } catch (e) {
      // Another request holds a person's lease past the wait: the next run finishes this one.
      if (e instanceof AppError && e.code === 'conflict') done.push({ id, outcome: 'busy' });
      else throw e;
    }
  }
  return done;
}

/** Where a shift stands against its move: not made, made (and untouched since), or changed. */
function standing(change: ShiftChange, entry: EntryDoc | null) {
  if (entry?.version === change.version) return 'todo';
  if (entry?.version === change.version + 1 && holds(entry, change.set)) return 'made';
  return 'changed';
}

async function recoverSwap(id: string): Promise<SwapRecovery | null> {
  const seen = await RotaSwap.findById(id).lean<SwapDoc>();
  if (seen?.status !== 'applying' || !seen.target) return null;
  return withStaffLocks([seen.requester.id, seen.target.id], async () => {
    const doc = await RotaSwap.findById(id).lean<SwapDoc>();
    // Settled by another process meanwhile (or claimed anew, which is that approval's to finish).
    if (doc?.status !== 'applying' || doc.version !== seen.version) return null;
    const changes = changesOf(doc);
    const entries = await Promise.all(
      changes.map((c) => RotaEntry.findById(c.id).lean<EntryDoc>()),
    );
    // The moves the stopped process made were not audited: they are now, with the recovery's.
    const moves: Move[] = changes.flatMap((c, i) =>
      standing(c, entries[i]!) === 'made'
        ? [{ before: { ...entries[i]!, ...c.back }, after: entries[i]! }]
        : [],
    );
    let outcome: SwapRecovery = changes.every((c, i) => standing(c, entries[i]!) !== 'changed')
      ? 'finished'
      : 'undone';
    if (outcome === 'finished') {
      try {
        for (const [i, c] of changes.entries())
          if (standing(c, entries[i]!) === 'todo') {
            const after = await updateVersioned<EntryDoc>(RotaEntry, c.id, c.version, {
              $set: c.set,
            });
            moves.push({ before: entries[i]!, after });
          }
      } catch (e) {
        // A shift changed under us, or a person now holds another shift at that hour: undo.
        if (!(e instanceof AppError) && !isDuplicateKey(e)) throw e;
        outcome = 'undone';
      }
    }
    if (outcome === 'undone') moves.push(...(await putBack(changes)));
    const set =
      outcome === 'finished'
        ? { status: 'approved', open: false, applyingSince: null, recovery: outcome }
        : {
            status: 'accepted',
            open: true,
            applyingSince: null,
            recovery: outcome,
            decidedBy: null,
            decisionNote: '',
          };
    const after = await updateVersioned<SwapDoc>(RotaSwap, id, doc.version, { $set: set });
    await auditSwap(null, doc, after);
    await recordMoves(null, moves);
    return outcome;
  });
}

/** Moves back every shift that holds its new place at the version the move gave it. */
async function putBack(changes: ShiftChange[]): Promise<Move[]> {
  const moves: Move[] = [];
  for (const c of [...changes].reverse()) {
    const now = await RotaEntry.findById(c.id).lean<EntryDoc>();
    if (!now || standing(c, now) !== 'made') continue;
    try {
      const after = await updateVersioned<EntryDoc>(RotaEntry, c.id, c.version + 1, {
        $set: c.back,
      });
      moves.push({ before: now, after });
    } catch (e) {
      // Changed by a planner this very moment: theirs stands, and the request is stale for it.
      if (!(e instanceof AppError)) throw e;
    }
  }
  return moves;
}
