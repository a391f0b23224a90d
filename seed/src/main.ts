// `npm run seed`: rebuilds the demo centre in the app's database (embedded unless configured).
import { loadConfig } from '@care/server/platform/config';
import { connectDatabase } from '@care/server/platform/db';
import { startDatabase } from '@care/server/platform/database/launcher';
import { defaultDataDir } from '@care/server/platform/paths';
import mongoose from 'mongoose';
import { reseed } from './seed-centre';

async function main() {
  const config = loadConfig();
  const database = await startDatabase({ dataDir: config.dataDir ?? defaultDataDir });
  try {
    await connectDatabase(config.mongodbUri ?? database.uri, config.dbName);
    const counts = await reseed();
    process.stdout.write(
      `Demo centre seeded: ${counts.staff} staff, ${counts.residents} residents.\n`,
    );
  } finally {
    await mongoose.disconnect();
    await database.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
