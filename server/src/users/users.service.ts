// Staff accounts: the admin creates, edits, deactivates and resets; a user changes their own.
import type { AuditChange } from '@care/shared/audit';
import type { Language } from '@care/shared/language';
import type {
  ChangePasswordInput,
  PasswordResetInput,
  UserListQuery,
  UserUpdateInput,
} from '@care/shared/users';
import { passwordHasUsername, userCreateSchema } from '@care/shared/users';
import { escapeRegex, foldName } from '@care/shared/text';
import type { z } from 'zod';
import { recordAudit, recordChange, type Actor } from '../audit/audit.service';
import { AppError, badRequest, duplicate, notFound, staleVersion } from '../platform/errors';
import { findPage } from '../platform/find-page';
import { updateVersioned } from '../platform/versioned';
import { auditedUserFields, User, type UserDoc } from './user.model';
import { hashPassword, verifyPassword } from './passwords';

export async function createUser(
  input: z.output<typeof userCreateSchema>,
  actor: Actor,
): Promise<UserDoc> {
  if (await User.exists({ username: input.username })) throw duplicate('username');
  const { password, ...fields } = input;
  const doc = (
    await User.create({
      ...fields,
      sortName: foldName(fields.fullName),
      passwordHash: await hashPassword(password),
    })
  ).toObject() as UserDoc;
  await recordUserChange(actor, 'create', null, doc, auditedUserFields);
  return doc;
}

export async function listUsers(
  query: UserListQuery,
): Promise<{ items: UserDoc[]; total: number }> {
  const filter: Record<string, unknown> = {};
  if (query.role) filter.role = query.role;
  if (query.active) filter.active = query.active === 'true';
  if (query.q) {
    filter.$or = [
      { username: { $regex: escapeRegex(query.q.toLowerCase()) } },
      { sortName: { $regex: escapeRegex(foldName(query.q)) } },
    ];
  }
  return findPage<UserDoc>(User, filter, { sortName: 1, _id: 1 }, query);
}

export async function getUser(id: string): Promise<UserDoc> {
  const doc = await User.findById(id).lean<UserDoc>();
  if (!doc) throw notFound();
  return doc;
}

const updateUserVersioned = (
  id: string,
  version: number,
  update: Parameters<typeof updateVersioned>[3],
) => updateVersioned<UserDoc>(User, id, version, update);

export async function updateUser(
  id: string,
  input: UserUpdateInput,
  actor: Actor,
): Promise<UserDoc> {
  const before = await getUser(id);
  const { version, ...set } = input;
  // The audit's "before" must be the state this update replaces: the version check below is atomic.
  if (before.version !== version) throw staleVersion();
  const changesOwnAccess =
    (set.active === false || (set.role && set.role !== before.role)) && actor?.id === id;
  if (changesOwnAccess) throw new AppError('validation_failed', { active: 'self_change' });
  const endSessions = set.active === false && before.active;
  const after = await updateUserVersioned(id, version, {
    $set: set.fullName ? { ...set, sortName: foldName(set.fullName) } : set,
    $inc: { sessionEpoch: endSessions ? 1 : 0 },
  });
  await recordUserChange(actor, 'update', before, after, auditedUserFields);
  return after;
}

function recordUserChange(
  actor: Actor,
  action: 'create' | 'update',
  before: UserDoc | null,
  after: UserDoc,
  fields: readonly (keyof UserDoc & string)[],
) {
  const [entityId, entityLabel] = [after._id.toString(), after.username];
  return recordChange({
    actor,
    action,
    entity: 'user',
    entityId,
    entityLabel,
    before,
    after,
    fields,
  });
}

/** A password change: the trail says it changed, never what to. */
function auditUserUpdate(actor: Actor, user: UserDoc, changes: AuditChange[]) {
  return recordAudit({
    actor,
    action: 'update',
    entity: 'user',
    entityId: user._id.toString(),
    entityLabel: user.username,
    changes,
  });
}

const passwordChange = [{ field: 'password', before: null, after: '••••••' }];

export async function resetPassword(
  id: string,
  input: PasswordResetInput,
  actor: Actor,
): Promise<UserDoc> {
  const user = await getUser(id);
  if (passwordHasUsername(input.password, user.username))
    throw badRequest({ password: 'password_has_username' });
  const after = await updateUserVersioned(id, input.version, {
    $set: {
      passwordHash: await hashPassword(input.password),
      failedLoginCount: 0,
      lockedUntil: null,
    },
    $inc: { sessionEpoch: 1 },
  });
  await auditUserUpdate(actor, after, passwordChange);
  return after;
}

export async function changeOwnPassword(id: string, input: ChangePasswordInput): Promise<UserDoc> {
  const user = await getUser(id);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw badRequest({ currentPassword: 'wrong_password' });
  }
  if (passwordHasUsername(input.newPassword, user.username))
    throw badRequest({ newPassword: 'password_has_username' });
  const after = await updateUserVersioned(id, user.version, {
    $set: { passwordHash: await hashPassword(input.newPassword) },
    $inc: { sessionEpoch: 1 },
  });
  await auditUserUpdate({ id, fullName: user.fullName }, after, passwordChange);
  return after;
}

/** A personal preference: not versioned, last choice wins. */
export async function setLanguage(id: string, language: Language): Promise<UserDoc> {
  const before = await User.findByIdAndUpdate(id, { $set: { language } }).lean<UserDoc>();
  if (!before) throw notFound();
  const after = { ...before, language };
  await recordUserChange({ id, fullName: before.fullName }, 'update', before, after, ['language']);
  return after;
}

/** Names of staff by id, for records that point at them (key worker, author). */
export async function staffNames(ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await User.find({ _id: { $in: unique } }, { fullName: 1 }).lean<UserDoc[]>();
  return new Map(users.map((u) => [u._id.toString(), u.fullName]));
}
