// A backup and a restore into an empty database give back identical documents, files and indexes.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import mongoose from 'mongoose';
import { backupDatabase, RestoreRefused, restoreDatabase } from './backup';

const { MongoClient, ObjectId, Long, Int32, Double, Binary, GridFSBucket, BSON } = mongoose.mongo;

let client: InstanceType<typeof MongoClient>;
const dbName = () => `t_${randomBytes(6).toString('hex')}`;

beforeAll(async () => {
  client = await new MongoClient(process.env.TEST_MONGODB_URI!).connect();
});
afterAll(async () => client.close());

async function dump(db: mongoose.mongo.Db) {
  const out: Record<string, string[]> = {};
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    const docs = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
    out[name] = docs.map((d) => BSON.EJSON.stringify(d, { relaxed: false }));
  }
  return out;
}

async function indexes(db: mongoose.mongo.Db, name: string) {
  return (await db.collection(name).indexes())
    .map(({ name: n, key, unique }) => ({ name: n, key, unique: unique ?? false }))
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

describe('backup and restore', () => {
  it('round-trips documents of every type, GridFS files and indexes', async () => {
    const source = client.db(dbName());
    const target = client.db(dbName());
    const residents = source.collection('residents');
    await residents.createIndex({ code: 1 }, { unique: true, name: 'code_1' });
    await residents.insertMany([
      {
        _id: new ObjectId(),
        code: 'DT-0001',
        fullName: 'Hoàng Thị Mỷ',
        born: new Date('1948-03-02T00:00:00Z'),
        small: new Int32(7),
        big: Long.fromString('9007199254740993'),
        ratio: new Double(2),
        photo: new Binary(randomBytes(64)),
        categories: ['elderly', 'disabled'],
        contacts: [{ name: 'Lò Văn A', phone: null }],
        nested: { a: { b: { c: true } } },
      },
      { _id: new ObjectId(), code: 'DT-0002', fullName: 'Giàng A Pháo', empty: {} },
    ]);
    await source.collection('counters').insertOne({ _id: 'resident' as never, seq: 2 });
    const bucket = new GridFSBucket(source, { chunkSizeBytes: 1024 });
    await new Promise((resolve, reject) =>
      Readable.from([randomBytes(5000)])
        .pipe(bucket.openUploadStream('consent.pdf'))
        .on('finish', resolve)
        .on('error', reject),
    );

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'carecentre-backup-')), 'b.ndjson.gz');
    const header = await backupDatabase(source, file);
    expect(header.collections.map((c) => [c.name, c.count])).toEqual([
      ['counters', 1],
      ['fs.chunks', 5],
      ['fs.files', 1],
      ['residents', 2],
    ]);
    await restoreDatabase(target, file);

    expect(await dump(target)).toEqual(await dump(source));
    expect(await indexes(target, 'residents')).toEqual(await indexes(source, 'residents'));
    await expect(
      target.collection('residents').insertOne({ code: 'DT-0001' }),
    ).rejects.toMatchObject({ code: 11000 });

    // A restore never lands on records already there.
    await expect(restoreDatabase(source, file)).rejects.toBeInstanceOf(RestoreRefused);
    await source.dropDatabase();
    await target.dropDatabase();
  });
});
