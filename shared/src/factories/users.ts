// Builds staff accounts for tests and the demo centre.
import type { Role } from '@care/shared/roles';
import type { UserCreateInput } from '@care/shared/users';
import { foldName } from '@care/shared/text';
import { createRandom, vietnameseName, type Random } from '../random';

export function buildUser(
  overrides: Partial<UserCreateInput> & { role: Role },
  random: Random = createRandom(),
): UserCreateInput {
  const fullName =
    overrides.fullName ?? vietnameseName(random, random.helpers.arrayElement(['male', 'female']));
  const parts = foldName(fullName).split(' ');
  const username = `${parts.at(-1)}.${parts[0]}${random.number.int({ min: 10, max: 99 })}`;
  return { username, fullName, password: 'Demo@2026', language: 'vi', ...overrides };
}
