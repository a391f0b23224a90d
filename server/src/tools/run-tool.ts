// A command-line tool's frame: the app's database (the running app's, or the data folder's, or
// MONGODB_URI), the work, a clear one-line failure and a non-zero exit.
import mongoose from 'mongoose';
import { loadConfig, type Config } from '../platform/config';
import { openDatabase } from '../platform/database/launcher';
import { connectDatabase } from '../platform/db';
import { defaultDataDir } from '../platform/paths';

export function runTool(
  name: string,
  work: (db: mongoose.mongo.Db, config: Config) => Promise<string>,
): void {
  const run = async () => {
    const config = loadConfig();
    const database = await openDatabase({ dataDir: config.dataDir ?? defaultDataDir });
    try {
      await connectDatabase(config.mongodbUri ?? database.uri, config.dbName);
      process.stdout.write((await work(mongoose.connection.db!, config)) + '\n');
    } finally {
      await mongoose.disconnect();
      await database.stop();
    }
  };
  run().catch((err: unknown) => {
    process.stderr.write(`${name} failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
