// Fields a resident record derives from what staff enter: how it is found and sorted, its
// current status and admission, and the keys that keep one person from being in care twice.
import { nameSortKey, searchPrefixes } from '@care/shared/names';
import type { ResidentStatus } from '@care/shared/residents';
import { foldName } from '@care/shared/text';

type Episode = {
  admission: { date: string; route: string };
  absences: { returnedOn: string | null }[];
  closure: unknown;
};

export function statusOf(episodes: readonly Episode[]): ResidentStatus {
  const current = episodes.at(-1);
  if (!current || current.closure) return 'discharged';
  return current.absences.some((a) => a.returnedOn === null) ? 'absent' : 'in_care';
}

export function derivedFields(
  r: {
    code: string;
    fullName: string;
    otherNames: string;
    room: string;
    birthDate: string | null;
    birthYear: number;
    idNumber: string;
    episodes: readonly Episode[];
  },
  id: string,
) {
  const status = statusOf(r.episodes);
  const current = r.episodes.at(-1);
  const inCare = status !== 'discharged';
  return {
    searchName: foldName(`${r.fullName} ${r.otherNames}`.trim()),
    searchPrefixes: searchPrefixes(
      r.fullName,
      r.otherNames,
      r.code,
      r.code.replace(/^\D+/, ''),
      r.room,
    ),
    sortName: nameSortKey(r.fullName),
    status,
    current: inCare,
    admissionDate: current?.admission.date ?? null,
    admissionRoute: current?.admission.route ?? null,
    // Unique keys: a person in care holds their name + birth and ID number; a discharged record
    // holds keys of its own, so a later re-admission (or a namesake) is not blocked.
    personKey: inCare ? `${foldName(r.fullName)}|${r.birthDate ?? r.birthYear}` : `closed|${id}`,
    idKey: inCare && r.idNumber ? `id|${r.idNumber}` : `none|${id}`,
  };
}
