// `npm run backup [FOLDER]`: writes one dated backup file of the app's database (the running app's,
// or the data folder's when the app is stopped) into FOLDER (default: backups/).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { centreTimeZone } from '@care/shared/dates';
import { backupDatabase } from '../platform/database/backup';
import { repoRoot } from '../platform/paths';
import { runTool } from './run-tool';

runTool('Backup', async (db, config) => {
  const folder = path.resolve(
    process.env.INIT_CWD ?? process.cwd(),
    process.argv[2] ?? path.join(repoRoot, 'backups'),
  );
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stamp = format(new TZDate(new Date(), centreTimeZone), 'yyyy-MM-dd-HHmmss');
  const file = path.join(folder, `${config.dbName}-${stamp}.ndjson.gz`);
  const header = await backupDatabase(db, file);
  const documents = header.collections.reduce((n, c) => n + c.count, 0);
  return `Backup written: ${file}\n  ${header.collections.length} collections, ${documents} documents.`;
});
