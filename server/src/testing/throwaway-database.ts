// For suites that need the real database but not the app: a fresh database of the test run's
// engine for this file, dropped afterwards.
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { connectDatabase } from '../platform/db';

export function useThrowawayDatabase(): void {
  beforeAll(async () => {
    const uri = process.env.TEST_MONGODB_URI;
    if (!uri) throw new Error('TEST_MONGODB_URI is not set: run the tests through jest');
    await connectDatabase(uri, `t_${randomBytes(6).toString('hex')}`);
  });
  afterAll(async () => {
    await mongoose.connection.dropDatabase();
    await mongoose.disconnect();
  });
}
