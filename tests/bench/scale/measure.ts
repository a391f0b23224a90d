// Timing for the scale benchmark: a closed loop of 20 users over the six reads, and write throughput.
import mongoose from 'mongoose';
import type { Centre } from './centre';
import { appOnly, queryNames, runQuery, type Path, type QueryName } from './queries';

export type ReadFigures = Partial<
  Record<QueryName, { p50: number; p95: number; docs: number; n: number }>
>;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** `users` each send a read, wait for it, then think for `thinkMs` (0.5–1.5 × on average). */
export async function measureReads(
  path: Path,
  centre: Centre,
  seconds: number,
  users = 20,
  thinkMs = 0,
): Promise<ReadFigures & { perSecond?: number }> {
  const samples = new Map<QueryName, { ms: number[]; docs: number }>();
  let counter = 0;
  // The driver path has no twin of the reads the app gathers in code.
  const names = queryNames.filter((n) => path === 'app' || !appOnly.includes(n));
  // A short warm-up so the first connections and plans are not counted.
  for (const name of names) await runQuery(path, name, centre, 0);
  // The clock starts after the warm-up (on a slow engine the warm-up alone can outlast a phase).
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: users }, async () => {
      // Users do not all click at the same instant: each starts somewhere in its first pause.
      if (thinkMs) await new Promise((r) => setTimeout(r, Math.random() * thinkMs));
      while (Date.now() < until) {
        const i = counter++;
        const name = names[(i * 5 + Math.floor(i / names.length)) % names.length]!;
        const t = performance.now();
        const docs = await runQuery(path, name, centre, i);
        const entry = samples.get(name) ?? { ms: [], docs: 0 };
        entry.ms.push(performance.now() - t);
        entry.docs += docs;
        samples.set(name, entry);
        if (thinkMs) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random())));
      }
    }),
  );
  const figures: ReadFigures & { perSecond?: number } = {};
  let total = 0;
  for (const s of samples.values()) total += s.ms.length;
  figures.perSecond = total / seconds;
  for (const name of queryNames) {
    const s = samples.get(name);
    if (s)
      figures[name] = {
        p50: percentile(s.ms, 50),
        p95: percentile(s.ms, 95),
        docs: s.docs / s.ms.length,
        n: s.ms.length,
      };
  }
  return figures;
}

/** Single-document writes per second by 20 writers, through the app's URI and, for the embedded
 * engine, straight to FerretDB's own socket (which loses concurrent updates). */
export async function measureWrites(uri: string, seconds: number) {
  const direct = uri.includes('mongodb.sock') ? uri.replace('mongodb.sock', 'ferretdb.sock') : null;
  const rate = async (target: string) => {
    const client = await new mongoose.mongo.MongoClient(target, { maxPoolSize: 25 }).connect();
    try {
      const coll = client.db(`writes_${Date.now()}`).collection<{ _id: number; n: number }>('w');
      await coll.insertMany(Array.from({ length: 20 }, (_, i) => ({ _id: i, n: 0 })));
      const until = Date.now() + Math.min(seconds, 10) * 1000;
      let writes = 0;
      const started = Date.now();
      await Promise.all(
        Array.from({ length: 20 }, async (_, w) => {
          for (let i = 0; Date.now() < until; i++) {
            if (i % 2) await coll.updateOne({ _id: w }, { $inc: { n: 1 } });
            else await coll.db.collection('log').insertOne({ w, i, at: new Date() });
            writes++;
          }
        }),
      );
      const perSecond = writes / ((Date.now() - started) / 1000);
      await coll.db.dropDatabase();
      return perSecond;
    } finally {
      await client.close();
    }
  };
  return { proxied: await rate(uri), direct: direct ? await rate(direct) : null };
}

/** On FerretDB-on-PostgreSQL the GIN indexes are built in the background after a bulk load. */
export async function waitForIndexes(engine: string) {
  if (engine !== 'postgresql') return;
  const db = mongoose.connection.db!;
  const deadline = Date.now() + 30 * 60_000;
  for (const [coll, filter] of [
    ['care_notes', { shiftKey: 'x' }],
    ['care_notes', { month: 'x' }],
    ['audit_events', { entityLabel: 'x' }],
    ['audit_events', { hour: 'x' }],
  ] as const) {
    for (;;) {
      const plan = JSON.stringify(await db.command({ explain: { find: coll, filter } }));
      if (plan.includes('Bitmap Index Scan')) break;
      if (Date.now() > deadline) throw new Error(`no index for ${coll} ${JSON.stringify(filter)}`);
      await new Promise((r) => setTimeout(r, 2_000));
    }
  }
}
