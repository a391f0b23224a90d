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

/** A failed sign-in or a lock, audited with the username as typed and the address it came from. */
function auditFailure(
  action: 'login_failed' | 'lockout',
  username: string,
  address: string,
  outcome: string,
  user: UserDoc | null,
) {
  return recordAudit({
    actor: user ? { id: user._id.toString(), fullName: user.fullName } : null,
    action,
    entity: 'session',
    entityId: user?._id.toString() ?? '-',
    entityLabel: username,
    changes: [
      { field: 'address', before: null, after: address },
      { field: 'outcome', before: null, after: outcome },
    ],
  });
}

export async function authenticate(
  input: LoginInput,
  policy: LockoutPolicy,
  address = '',
): Promise<UserDoc> {
  const user = await User.findOne({ username: input.username }).lean<UserDoc>();
  if (!user || !user.active) {
    await verifyPassword(input.password, decoyHash);
    await auditFailure(
      'login_failed',
      input.username,
      address,
      user ? 'inactive' : 'unknown',
      user,
    );
    throw new AppError(401, 'invalid_credentials');
  }
  // Failures older than a lock period are forgotten: a few typos a week never lock anyone.
  const now = new Date();
  const quietSince = new Date(now.getTime() - policy.lockMinutes * 60_000);
  await User.updateOne(
    { _id: user._id, failedLoginCount: { $gt: 0 }, lastFailedAt: { $lt: quietSince } },
    { $set: { failedLoginCount: 0 } },
  );
  // Claim one attempt before checking the password: the count goes up atomically, so requests sent
  // together cannot check more than `maxFailures` passwords before the lock.
  const claimed = await User.findOneAndUpdate(
    {
      _id: user._id,
      failedLoginCount: { $lt: policy.maxFailures },
      $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }],
    },
    { $inc: { failedLoginCount: 1 }, $set: { lastFailedAt: now } },
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
    await auditFailure('lockout', input.username, address, 'locked', user);
    throw locked(until);
  }
  await auditFailure('login_failed', input.username, address, 'wrong_password', user);
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
