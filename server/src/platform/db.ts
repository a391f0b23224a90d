// Connects mongoose to the database the launcher or MONGODB_URI names.
import mongoose from 'mongoose';

mongoose.set('strictQuery', true);

export async function connectDatabase(uri: string, dbName: string): Promise<typeof mongoose> {
  await mongoose.connect(uri, { dbName, serverSelectionTimeoutMS: 10_000, autoIndex: true });
  // Build every index now so a unique index protects the first write.
  await Promise.all(Object.values(mongoose.models).map((m) => m.init()));
  return mongoose;
}

export function databaseState(): 'up' | 'down' {
  return mongoose.connection.readyState === 1 ? 'up' : 'down';
}

export async function pingDatabase(): Promise<boolean> {
  try {
    await mongoose.connection.db?.admin().ping();
    return true;
  } catch {
    return false;
  }
}
