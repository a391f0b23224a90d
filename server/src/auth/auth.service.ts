// Sign-in: checks credentials, counts failures and locks an account for a while after too many.
import type { LoginInput } from '@care/shared/users';
import { recordAudit } from '../audit/audit.service';
import { AppError } from '../platform/errors';
import { User, type UserDoc } from '../users/user.model';
import { decoyHash, verifyPassword } from '../users/passwords';

export type LockoutPolicy = { maxFailures: number; lockMinutes: number };

function locked(until: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError(429, 'account_locked', undefined, { 'Retry-After': String(seconds) });
}

export async function authenticate(input: LoginInput, policy: LockoutPolicy): Promise<UserDoc> {
  const user = await User.findOne({ username: input.username }).lean<UserDoc>();
  if (!user || !user.active) {
    await verifyPassword(input.password, decoyHash);
    throw new AppError(401, 'invalid_credentials');
  }
  // Claim one attempt before checking the password: the count goes up atomically, so requests sent
  // together cannot check more than `maxFailures` passwords before the lock.
  const now = new Date();
  const claimed = await User.findOneAndUpdate(
    {
      _id: user._id,
      failedLoginCount: { $lt: policy.maxFailures },
      $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }],
    },
    { $inc: { failedLoginCount: 1 } },
    { returnDocument: 'after' },
  ).lean<UserDoc>();
  if (!claimed) {
    const current = await User.findById(user._id).lean<UserDoc>();
    throw locked(
      current?.lockedUntil && current.lockedUntil > now
        ? current.lockedUntil
        : new Date(now.getTime() + policy.lockMinutes * 60_000),
    );
  }
  if (await verifyPassword(input.password, user.passwordHash)) {
    await User.updateOne({ _id: user._id }, { $set: { failedLoginCount: 0, lockedUntil: null } });
    await recordAudit({
      actor: { id: user._id.toString(), fullName: user.fullName },
      action: 'login',
      entity: 'session',
      entityId: user._id.toString(),
      entityLabel: user.username,
    });
    return user;
  }
  if (claimed.failedLoginCount >= policy.maxFailures) {
    const until = new Date(Date.now() + policy.lockMinutes * 60_000);
    await User.updateOne({ _id: user._id }, { $set: { lockedUntil: until, failedLoginCount: 0 } });
    throw locked(until);
  }
  throw new AppError(401, 'invalid_credentials');
}

/** What the session keeps: the user id and the epoch it was opened in. */
export type SessionRef = { id: string; epoch: number };

/** Loads the signed-in user for a request; a deactivated or reset account ends the session. */
export async function resolveSession(ref: SessionRef): Promise<Express.User | false> {
  if (!ref || typeof ref.id !== 'string' || !/^[0-9a-f]{24}$/.test(ref.id)) return false;
  const user = await User.findById(ref.id).lean<UserDoc>();
  if (!user || !user.active || user.sessionEpoch !== ref.epoch) return false;
  return toSessionUser(user);
}

export function toSessionUser(user: UserDoc): Express.User {
  return {
    id: user._id.toString(),
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    language: user.language,
    epoch: user.sessionEpoch,
  };
}
