// Revisions: one counter per family of collections (e.g. everything the rota's checks read),
// raised after every write to any of them by a mongoose plugin, so no write path can forget it
// (post hooks on every write operation, on failure too: a failed bulk write may have written
// part). A process keeps what it computed from those collections under the revision it read
// before reading them; a change made by another server reaches it through the shared counter.
// A server killed between a write and its raise leaves other servers' copies stale until the
// next write of the family or `maxAgeMs`, whichever comes first.
import mongoose, { Schema } from 'mongoose';
import { isDuplicateKey } from './db';

const revisionSchema = new Schema({ _id: String, n: Number }, { versionKey: false });
const Revision = mongoose.model('Revision', revisionSchema, 'revisions');

export async function raiseRevision(name: string): Promise<void> {
  const raise = () => Revision.updateOne({ _id: name }, { $inc: { n: 1 } }, { upsert: true });
  // Two first raises at once: one inserts, the other meets its key and raises again.
  await raise().catch((e: unknown) => (isDuplicateKey(e) ? raise() : Promise.reject(e)));
}

/** The families' revisions as one key ("3.17"), in one read. */
export async function readRevisions(names: readonly string[]): Promise<string> {
  const docs = await Revision.find({ _id: { $in: names } }).lean<{ _id: string; n: number }[]>();
  const n = new Map(docs.map((d) => [d._id, d.n]));
  return names.map((name) => n.get(name) ?? 0).join('.');
}

const queryWrites = [
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndUpdate',
  'findOneAndReplace',
  'findOneAndDelete',
] as const;

/** What the plugin asks of a schema (mongoose's overloads do not take a list of hook names). */
type Hooks = {
  post: (hook: string, options: object, fn: (...args: never[]) => unknown) => unknown;
};

/** The schema plugin: every write to the model's collection raises revision `name`. */
export function raisesRevision(name: string) {
  return (schema: Schema) => {
    const hooks = schema as unknown as Hooks;
    const raise = () => raiseRevision(name);
    // An error handler (three parameters): raise, then pass the write's error on unchanged.
    const raiseOnError = (error: unknown, _res: unknown, next: (e?: unknown) => void) => {
      raise().then(
        () => next(error),
        () => next(error),
      );
    };
    const on = (hook: string, options: object) => {
      hooks.post(hook, options, raise);
      hooks.post(hook, { ...options, errorHandler: true }, raiseOnError);
    };
    for (const op of queryWrites) on(op, { query: true, document: false });
    on('save', {});
    on('insertMany', {});
    on('bulkWrite', {});
  };
}

type Held<T> = { revision: string; at: number; value: Promise<T> };

/**
 * Values computed from a family of collections, by key, each kept under the revision read before
 * computing it: the same key at the same revision is answered from memory (parallel askers share
 * one computation); a new revision, an age over `maxAgeMs` or a failure computes again. At most
 * `size` keys are kept (the least recently used go first).
 */
export class RevisionCache<T> {
  private held = new Map<string, Held<T>>();
  constructor(private readonly o: { size: number; maxAgeMs: number }) {}

  get(key: string, revision: string, compute: () => Promise<T>): Promise<T> {
    const found = this.held.get(key);
    this.held.delete(key);
    if (found && found.revision === revision && Date.now() - found.at < this.o.maxAgeMs) {
      this.held.set(key, found);
      return found.value;
    }
    const value = compute();
    const entry = { revision, at: Date.now(), value };
    this.held.set(key, entry);
    value.catch(() => {
      if (this.held.get(key) === entry) this.held.delete(key);
    });
    while (this.held.size > this.o.size) this.held.delete(this.held.keys().next().value!);
    return value;
  }
}
