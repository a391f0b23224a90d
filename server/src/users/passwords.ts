// Password hashing (bcrypt).
import bcrypt from 'bcryptjs';

const rounds = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, rounds);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Compared against when the username is unknown, so timing does not reveal which names exist. */
export const decoyHash = bcrypt.hashSync('decoy-password-never-used', rounds);
