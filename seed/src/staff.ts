// The demo centre's 37 staff; the first of each role has the demo login named in the README.
import type { Role } from '@care/shared/roles';
import { createUser } from '@care/server/users/users.service';
import { userCreateSchema } from '@care/shared/users';
import type { UserDoc } from '@care/server/users/user.model';
import { buildUser } from '@care/shared/factories/users';
import type { Random } from '@care/shared/random';

export const demoPassword = 'Demo@2026';

const staffing: [Role, string, number][] = [
  ['admin', 'admin', 1],
  ['manager', 'manager', 3],
  ['social_worker', 'socialworker', 6],
  ['nurse', 'nurse', 7],
  ['carer', 'carer', 16],
  ['kitchen', 'kitchen', 4],
];

export async function seedStaff(random: Random): Promise<UserDoc[]> {
  const staff: UserDoc[] = [];
  for (const [role, demoLogin, count] of staffing) {
    for (let i = 0; i < count; i++) {
      const input = buildUser(
        { role, password: demoPassword, ...(i === 0 ? { username: demoLogin } : {}) },
        random,
      );
      staff.push(await createUser(userCreateSchema.parse(input), null));
    }
  }
  return staff;
}
