// Every kind of write raises its family's revision (also a failed bulk write that wrote part),
// parallel raises are all counted, and the cache answers from memory only at the same revision.
import mongoose, { Schema } from 'mongoose';
import { raiseRevision, raisesRevision, readRevisions, RevisionCache } from './revisions';
import { useThrowawayDatabase } from '../testing/throwaway-database';

useThrowawayDatabase();

const thingSchema = new Schema({ _id: String, n: Number }, { versionKey: false });
thingSchema.plugin(raisesRevision('things'));
const Thing = mongoose.model('RevisionTestThing', thingSchema, 'revision_test_things');

const revision = async () => Number(await readRevisions(['things']));

describe('raisesRevision', () => {
  it('raises the revision after every kind of write', async () => {
    const writes: [string, () => Promise<unknown>][] = [
      ['create', () => Thing.create({ _id: 'a', n: 1 })],
      ['save', async () => (await Thing.findById('a'))!.set('n', 2).save()],
      [
        'insertMany',
        () =>
          Thing.insertMany([
            { _id: 'b', n: 1 },
            { _id: 'c', n: 1 },
          ]),
      ],
      ['updateOne', () => Thing.updateOne({ _id: 'a' }, { $set: { n: 3 } })],
      ['updateMany', () => Thing.updateMany({}, { $inc: { n: 1 } })],
      ['replaceOne', () => Thing.replaceOne({ _id: 'b' }, { n: 9 })],
      ['findOneAndUpdate', () => Thing.findOneAndUpdate({ _id: 'c' }, { $set: { n: 5 } })],
      ['findOneAndReplace', () => Thing.findOneAndReplace({ _id: 'c' }, { n: 6 })],
      ['bulkWrite', () => Thing.bulkWrite([{ insertOne: { document: { _id: 'd', n: 1 } } }])],
      ['findOneAndDelete', () => Thing.findOneAndDelete({ _id: 'd' })],
      ['deleteOne', () => Thing.deleteOne({ _id: 'c' })],
      ['document deleteOne', async () => (await Thing.findById('b'))!.deleteOne()],
      ['deleteMany', () => Thing.deleteMany({})],
    ];
    for (const [name, write] of writes) {
      const before = await revision();
      await write();
      expect([name, await revision()]).toEqual([name, before + 1]);
    }
    // Reads raise nothing.
    const before = await revision();
    await Thing.find({}).lean();
    await Thing.countDocuments({});
    expect(await revision()).toBe(before);
  });

  it('raises it when a bulk write fails after writing part, and passes the error on', async () => {
    await Thing.create({ _id: 'x', n: 1 });
    const before = await revision();
    await expect(
      Thing.insertMany(
        [
          { _id: 'y', n: 1 },
          { _id: 'x', n: 2 },
        ],
        { ordered: true },
      ),
    ).rejects.toMatchObject({ code: 11000 });
    expect(await Thing.exists({ _id: 'y' })).toBeTruthy();
    expect(await revision()).toBe(before + 1);
  });

  it('counts every raise of many at once, the first ones included', async () => {
    await Promise.all(Array.from({ length: 12 }, () => raiseRevision('parallel')));
    expect(await readRevisions(['parallel', 'never'])).toBe('12.0');
  });

  it('sees a raise made by another process (another connection)', async () => {
    const before = await revision();
    const other = await mongoose
      .createConnection(process.env.TEST_MONGODB_URI!, {
        dbName: mongoose.connection.db!.databaseName,
      })
      .asPromise();
    try {
      await other
        .db!.collection('revisions')
        .updateOne({ _id: 'things' as never }, { $inc: { n: 1 } });
    } finally {
      await other.close();
    }
    expect(await revision()).toBe(before + 1);
  });
});

describe('RevisionCache', () => {
  it('computes once per key and revision, also for parallel askers, and again after a change', async () => {
    const cache = new RevisionCache<number>({ size: 2, maxAgeMs: 60_000 });
    let runs = 0;
    const compute = async () => ++runs;
    expect(await Promise.all([1, 2, 3].map(() => cache.get('k', '1', compute)))).toEqual([1, 1, 1]);
    expect(await cache.get('k', '2', compute)).toBe(2);
    expect(await cache.get('k', '2', compute)).toBe(2);
    // The least recently used key goes first.
    await cache.get('a', '2', compute);
    await cache.get('b', '2', compute);
    expect(await cache.get('k', '2', compute)).toBe(5);
  });

  it('keeps no failure, and nothing past its age', async () => {
    const cache = new RevisionCache<number>({ size: 5, maxAgeMs: 0 });
    await expect(cache.get('k', '1', () => Promise.reject(new Error('down')))).rejects.toThrow();
    expect(await cache.get('k', '1', async () => 7)).toBe(7);
    expect(await cache.get('k', '1', async () => 8)).toBe(8);
  });
});
