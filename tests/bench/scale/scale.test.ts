// The scale benchmark's small version, in `npm test`: a tiny centre generated the same way, every
// read answered the same through the app's services and through the plain driver.
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { connectDatabase } from '@care/server/platform/db';
import { generateCentre, type Centre } from './centre';
import { appOnly, queryNames, runQuery } from './queries';

let centre: Centre;

beforeAll(async () => {
  await connectDatabase(process.env.TEST_MONGODB_URI!, `t_${randomBytes(6).toString('hex')}`);
  centre = await generateCentre(mongoose.connection.db!, {
    residents: 25,
    staff: 5,
    notes: 3_000,
    audit: 3_000,
    years: 1,
  });
}, 60_000);
afterAll(async () => {
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

describe('the scale benchmark reads, small', () => {
  it.each(queryNames.filter((n) => !appOnly.includes(n)))(
    '%s: the app and the driver agree',
    async (name) => {
      for (const i of [0, 5, 10]) {
        const [app, driver] = [
          await runQuery('app', name, centre, i),
          await runQuery('driver', name, centre, i),
        ];
        expect(app).toBe(driver);
        expect(app).toBeGreaterThan(0);
      }
    },
  );

  it.each(appOnly)('%s: answers', async (name) => {
    for (const i of [0, 5, 10]) expect(await runQuery('app', name, centre, i)).toBeGreaterThan(0);
  });

  it("finds a resident's latest notes newest first, 50 of them", async () => {
    const { listResidentNotes } = await import('@care/server/notes/notes.service');
    const { items } = await listResidentNotes(centre.residents[3]!.id, centre.since);
    expect(items).toHaveLength(50);
    const times = items.map((n) => n.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
