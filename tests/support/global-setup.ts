// Starts one embedded database for the whole run; each suite then works in its own database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDatabase } from '@care/server/platform/database/launcher';

export default async function globalSetup() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'carecentre-test-'));
  const database = await startDatabase({ dataDir });
  process.env.TEST_MONGODB_URI = database.uri;
  process.env.TEST_DB_KIND = database.kind;
  process.env.TEST_DATA_DIR = dataDir;
  (globalThis as { __database?: typeof database }).__database = database;
}
