// A short lease per staff member: every change to a person's shifts checks their other shifts
// and writes under it, so two parallel requests cannot both give one person overlapping shifts.
// Taking the lease is one conditional write (atomic on every engine, FerretDB through its
// write-serialising proxy); a lease left by a crashed request lapses after `leaseMs`.
import { randomBytes } from 'node:crypto';
import { isDuplicateKey } from '../platform/db';
import { AppError } from '../platform/errors';
import { RotaStaffLock } from './rota-entry.model';

export const leaseMs = 10_000;
const waitMs = 8_000;

async function acquire(staffId: string, token: string): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    const now = Date.now();
    try {
      // Free (or lapsed) lease: taken; held lease: the upsert's insert hits the unique _id.
      await RotaStaffLock.updateOne(
        { _id: staffId, until: { $lt: now } },
        { $set: { holder: token, until: now + leaseMs } },
        { upsert: true },
      );
      return;
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
    if (Date.now() > deadline) throw new AppError('conflict');
    await new Promise((r) => setTimeout(r, Math.min(200, 10 + attempt * 10)));
  }
}

async function release(staffId: string, token: string): Promise<void> {
  await RotaStaffLock.updateOne({ _id: staffId, holder: token }, { $set: { until: 0 } });
}

/** Runs `work` holding the leases of these staff members (taken in a fixed order). */
export async function withStaffLocks<T>(staffIds: string[], work: () => Promise<T>): Promise<T> {
  const ids = [...new Set(staffIds)].sort();
  const token = randomBytes(8).toString('hex');
  const held: string[] = [];
  try {
    for (const id of ids) {
      await acquire(id, token);
      held.push(id);
    }
    return await work();
  } finally {
    await Promise.all(held.map((id) => release(id, token)));
  }
}
