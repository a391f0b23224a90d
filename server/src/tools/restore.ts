// `npm run restore FILE`: brings a backup back into an empty database (DB_NAME, on the data folder's
// engine or MONGODB_URI). It refuses a database that already holds records.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { restoreDatabase } from '../platform/database/backup';
import { runTool } from './run-tool';

const arg = process.argv[2];
if (!arg) {
  process.stderr.write('Usage: npm run restore FILE (a file written by npm run backup)\n');
  process.exit(1);
}
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
if (!existsSync(file)) {
  process.stderr.write(`Restore failed: no such file: ${file}\n`);
  process.exit(1);
}

runTool('Restore', async (db, config) => {
  const header = await restoreDatabase(db, file);
  const documents = header.collections.reduce((n, c) => n + c.count, 0);
  return (
    `Restored ${documents} documents in ${header.collections.length} collections from ${file}\n` +
    `  (backup of "${header.database}" taken ${header.createdAt}) into "${config.dbName}".`
  );
});
