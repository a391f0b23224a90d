// Newest-first lists of collections that grow without end, read one period at a time by equality
// (see shared/src/periods.ts): the embedded engine answers `{ ...filter, day: '2026-11-22' }` from
// an index, while a range or a sort over the whole collection would read every document.
//
// The walk adapts to how dense the matches are: it starts at a fine grain (an hour or a day),
// widens to the next grain when a period held few matches (so a quiet filter does not cost one
// query per empty hour), and narrows again when a wide period held many (so a busy month is not
// read whole). Documents carry every grain's key; each query reads one period of one grain.
import { centreDayStart } from '@care/shared/dates';
import type { CursorPage } from '@care/shared/paging';
import { keyAt, grainOf, periodStart, type Period } from '@care/shared/periods';
import { badRequest } from './errors';

type Dated = { _id: { toString(): string }; at: Date };
/** Next period to read (`k`), and the position reached: only items strictly older are left. */
type Cursor = { k: string; at: number; id: string };

const grains: Period[] = ['hour', 'day', 'month', 'year'];

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

function decode(text: string, allowed: readonly Period[]): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    const grain = typeof c.k === 'string' ? grainOf(c.k) : null;
    if (!grain || !allowed.includes(grain)) throw new Error('grain');
    if (!Number.isFinite(c.at) || typeof c.id !== 'string' || c.id.length > 64)
      throw new Error('position');
    return c;
  } catch {
    throw badRequest({ before: 'invalid_cursor' });
  }
}

const newestFirst = (a: Dated, b: Dated) =>
  b.at.getTime() - a.at.getTime() || b._id.toString().localeCompare(a._id.toString());

const olderThan = (doc: Dated, at: number, id: string) =>
  doc.at.getTime() < at || (doc.at.getTime() === at && doc._id.toString() < id);

/** What findLatest needs of a mongoose model. */
export type EqualityFinder = {
  find: (filter: Record<string, unknown>) => { lean: <R>() => PromiseLike<R> };
};

export type LatestOptions = {
  /** The grain to start with, and the grains the documents carry (finest first). */
  grain: Period;
  grains: readonly Period[];
  limit: number;
  before?: string;
  /** Calendar days bounding the search (inclusive). */
  from?: string;
  to?: string;
  /** Nothing is older than this (e.g. when the trail began, or the resident's admission). */
  since?: Date | null;
  /** How many periods one request may read at most (the answer then offers `next`). */
  maxQueries: number;
  /**
   * The equality for one period, when it is not `{ ...filter, [grain]: key }`: e.g. a compound
   * key `actorDay: '<id>/2026-11-22'` that selects exactly one person's day.
   */
  periodFilter?: (grain: Period, key: string) => Record<string, unknown>;
  /**
   * Read the period before the current one at the same time (when matches are dense enough that
   * a page usually spans two periods, e.g. a resident's notes by month): one round trip instead
   * of two, at the cost of one unused read when the first period fills the page.
   */
  readAhead?: boolean;
};

export async function findLatest<T extends Dated>(
  model: EqualityFinder,
  filter: Record<string, unknown>,
  o: LatestOptions,
): Promise<{ items: T[]; page: CursorPage }> {
  const usable = grains.filter((g) => o.grains.includes(g));
  const finer = (g: Period) => usable[usable.indexOf(g) - 1];
  const coarser = (g: Period) => usable[usable.indexOf(g) + 1];
  const floor = Math.max(
    o.from ? centreDayStart(o.from) : -Infinity,
    o.since === undefined ? centreDayStart('2000-01-01') : (o.since?.getTime() ?? Infinity),
  );
  const top = Math.min(Date.now() + 1, o.to ? centreDayStart(o.to) + 86_400_000 : Infinity);
  let c: Cursor = o.before
    ? decode(o.before, usable)
    : { k: keyAt(top - 1, o.grain), at: top, id: '' };
  const items: T[] = [];
  const day = (ms: number) => keyAt(ms, 'day');
  let searchedTo: string | null = null;
  const read = (k: string) => {
    const grain = grainOf(k)!;
    return model.find(o.periodFilter?.(grain, k) ?? { ...filter, [grain]: k }).lean<T[]>();
  };
  let ahead: { k: string; found: Promise<T[]> } | null = null;

  for (let queries = 0; queries < o.maxQueries; queries++) {
    const start = Math.max(periodStart(c.k), floor);
    if (c.at <= floor) break;
    const grain = grainOf(c.k)!;
    const current = ahead?.k === c.k ? ahead.found : read(c.k);
    ahead = null;
    if (o.readAhead && start > floor && queries + 1 < o.maxQueries) {
      const k = keyAt(start - 1, grain);
      ahead = { k, found: Promise.resolve(read(k)) };
      ahead.found.catch(() => undefined); // unused when the page fills first; its error is moot
    }
    const found = await current;
    const docs = found.filter((d) => olderThan(d, c.at, c.id) && d.at.getTime() >= floor);
    docs.sort(newestFirst);
    const room = o.limit - items.length;
    items.push(...docs.slice(0, room));
    if (docs.length > room) {
      const last = items[items.length - 1]!;
      searchedTo = day(last.at.getTime());
      c = { k: c.k, at: last.at.getTime(), id: last._id.toString() };
      return { items, page: { next: encode(c), searchedTo } };
    }
    searchedTo = day(start);
    // This period is done: go on before its start, at a grain suited to what it held.
    const matches = docs.length;
    const next =
      matches < o.limit / 5 && coarser(grain)
        ? coarser(grain)!
        : matches > o.limit * 4 && finer(grain)
          ? finer(grain)!
          : grain;
    c = { k: keyAt(start - 1, next), at: start, id: '' };
    if (items.length === o.limit) break;
  }
  const done = c.at <= floor;
  return { items, page: { next: done ? null : encode(c), searchedTo } };
}
