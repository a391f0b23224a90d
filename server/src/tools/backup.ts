// `npm run backup [FOLDER]`: writes one dated backup file of the app's database (the running app's,
// or the data folder's when the app is stopped) into FOLDER (default: backups/).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import mongoose from 'mongoose';
import { centreTimeZone } from '@care/shared/dates';
import { loadConfig } from '../platform/config';
import { backupDatabase } from '../platform/database/backup';
import { openDatabase } from '../platform/database/launcher';
import { connectDatabase } from '../platform/db';
import { defaultDataDir, repoRoot } from '../platform/paths';

async function main() {
  const config = loadConfig();
  const folder = path.resolve(process.argv[2] ?? path.join(repoRoot, 'backups'));
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stamp = format(new TZDate(new Date(), centreTimeZone), 'yyyy-MM-dd-HHmmss');
  const file = path.join(folder, `${config.dbName}-${stamp}.ndjson.gz`);
  const database = await openDatabase({ dataDir: config.dataDir ?? defaultDataDir });
  try {
    await connectDatabase(config.mongodbUri ?? database.uri, config.dbName);
    const header = await backupDatabase(mongoose.connection.db!, file);
    const documents = header.collections.reduce((n, c) => n + c.count, 0);
    process.stdout.write(
      `Backup written: ${file}\n  ${header.collections.length} collections, ${documents} documents.\n`,
    );
  } finally {
    await mongoose.disconnect();
    await database.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Backup failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
