// Named sequences (resident codes, ...): one document per name, incremented atomically.
import mongoose, { Schema } from 'mongoose';

const counterSchema = new Schema({ _id: String, seq: Number }, { versionKey: false });
const Counter = mongoose.model('Counter', counterSchema, 'counters');

/** The next number of sequence `name` (1, 2, 3, …); never repeats, also under parallel calls. */
export async function nextSequence(name: string): Promise<number> {
  const counter = await Counter.findOneAndUpdate(
    { _id: name },
    { $inc: { seq: 1 } },
    { upsert: true, returnDocument: 'after' },
  ).lean<{ seq: number }>();
  return counter!.seq;
}
