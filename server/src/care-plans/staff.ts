// The staff an assessment or a plan names (assessor, people responsible), with their names.
import type { FieldProblems } from '../platform/errors';
import { caringRoles } from '@care/shared/users';
import type { StaffRef } from '@care/shared/needs-assessments';
import type { Role } from '@care/shared/roles';
import { badRequest } from '../platform/errors';
import { User } from '../users/user.model';

type StaffRow = { _id: { toString(): string }; fullName: string; role: Role; active: boolean };

async function readStaff(ids: Iterable<string>): Promise<StaffRow[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  // Staff is a small collection: `$in` over it is cheap.
  return User.find({ _id: { $in: unique } })
    .select('fullName role active')
    .lean<StaffRow[]>();
}

/** Names of the given staff ids; an id no longer found shows as "—". */
export async function staffNames(ids: Iterable<string>): Promise<(id: string) => StaffRef> {
  const names = new Map((await readStaff(ids)).map((u) => [u._id.toString(), u.fullName]));
  return (id) => ({ id, fullName: names.get(id) ?? '—' });
}

/** Every id must be active caring staff, else a 400 naming each field where one is not. */
export async function checkStaff(
  ids: { id: string; field: string }[],
): Promise<(id: string) => StaffRef> {
  const rows = await readStaff(ids.map((i) => i.id));
  const valid = new Map(
    rows
      .filter((u) => u.active && (caringRoles as readonly Role[]).includes(u.role))
      .map((u) => [u._id.toString(), u.fullName]),
  );
  const fields: FieldProblems = {};
  for (const { id, field } of ids) if (!valid.has(id)) fields[field] ??= 'unknown_staff';
  if (Object.keys(fields).length) throw badRequest(fields);
  return (id) => ({ id, fullName: valid.get(id) ?? '—' });
}
