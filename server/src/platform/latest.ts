// Newest-first lists of collections that grow without end, read one period at a time by equality
// (see shared/src/periods.ts): the embedded engine answers `{ ...filter, day: '2026-11-22' }` from
// an index, while a range or a sort over the whole collection would read every document.
import type { CursorPage } from '@care/shared/paging';
import {
  firstDayOf,
  periodKeys,
  periodOfDay,
  previousPeriod,
  type Period,
} from '@care/shared/periods';
import { badRequest } from './errors';

type Dated = { _id: { toString(): string }; at: Date };
type Cursor = { k: string; at?: number; id?: string };

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

function decode(text: string, period: Period): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    previousPeriod(c.k, period); // throws on a key of another shape
    if (c.at !== undefined && (typeof c.at !== 'number' || typeof c.id !== 'string')) throw 0;
    return c;
  } catch {
    throw badRequest({ before: 'invalid_cursor' });
  }
}

const newestFirst = (a: Dated, b: Dated) =>
  b.at.getTime() - a.at.getTime() || b._id.toString().localeCompare(a._id.toString());

const olderThan = (doc: Dated, c: Cursor) =>
  c.at === undefined ||
  doc.at.getTime() < c.at ||
  (doc.at.getTime() === c.at && doc._id.toString() < c.id!);

export type LatestOptions = {
  period: Period;
  limit: number;
  before?: string;
  /** Calendar days bounding the search (inclusive). */
  from?: string;
  to?: string;
  /** How many periods one request may read at most (the answer then offers `next`). */
  maxPeriods: number;
  /** Periods read at once. */
  parallel?: number;
};

/** What findLatest needs of a mongoose model. */
export type EqualityFinder = {
  find: (filter: Record<string, unknown>) => { lean: <R>() => PromiseLike<R> };
};

export async function findLatest<T extends Dated>(
  model: EqualityFinder,
  filter: Record<string, unknown>,
  o: LatestOptions,
): Promise<{ items: T[]; page: CursorPage }> {
  const cursor = o.before ? decode(o.before, o.period) : null;
  const today = periodKeys(new Date())[o.period];
  const top = o.to ? periodOfDay(o.to, o.period, 'end') : today;
  let key = cursor ? cursor.k : top < today ? top : today;
  const floor = o.from ? periodOfDay(o.from, o.period, 'start') : '';
  const items: T[] = [];
  let read = 0;
  let lastRead: string | null = null;
  const batch = Math.max(1, o.parallel ?? 4);
  while (read < o.maxPeriods && key >= floor && items.length < o.limit) {
    const keys: string[] = [];
    for (let k = key; keys.length < batch && read + keys.length < o.maxPeriods && k >= floor;) {
      keys.push(k);
      k = previousPeriod(k, o.period);
    }
    const found = await Promise.all(
      keys.map((k) => model.find({ ...filter, [o.period]: k }).lean<T[]>()),
    );
    for (const [i, k] of keys.entries()) {
      read++;
      lastRead = k;
      const docs = found[i]!.filter((d) => !cursor || k !== cursor.k || olderThan(d, cursor));
      docs.sort(newestFirst);
      const room = o.limit - items.length;
      items.push(...docs.slice(0, room));
      if (docs.length > room) {
        const last = items[items.length - 1]!;
        return {
          items,
          page: {
            next: encode({ k, at: last.at.getTime(), id: last._id.toString() }),
            searchedTo: firstDayOf(k),
          },
        };
      }
      key = previousPeriod(k, o.period);
      if (items.length === o.limit) break;
    }
  }
  // Nothing is older than the floor given, nor than the year 2000 when none was.
  const done = key < (floor || '2000');
  return {
    items,
    page: {
      next: done ? null : encode({ k: key }),
      searchedTo: lastRead ? firstDayOf(lastRead) : null,
    },
  };
}
