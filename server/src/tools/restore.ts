// `npm run restore FILE`: brings a backup back into an empty database (DB_NAME, on the data folder's
// engine or MONGODB_URI). It refuses a database that already holds records.
import { existsSync } from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import { loadConfig } from '../platform/config';
import { restoreDatabase } from '../platform/database/backup';
import { openDatabase } from '../platform/database/launcher';
import { connectDatabase } from '../platform/db';
import { defaultDataDir } from '../platform/paths';

async function main() {
  const config = loadConfig();
  const arg = process.argv[2];
  if (!arg) throw new Error('Usage: npm run restore FILE (a file written by npm run backup)');
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  const database = await openDatabase({ dataDir: config.dataDir ?? defaultDataDir });
  try {
    await connectDatabase(config.mongodbUri ?? database.uri, config.dbName);
    const header = await restoreDatabase(mongoose.connection.db!, file);
    const documents = header.collections.reduce((n, c) => n + c.count, 0);
    process.stdout.write(
      `Restored ${documents} documents in ${header.collections.length} collections from ${file}\n` +
        `  (backup of "${header.database}" taken ${header.createdAt}) into "${config.dbName}".\n`,
    );
  } finally {
    await mongoose.disconnect();
    await database.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Restore failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
