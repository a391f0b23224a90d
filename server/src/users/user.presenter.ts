// The wire shape of a staff account: never the hash or the lockout counters.
import type { UserView } from '@care/shared/users';
import type { UserDoc } from './user.model';

export function presentUser(doc: UserDoc): UserView {
  return {
    id: doc._id.toString(),
    username: doc.username,
    fullName: doc.fullName,
    role: doc.role,
    active: doc.active,
    language: doc.language,
    version: doc.version,
    lockedUntil:
      doc.lockedUntil && doc.lockedUntil > new Date() ? doc.lockedUntil.toISOString() : null,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}
