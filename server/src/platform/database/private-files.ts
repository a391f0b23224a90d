// Data folders belong to the app's user alone: folders 0700, files 0600, Unix sockets in them.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function privateDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

/** Unix socket paths are limited to 107 bytes; a deep checkout gets a short private folder instead. */
export function socketDir(preferred: string): string {
  const longest = path.join(preferred, '.s.PGSQL.5432.lock');
  if (Buffer.byteLength(longest) <= 100) return preferred;
  const hash = createHash('sha256').update(preferred).digest('hex').slice(0, 12);
  return path.join(tmpdir(), `carecentre-${hash}`);
}
