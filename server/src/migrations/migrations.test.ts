import mongoose from 'mongoose';
import { tableFoodId } from '../kitchen/food.model';
import { runMigrations } from './migrations';
import { useThrowawayDatabase } from '../testing/throwaway-database';

useThrowawayDatabase();

describe('runMigrations', () => {
  it('gives old audit events their period keys, once', async () => {
    const events = mongoose.connection.db!.collection('audit_events');
    await events.insertOne({ at: new Date('2026-02-28T17:30:00Z'), action: 'login' });
    await runMigrations();
    expect(await events.findOne({}, { projection: { _id: 0, hour: 1, day: 1, month: 1 } })).toEqual(
      {
        hour: '2026-03-01T00',
        day: '2026-03-01',
        month: '2026-03',
      },
    );
    await events.insertOne({ at: new Date(), action: 'login' });
    await runMigrations();
    expect(await events.countDocuments({ day: { $exists: false } })).toBe(1);
  });

  it('corrects the table foods’ allergen prefill where nobody edited it, and their recipes', async () => {
    const db = mongoose.connection.db!;
    await runMigrations();
    const foods = db.collection('foods');
    const cocktail = tableFoodId('14003');
    const roe = tableFoodId('9008');
    // As the first prefill left them: the cocktail "shellfish" ("ốc" in "Cốc"), the roe "egg";
    // the roe was corrected by the kitchen since (version 1) and stays as they set it.
    await foods.updateOne({ _id: cocktail }, { $set: { allergens: ['shellfish'], version: 0 } });
    await foods.updateOne({ _id: roe }, { $set: { allergens: ['egg'], version: 1 } });
    await db.collection('migrations').deleteOne({ _id: '2026-11-food-table-allergens' as never });
    await runMigrations();
    expect(await foods.findOne({ _id: cocktail })).toMatchObject({ allergens: [] });
    expect(await foods.findOne({ _id: roe })).toMatchObject({ allergens: ['egg'], version: 1 });
  });

  it('lets two processes starting together both finish', async () => {
    await mongoose.connection.db!.collection('migrations').deleteMany({});
    await expect(Promise.all([runMigrations(), runMigrations()])).resolves.toBeDefined();
    expect(await mongoose.connection.db!.collection('migrations').countDocuments()).toBe(4);
    // The food library's table was loaded once, though both ran it.
    expect(
      await mongoose.connection.db!.collection('foods').countDocuments({ source: 'table2007' }),
    ).toBe(526);
  });
});
