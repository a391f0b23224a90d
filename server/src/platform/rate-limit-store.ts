// An express-rate-limit store kept in the database, so several server processes share the counts.
import mongoose, { Schema } from 'mongoose';
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';

const hitSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    hits: { type: Number, required: true },
    expiresAt: { type: Date, required: true, index: true },
  },
  { versionKey: false },
);
const RateLimitHit = mongoose.model('RateLimitHit', hitSchema, 'rate_limits');

export class DatabaseRateLimitStore implements Store {
  private windowMs = 60_000;
  private lastSweep = 0;
  constructor(readonly prefix: string) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private window(key: string) {
    const index = Math.floor(Date.now() / this.windowMs);
    return {
      id: `${this.prefix}:${key}:${index}`,
      resetTime: new Date((index + 1) * this.windowMs),
    };
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    await this.sweep();
    const { id, resetTime } = this.window(key);
    const upsert = () =>
      RateLimitHit.findOneAndUpdate(
        { key: id },
        { $inc: { hits: 1 }, $setOnInsert: { expiresAt: resetTime } },
        { upsert: true, returnDocument: 'after' },
      ).lean();
    // Two first hits at once may both try the insert; the loser retries as an update.
    const doc = await upsert().catch((e: { code?: number }) =>
      e.code === 11000 ? upsert() : Promise.reject(e),
    );
    return { totalHits: doc?.hits ?? 1, resetTime };
  }

  async decrement(key: string): Promise<void> {
    await RateLimitHit.updateOne({ key: this.window(key).id }, { $inc: { hits: -1 } });
  }

  async resetKey(key: string): Promise<void> {
    await RateLimitHit.deleteOne({ key: this.window(key).id });
  }

  /** No TTL indexes on the embedded database: expired windows are removed now and then. */
  private async sweep() {
    if (Date.now() - this.lastSweep < 60_000) return;
    this.lastSweep = Date.now();
    await RateLimitHit.deleteMany({ expiresAt: { $lt: new Date() } });
  }
}
