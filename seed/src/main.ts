// `npm run seed`: rebuilds the demo centre in the app's database (embedded unless configured).
import path from 'node:path';
import { loadConfig } from '@care/server/platform/config';
import { connectDatabase } from '@care/server/platform/db';
import { repoRoot, startDatabase } from '@care/server/platform/embedded-db';
import mongoose from 'mongoose';
import { reseed } from './seed-centre';

async function main() {
  const config = loadConfig();
  const database = await startDatabase({ dataDir: config.dataDir ?? path.join(repoRoot, 'data') });
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
