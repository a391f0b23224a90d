// Connects mongoose to the database the launcher or MONGODB_URI names. Operations fail fast (within
// about 1.5 s) while the database is away, so requests get a 503 instead of hanging; the driver
// reconnects by itself once the database is back.
import mongoose from 'mongoose';

mongoose.set('strictQuery', true);

/** How long an operation waits for a reachable database before it fails. */
export const serverSelectionTimeoutMS = 1_500;

export async function connectDatabase(
  uri: string,
  dbName: string,
  opts: { waitMs?: number } = {},
): Promise<typeof mongoose> {
  const deadline = Date.now() + (opts.waitMs ?? 30_000);
  for (;;) {
    try {
      await mongoose.connect(uri, {
        dbName,
        serverSelectionTimeoutMS,
        bufferCommands: false,
        autoIndex: true,
      });
      break;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  // Build every index now so a unique index protects the first write.
  await Promise.all(Object.values(mongoose.models).map((m) => m.init()));
  return mongoose;
}

/** A real read from storage (FerretDB answers `ping` by itself even when PostgreSQL is down). */
export async function pingDatabase(): Promise<boolean> {
  try {
    const db = mongoose.connection.db;
    if (!db) return false;
    await db.command({ dbStats: 1 });
    return true;
  } catch {
    return false;
  }
}

/** Driver failures that mean "the database is not reachable right now" (answered with 503). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name ?? '';
  if (
    /^(MongoServerSelectionError|MongooseServerSelectionError|MongoNetworkError|MongoNetworkTimeoutError|MongoPoolClearedError|PoolClearedError|MongoNotConnectedError|MongoTopologyClosedError)$/.test(
      name,
    )
  )
    return true;
  const message = String((err as { message?: string } | null)?.message ?? '');
  // FerretDB answers with an error when its PostgreSQL cannot be reached.
  return (
    name === 'MongoServerError' &&
    /connect|connection refused|no such file or directory|server closed the connection|shutting down|the database system is (starting up|shutting down)/i.test(
      message,
    )
  );
}

/** The disk is full: the write did not happen (answered with 507). */
export function isStorageFull(err: unknown): boolean {
  const message = String((err as { message?: string } | null)?.message ?? '');
  return /no space left on device|could not extend file|disk (is )?full|ENOSPC/i.test(message);
}

/**
 * A unique index refused the write. MongoDB says 11000; FerretDB 1.24 says so on insert, but an
 * update that breaks a unique index comes back as an InternalError quoting PostgreSQL.
 */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: number; message?: string } | null;
  return (
    e?.code === 11000 || /duplicate key value violates unique constraint/.test(e?.message ?? '')
  );
}
