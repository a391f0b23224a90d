// Stops the embedded database started by global-setup and removes its files.
import { rmSync } from 'node:fs';
import type { Database } from '@care/server/platform/database/launcher';

export default async function globalTeardown() {
  await (globalThis as { __database?: Database }).__database?.destroy();
  if (process.env.TEST_DATA_DIR)
    rmSync(process.env.TEST_DATA_DIR, { recursive: true, force: true });
}
