// Small facts about the data kept by id in `marks`, e.g. when the audit trail began, so newest-first
// walks know where to stop. A mark is set once (the earliest value wins) and read from memory after.
import mongoose from 'mongoose';

type Mark = { _id: string; at: Date };
const known = new Map<string, Date>();

const marks = () => mongoose.connection.db!.collection<Mark>('marks');

/** Records `at` for `id` unless an earlier instant is already recorded. */
export async function markEarliest(id: string, at: Date): Promise<void> {
  const current = known.get(id);
  if (current && current <= at) return;
  const mark = await marks().findOneAndUpdate(
    { _id: id },
    { $min: { at } },
    { upsert: true, returnDocument: 'after' },
  );
  known.set(id, mark?.at ?? at);
}

export async function readMark(id: string): Promise<Date | null> {
  const cached = known.get(id);
  if (cached) return cached;
  const mark = await marks().findOne({ _id: id });
  if (mark) known.set(id, mark.at);
  return mark?.at ?? null;
}

/** Forgets what is cached (another database was connected, e.g. in tests). */
export function forgetMarks() {
  known.clear();
}
