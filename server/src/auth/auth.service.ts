// Sign-in: checks credentials, counts failures and locks an account for a while after too many.
import type { LoginInput } from '@care/shared/users';
import { recordAudit } from '../audit/audit.service';
import { AppError } from '../platform/errors';
import { accountCounter, attemptCounter, claimAttempt, clearAttempts, lockNow } from './attempts';
import { User, type UserDoc } from '../users/user.model';
import { decoyHash, verifyPassword } from '../users/passwords';

export type LockoutPolicy = { maxFailures: number; lockMinutes: number };

function locked(until: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError('account_locked', undefined, { 'Retry-After': String(seconds) });
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
  // One address may try one username fewer times than would lock it: a colleague's account cannot
  // be locked from a single machine, and the answer is a throttle, not a lock.
  const pair = attemptCounter(`${address}|${input.username}`);
  const throttle = await claimAttempt(pair, Math.max(1, policy.maxFailures - 1), policy);
  if (!throttle.claimed) {
    await auditFailure('login_failed', input.username, address, 'throttled', null);
    throw new AppError('too_many_requests', undefined, {
      'Retry-After': String(Math.ceil((throttle.until.getTime() - Date.now()) / 1000)),
    });
  }
  const found = await User.findOne({ username: input.username }).lean<UserDoc>();
  const user = found?.active ? found : null;
  // Unknown and deactivated usernames are counted and locked exactly like real ones.
  const account = user ? accountCounter(User, user._id) : attemptCounter(`u:${input.username}`);
  const claim = await claimAttempt(account, policy.maxFailures, policy);
  if (!claim.claimed) throw locked(claim.until);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? decoyHash);
  if (ok && user) {
    await Promise.all([clearAttempts(account), clearAttempts(pair)]);
    await recordAudit({
      actor: { id: user._id.toString(), fullName: user.fullName },
      action: 'login',
      entity: 'session',
      entityId: user._id.toString(),
      entityLabel: user.username,
    });
    return user;
  }
  if (claim.count >= policy.maxFailures) {
    const until = await lockNow(account, policy);
    await auditFailure('lockout', input.username, address, 'locked', found);
    throw locked(until);
  }
  const outcome = user ? 'wrong_password' : found ? 'inactive' : 'unknown';
  await auditFailure('login_failed', input.username, address, outcome, found);
  throw new AppError('invalid_credentials');
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
