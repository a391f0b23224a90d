// The register's query: equality keys the embedded engine answers from its indexes, and, when
// a search text or an age band is given, ranking and refining in code over the few matches.
import { accentScore, searchWords } from '@care/shared/names';
import { ageBandOf, ageOf, birthYearsOf } from '@care/shared/resident-rules';
import type { ResidentListQuery } from '@care/shared/residents';
import type { ResidentDoc } from './resident.model';

export function registerFilter(query: ResidentListQuery, today: string) {
  const filter: Record<string, unknown> = {};
  if (query.status === 'current') filter.current = true;
  else if (query.status !== 'all') filter.status = query.status;
  if (query.category) filter.categories = query.category;
  if (query.unit) filter.unit = query.unit;
  if (query.room) filter.room = query.room;
  if (query.gender) filter.gender = query.gender;
  if (query.keyWorkerId) filter.keyWorkerId = query.keyWorkerId;
  const words = searchWords(query.q ?? '').sort((a, b) => b.length - a.length);
  // The longest word is a top-level equality (answered by the index); the rest refine it.
  if (words[0]) filter.searchPrefixes = words[0];
  if (words.length > 1) filter.$and = words.slice(1).map((w) => ({ searchPrefixes: w }));
  if (query.ageBand) {
    const [from, to] = birthYearsOf(query.ageBand, today);
    filter.birthYear = { $gte: from, $lte: to };
  }
  return filter;
}

/** The fields a register row, its flags and the ranking use (never the episodes or papers). */
export const registerFields = Object.fromEntries(
  [
    'code',
    'fullName',
    'otherNames',
    'sortName',
    'gender',
    'birthDate',
    'birthYear',
    'categories',
    'unit',
    'room',
    'status',
    'admissionDate',
    'admissionRoute',
    'inEducation',
    'keyWorkerId',
    'photoId',
  ].map((field) => [field, 1 as const]),
);

/** Search and age band need code after the database: accents rank, ages are exact. */
export const refinedInCode = (query: ResidentListQuery) => Boolean(query.q || query.ageBand);

export const registerSort: Record<ResidentListQuery['sort'], Record<string, 1 | -1>> = {
  name: { sortName: 1, code: 1 },
  room: { room: 1, sortName: 1 },
  age: { birthYear: -1, birthDate: -1, sortName: 1 },
  admission: { admissionDate: -1, sortName: 1 },
};

type Sortable = Pick<
  ResidentDoc,
  'sortName' | 'code' | 'room' | 'birthYear' | 'birthDate' | 'admissionDate'
>;

function compareBy(spec: Record<string, 1 | -1>) {
  return (a: Sortable, b: Sortable) => {
    for (const [key, dir] of Object.entries(spec)) {
      const x = a[key as keyof Sortable] ?? '';
      const y = b[key as keyof Sortable] ?? '';
      if (x < y) return -dir;
      if (x > y) return dir;
    }
    return 0;
  };
}

/** Exact age band, then exact-accent matches first, then the chosen order. */
export function refineAndRank<T extends Sortable & { fullName: string; otherNames: string }>(
  docs: T[],
  query: ResidentListQuery,
  today: string,
): T[] {
  const inBand = query.ageBand
    ? docs.filter((d) => ageBandOf(ageOf(d, today)) === query.ageBand)
    : docs;
  const order = compareBy(registerSort[query.sort]);
  const q = query.q ?? '';
  const score = (d: T) => accentScore(`${d.fullName} ${d.otherNames}`, q);
  return inBand
    .map((d) => ({ d, s: q ? score(d) : 0 }))
    .sort((a, b) => b.s - a.s || order(a.d, b.d))
    .map((x) => x.d);
}
