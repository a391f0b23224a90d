// Pure rules about a resident's age and stay: age bands, the age-out date of children in care, the
// three-month limit of an emergency stay, and the flags that warn staff ahead of both.
import { addMonths, addYears, differenceInCalendarDays, format, parseISO } from 'date-fns';

export const ageBands = [
  'under_6',
  '6_to_15',
  '16_to_21',
  '22_to_59',
  '60_to_79',
  '80_plus',
] as const;
export type AgeBand = (typeof ageBands)[number];
const bandStarts: Record<AgeBand, [number, number]> = {
  under_6: [0, 5],
  '6_to_15': [6, 15],
  '16_to_21': [16, 21],
  '22_to_59': [22, 59],
  '60_to_79': [60, 79],
  '80_plus': [80, 200],
};

/** Whole years of age on `day` (both `yyyy-MM-dd`); a birthday on 29 February counts on 1 March. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Age from what is known: the birth date, or only the birth year (then the age reached this year). */
export function ageOf(birth: { birthDate: string | null; birthYear: number }, day: string): number {
  return birth.birthDate ? ageOn(birth.birthDate, day) : Number(day.slice(0, 4)) - birth.birthYear;
}

export function ageBandOf(age: number): AgeBand {
  return ageBands.find((b) => age >= bandStarts[b][0] && age <= bandStarts[b][1]) ?? '80_plus';
}

/** Birth years of people in an age band on `day`, inclusive, widened by one year at each end
 * (a year of birth alone cannot say which side of a birthday someone is); callers refine with ageOf. */
export function birthYearsOf(band: AgeBand, day: string): [number, number] {
  const year = Number(day.slice(0, 4));
  const [min, max] = bandStarts[band];
  return [year - max - 1, year - min];
}

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * Children are cared for until 16, or until 22 while still in education (Decree 20/2021, Art. 5).
 * With only a birth year known, the first day of the year is assumed (the earliest date: a flag
 * comes too early rather than too late).
 */
export function ageOutDate(
  birth: { birthDate: string | null; birthYear: number },
  inEducation: boolean,
): string {
  const born = birth.birthDate ?? `${birth.birthYear}-01-01`;
  return iso(addYears(parseISO(born), inEducation ? 22 : 16));
}

/** An emergency protection stay lasts at most three months from admission. */
export const emergencyStayMonths = 3;
export function emergencyStayEnd(admissionDate: string): string {
  return iso(addMonths(parseISO(admissionDate), emergencyStayMonths));
}

export type ResidentFlag = {
  kind: 'age_out' | 'emergency_stay';
  date: string;
  daysLeft: number; // negative: the date has passed
};

/** How far ahead staff are warned. */
export const flagNoticeDays = { age_out: 90, emergency_stay: 21 } as const;

export function residentFlags(
  resident: {
    birthDate: string | null;
    birthYear: number;
    categories: readonly string[];
    inEducation: boolean;
    status: string;
    admissionDate: string | null;
    admissionRoute: string | null;
  },
  today: string,
): ResidentFlag[] {
  if (resident.status === 'discharged') return [];
  const flags: ResidentFlag[] = [];
  const add = (kind: ResidentFlag['kind'], date: string) => {
    const daysLeft = differenceInCalendarDays(parseISO(date), parseISO(today));
    if (daysLeft <= flagNoticeDays[kind]) flags.push({ kind, date, daysLeft });
  };
  if (resident.categories.includes('orphan'))
    add('age_out', ageOutDate(resident, resident.inEducation));
  if (resident.admissionRoute === 'emergency_protection' && resident.admissionDate)
    add('emergency_stay', emergencyStayEnd(resident.admissionDate));
  return flags;
}
