import mongoose from 'mongoose';
import { forgetMarks, markEarliest, readMark } from './marks';
import { useThrowawayDatabase } from '../testing/throwaway-database';

useThrowawayDatabase();

describe('marks', () => {
  it('keeps the earliest instant, also one recorded by another process', async () => {
    await mongoose.connection
      .db!.collection('marks')
      .insertOne({ _id: 'trail' as never, at: new Date('2021-01-01T00:00:00Z') });
    await markEarliest('trail', new Date('2026-01-01T00:00:00Z'));
    expect(await readMark('trail')).toEqual(new Date('2021-01-01T00:00:00Z'));
    await markEarliest('trail', new Date('2020-06-01T00:00:00Z'));
    forgetMarks();
    expect(await readMark('trail')).toEqual(new Date('2020-06-01T00:00:00Z'));
    expect(await readMark('none')).toBeNull();
  });
});
