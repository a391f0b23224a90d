// Counting failed sign-ins, atomically: an attempt is claimed (the count goes up) before the
// password is checked, so requests sent together cannot check more passwords than allowed.
// Counts live on the account itself for real accounts (the admin sees the lock), and in
// `login_attempts` for what has no account (a username that does not exist or is deactivated, so it
// locks exactly like a real one) and for each address + username pair (a per-address throttle that
// steps in before anyone can lock a colleague out from one machine).
import mongoose, { Schema } from 'mongoose';
import type { LockoutPolicy } from './auth.service';

const attemptSchema = new Schema(
  {
    _id: { type: String, required: true },
    failedLoginCount: { type: Number, default: 0 },
    lockedUntil: { type: Date, default: null },
    lastFailedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
export const LoginAttempt = mongoose.model('LoginAttempt', attemptSchema, 'login_attempts');

type Counted = {
  updateOne: (filter: object, update: object) => PromiseLike<unknown>;
  findOneAndUpdate: (
    filter: object,
    update: object,
    options: object,
  ) => { lean: <R>() => PromiseLike<R | null> };
  findOne: (filter: object) => { lean: <R>() => PromiseLike<R | null> };
};
type CountDoc = { failedLoginCount: number; lockedUntil: Date | null };
export type Counter = { model: Counted; id: unknown; create: boolean };

export const accountCounter = (model: Counted, id: unknown): Counter => ({
  model,
  id,
  create: false,
});
export const attemptCounter = (key: string): Counter => ({
  model: LoginAttempt as unknown as Counted,
  id: key,
  create: true,
});

export type Claim = { claimed: true; count: number } | { claimed: false; until: Date };

export async function claimAttempt(c: Counter, max: number, policy: LockoutPolicy): Promise<Claim> {
  const now = new Date();
  const lock = policy.lockMinutes * 60_000;
  // Failures older than a lock period are forgotten: a few typos a week never lock anyone.
  await c.model.updateOne(
    { _id: c.id, failedLoginCount: { $gt: 0 }, lastFailedAt: { $lt: new Date(+now - lock) } },
    { $set: { failedLoginCount: 0 } },
  );
  const claimed = await c.model
    .findOneAndUpdate(
      {
        _id: c.id,
        failedLoginCount: { $lt: max },
        $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }],
      },
      { $inc: { failedLoginCount: 1 }, $set: { lastFailedAt: now } },
      { upsert: c.create, returnDocument: 'after' },
    )
    .lean<CountDoc>()
    // An upsert that meets the existing, locked document collides on _id: not claimed.
    .then(undefined, (e: { code?: number }) => (e.code === 11000 ? null : Promise.reject(e)));
  if (claimed) return { claimed: true, count: claimed.failedLoginCount };
  const current = await c.model.findOne({ _id: c.id }).lean<CountDoc>();
  const until =
    current?.lockedUntil && current.lockedUntil > now ? current.lockedUntil : new Date(+now + lock);
  return { claimed: false, until };
}

export async function lockNow(c: Counter, policy: LockoutPolicy): Promise<Date> {
  const until = new Date(Date.now() + policy.lockMinutes * 60_000);
  await c.model.updateOne({ _id: c.id }, { $set: { lockedUntil: until, failedLoginCount: 0 } });
  return until;
}

export async function clearAttempts(c: Counter): Promise<void> {
  await c.model.updateOne({ _id: c.id }, { $set: { failedLoginCount: 0, lockedUntil: null } });
}

/** No TTL indexes on the embedded database: old entries are removed by an acknowledged sweep. */
export async function sweepLoginAttempts(): Promise<number> {
  const dayAgo = new Date(Date.now() - 86_400_000);
  const result = await LoginAttempt.deleteMany({
    lastFailedAt: { $lt: dayAgo },
    $or: [{ lockedUntil: null }, { lockedUntil: { $lt: new Date() } }],
  });
  return result.deletedCount;
}
