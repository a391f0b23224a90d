// Backup and restore with the driver alone (no mongodump), so they work on every engine: one gzip
// file of JSON lines; first a header with each collection's indexes, then one line per document
// in canonical Extended JSON (types kept exactly: ObjectId, dates, int/long/double, binary).
// GridFS files are ordinary collections (`fs.files`, `fs.chunks`) and travel with the rest.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import mongoose from 'mongoose';

type Db = mongoose.mongo.Db;
type IndexSpec = { name: string; key: Record<string, number>; unique?: boolean; sparse?: boolean };
type Header = {
  format: 'carecentre-backup';
  version: 1;
  database: string;
  createdAt: string;
  collections: { name: string; count: number; indexes: IndexSpec[] }[];
};

const { EJSON } = mongoose.mongo.BSON;
const batchSize = 500;

export async function backupDatabase(db: Db, file: string): Promise<Header> {
  const names = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((n) => !n.startsWith('system.'))
    .sort();
  const collections: Header['collections'] = [];
  for (const name of names) {
    const indexes = (await db.collection(name).indexes()) as unknown as IndexSpec[];
    collections.push({
      name,
      count: await db.collection(name).countDocuments({}),
      indexes: indexes
        .filter((i) => i.name !== '_id_')
        .map(({ name: n, key, unique, sparse }) => ({ name: n, key, unique, sparse })),
    });
  }
  const header: Header = {
    format: 'carecentre-backup',
    version: 1,
    database: db.databaseName,
    createdAt: new Date().toISOString(),
    collections,
  };
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  const done = once(out, 'finish');
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(line + '\n')) await once(gzip, 'drain');
  };
  await write(JSON.stringify(header));
  for (const { name } of collections) {
    for await (const doc of db.collection(name).find({}).sort({ _id: 1 })) {
      await write(JSON.stringify({ c: name, d: EJSON.serialize(doc, { relaxed: false }) }));
    }
  }
  gzip.end();
  await done;
  return header;
}

export class RestoreRefused extends Error {}

/** Restores into an empty database only: a restore never mixes with or overwrites live records. */
export async function restoreDatabase(db: Db, file: string): Promise<Header> {
  for (const c of await db.listCollections({}, { nameOnly: true }).toArray()) {
    if ((await db.collection(c.name).estimatedDocumentCount()) > 0)
      throw new RestoreRefused(
        `The database "${db.databaseName}" is not empty (collection ${c.name}); restore only into an empty one.`,
      );
  }
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  let header: Header | null = null;
  const pending = new Map<string, mongoose.mongo.Document[]>();
  const flush = async (name: string) => {
    const docs = pending.get(name);
    if (docs?.length) await db.collection(name).insertMany(docs, { ordered: true });
    pending.set(name, []);
  };
  for await (const line of lines) {
    if (!line) continue;
    if (!header) {
      header = JSON.parse(line) as Header;
      if (header.format !== 'carecentre-backup' || header.version !== 1)
        throw new RestoreRefused(`${file} is not a Care centre backup.`);
      for (const c of header.collections) {
        await db.createCollection(c.name).catch(() => {});
        for (const { name, key, unique, sparse } of c.indexes)
          await db
            .collection(c.name)
            .createIndex(key, { name, ...(unique && { unique }), ...(sparse && { sparse }) });
      }
      continue;
    }
    const { c, d } = JSON.parse(line) as { c: string; d: object };
    const docs = pending.get(c) ?? [];
    docs.push(EJSON.deserialize(d, { relaxed: false }));
    pending.set(c, docs);
    if (docs.length >= batchSize) await flush(c);
  }
  if (!header) throw new RestoreRefused(`${file} is empty.`);
  for (const name of pending.keys()) await flush(name);
  for (const c of header.collections) {
    const count = await db.collection(c.name).countDocuments({});
    if (count !== c.count)
      throw new Error(`Restore incomplete: ${c.name} has ${count} documents, expected ${c.count}.`);
  }
  return header;
}
