// The newest-first walk, checked against the plain answer (filter, sort, page) on made-up data:
// every item once, in order, across pages, whatever the density; and few queries per page.
import { periodKeys } from '@care/shared/periods';
import { findLatest, type EqualityFinder } from './latest';

type Doc = {
  _id: string;
  at: Date;
  who: string;
  hour: string;
  day: string;
  month: string;
  year: string;
};

function collection(docs: Doc[]) {
  let queries = 0;
  let inFlight = 0;
  let mostInFlight = 0;
  const finder: EqualityFinder = {
    find: (filter) => ({
      lean: async <R>() => {
        queries++;
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return docs.filter((d) =>
          Object.entries(filter).every(([k, v]) => d[k as keyof Doc] === v),
        ) as R;
      },
    }),
  };
  return { finder, queries: () => queries, mostInFlight: () => mostInFlight };
}

function makeDocs(count: number, spanDays: number, who: (i: number) => string): Doc[] {
  const now = Date.now();
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) => {
    // Two documents at the same instant now and then, to test the tie-break.
    const at = new Date(
      now - Math.floor(random() * spanDays * 86_400_000) - (i % 50 === 0 ? 0 : 1),
    );
    return { _id: `id${String(i).padStart(6, '0')}`, at, who: who(i), ...periodKeys(at) };
  });
}

async function walkAll(
  docs: Doc[],
  filter: Partial<Doc>,
  grain: 'hour' | 'day' | 'month',
  limit: number,
  readAhead = false,
) {
  const { finder, queries, mostInFlight } = collection(docs);
  const seen: Doc[] = [];
  let before: string | undefined;
  let pages = 0;
  for (;;) {
    const { items, page } = await findLatest<Doc>(finder, filter, {
      grain,
      grains: ['hour', 'day', 'month', 'year'],
      limit,
      before,
      maxQueries: 24,
      readAhead,
    });
    seen.push(...items);
    pages++;
    if (!page.next) break;
    before = page.next;
  }
  return { seen, pages, queries: queries(), mostInFlight: mostInFlight() };
}

const truth = (docs: Doc[], filter: Partial<Doc>) =>
  docs
    .filter((d) => Object.entries(filter).every(([k, v]) => d[k as keyof Doc] === v))
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b._id.localeCompare(a._id));

describe('findLatest', () => {
  it('returns a busy stream newest first, every item once, in few queries per page', async () => {
    const docs = makeDocs(6000, 10, (i) => `u${i % 3}`);
    const { seen, pages, queries } = await walkAll(docs, {}, 'hour', 50);
    expect(seen.map((d) => d._id)).toEqual(truth(docs, {}).map((d) => d._id));
    expect(queries / pages).toBeLessThan(4);
  });

  it('widens over quiet stretches: a rare filter over years does not cost a query per hour', async () => {
    const docs = makeDocs(3000, 3 * 365, (i) => (i % 100 === 0 ? 'rare' : 'busy'));
    const { seen, queries } = await walkAll(docs, { who: 'rare' }, 'day', 20);
    expect(seen.map((d) => d._id)).toEqual(truth(docs, { who: 'rare' }).map((d) => d._id));
    // 30 matches over three years, then nothing back to 2000: months and years, not days.
    expect(queries).toBeLessThan(80);
  });

  it('narrows again when a wide period is busy', async () => {
    const docs = [
      ...makeDocs(20, 400, () => 'x').filter((d) => d.at.getTime() < Date.now() - 40 * 86_400_000),
      ...makeDocs(2000, 5, () => 'x'),
    ];
    const { seen } = await walkAll(docs, { who: 'x' }, 'month', 25);
    expect(seen.map((d) => d._id)).toEqual(truth(docs, { who: 'x' }).map((d) => d._id));
  });

  it('reads the period before at the same time when asked to, with the same pages', async () => {
    const docs = makeDocs(3000, 400, (i) => `r${i % 40}`);
    const plain = await walkAll(docs, { who: 'r7' }, 'month', 50);
    const ahead = await walkAll(docs, { who: 'r7' }, 'month', 50, true);
    expect(ahead.seen.map((d) => d._id)).toEqual(truth(docs, { who: 'r7' }).map((d) => d._id));
    expect(ahead.pages).toBe(plain.pages);
    expect(plain.mostInFlight).toBe(1);
    expect(ahead.mostInFlight).toBeGreaterThan(1);
  });

  it('keeps to the days asked for', async () => {
    const docs = makeDocs(500, 30, () => 'x');
    const from = periodKeys(new Date(Date.now() - 10 * 86_400_000)).day;
    const to = periodKeys(new Date(Date.now() - 5 * 86_400_000)).day;
    const { finder } = collection(docs);
    const { items, page } = await findLatest<Doc>(
      finder,
      {},
      {
        grain: 'day',
        grains: ['hour', 'day', 'month', 'year'],
        limit: 100,
        from,
        to,
        maxQueries: 24,
      },
    );
    const expected = truth(docs, {}).filter((d) => d.day >= from && d.day <= to);
    expect(items.map((d) => d._id)).toEqual(expected.slice(0, 100).map((d) => d._id));
    if (expected.length <= 100) expect(page.next).toBeNull();
  });

  it('refuses a cursor it did not make', async () => {
    const { finder } = collection([]);
    const made = Buffer.from(JSON.stringify({ k: 'x', at: 1, id: '' })).toString('base64url');
    await expect(
      findLatest(
        finder,
        {},
        { grain: 'day', grains: ['day'], limit: 5, before: made, maxQueries: 3 },
      ),
    ).rejects.toMatchObject({ status: 400 });
  });
});
