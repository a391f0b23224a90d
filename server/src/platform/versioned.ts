// Updates under a version check: the update applies only to the version the user read, so a
// concurrent change is a 409 (stale_version), never a silent overwrite. Atomic on every engine
// (the embedded FerretDB through the write-serialising proxy).
import { notFound, staleVersion } from './errors';

type Versioned = {
  findOneAndUpdate: (
    filter: Record<string, unknown>,
    update: object,
    options: { returnDocument: 'after' },
  ) => { lean: <R>() => PromiseLike<R | null> };
  exists: (filter: Record<string, unknown>) => PromiseLike<unknown>;
};

export async function updateVersioned<T>(
  model: Versioned,
  id: string,
  version: number,
  update: { $set?: object; $inc?: Record<string, number> },
): Promise<T> {
  const doc = await model
    .findOneAndUpdate(
      { _id: id, version },
      { ...update, $inc: { ...update.$inc, version: 1 } },
      { returnDocument: 'after' },
    )
    .lean<T>();
  if (doc) return doc;
  if (await model.exists({ _id: id })) throw staleVersion();
  throw notFound();
}
