// Proves the embedded database does what the app relies on, through mongoose.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import mongoose, { Schema } from 'mongoose';
import { useThrowawayDatabase } from '../testing/throwaway-database';

const Item = mongoose.model(
  'ProbeItem',
  new Schema({
    key: { type: String, unique: true },
    n: Number,
    version: { type: Number, default: 0 },
  }),
);

useThrowawayDatabase();

describe('the embedded database', () => {
  it('creates and reads back a document', async () => {
    const created = await Item.create({ key: 'a', n: 1 });
    const found = await Item.findById(created._id).lean();
    expect(found?.key).toBe('a');
  });

  it('rejects a duplicate on a unique index with code 11000', async () => {
    await Item.create({ key: 'dup', n: 1 });
    await expect(Item.create({ key: 'dup', n: 2 })).rejects.toMatchObject({ code: 11000 });
  });

  it('applies findOneAndUpdate only when the version matches', async () => {
    const doc = await Item.create({ key: 'v', n: 1 });
    const first = await Item.findOneAndUpdate(
      { _id: doc._id, version: 0 },
      { $set: { n: 2 }, $inc: { version: 1 } },
      { returnDocument: 'after' },
    );
    expect(first?.version).toBe(1);
    const stale = await Item.findOneAndUpdate(
      { _id: doc._id, version: 0 },
      { $set: { n: 3 } },
      { returnDocument: 'after' },
    );
    expect(stale).toBeNull();
    expect((await Item.findById(doc._id).lean())?.n).toBe(2);
  });

  it('pages with sort, skip and limit', async () => {
    await Item.insertMany(
      Array.from({ length: 15 }, (_, i) => ({ key: `p${String(i).padStart(2, '0')}`, n: i })),
    );
    const page2 = await Item.find({ key: /^p/ }).sort({ key: 1 }).skip(5).limit(5).lean();
    expect(page2.map((d) => d.key)).toEqual(['p05', 'p06', 'p07', 'p08', 'p09']);
    expect(await Item.countDocuments({ key: /^p/ })).toBe(15);
  });

  it('groups with $match, $group and $sum', async () => {
    const rows = await Item.aggregate([
      { $match: { key: /^p/ } },
      { $group: { _id: null, total: { $sum: '$n' } } },
    ]);
    expect(rows[0].total).toBe(105);
  });

  it('stores a file in chunks and reads it back (GridFS)', async () => {
    const bucket = new mongoose.mongo.GridFSBucket(mongoose.connection.db!, {
      chunkSizeBytes: 1024,
    });
    const content = randomBytes(5000);
    const id = await new Promise<unknown>((resolve, reject) => {
      const upload = bucket.openUploadStream('probe.bin');
      Readable.from([content])
        .pipe(upload)
        .on('finish', () => resolve(upload.id))
        .on('error', reject);
    });
    const chunks = await mongoose.connection
      .db!.collection('fs.chunks')
      .countDocuments({ files_id: id });
    expect(chunks).toBe(5);
    const back: Buffer[] = [];
    await new Promise<void>((resolve, reject) =>
      bucket
        .openDownloadStream(id as never)
        .on('data', (d: Buffer) => back.push(d))
        .on('end', () => resolve())
        .on('error', reject),
    );
    expect(Buffer.concat(back).equals(content)).toBe(true);
  });
});

const onPostgres = process.env.TEST_DB_KIND === 'ferretdb-postgresql' ? describe : describe.skip;

onPostgres('FerretDB on PostgreSQL with the GIN indexes the proxy keeps', () => {
  const plan = (collection: string, filter: object) =>
    mongoose.connection
      .db!.command({ explain: { find: collection, filter } })
      .then((r) => JSON.stringify(r));

  it('answers equality on _id and on an indexed field from an index, not a scan', async () => {
    const coll = mongoose.connection.db!.collection('gin_probe');
    await coll.insertMany(
      Array.from({ length: 3000 }, (_, i) => ({ _id: i, day: `d${i % 300}` }) as never),
    );
    await coll.createIndex({ day: 1 });
    const deadline = Date.now() + 10_000;
    let byDay = '';
    while (Date.now() < deadline && !byDay.includes('Bitmap Index Scan')) {
      byDay = await plan('gin_probe', { day: 'd3' });
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(byDay).toContain('Bitmap Index Scan');
    expect(await plan('gin_probe', { _id: 7 })).toContain('Bitmap Index Scan');
    // The answers are the same as without the index.
    expect(await coll.countDocuments({ day: 'd3' })).toBe(10);
  });
});
