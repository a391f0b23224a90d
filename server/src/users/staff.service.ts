// Staff as pickers see them: active accounts of the caring roles (or one role), by name.
import { caringRoles, type StaffOption } from '@care/shared/users';
import type { Role } from '@care/shared/roles';
import { User } from './user.model';

type StaffRow = { _id: { toString(): string }; fullName: string; role: Role };

export async function listStaff(role?: Role): Promise<StaffOption[]> {
  const rows = await User.find({ active: true, role: role ?? { $in: [...caringRoles] } })
    .select('fullName role sortName')
    .sort({ sortName: 1 })
    .limit(1000)
    .lean<StaffRow[]>();
  return rows.map((u) => ({ id: u._id.toString(), fullName: u.fullName, role: u.role }));
}
