// What the health record needs of a resident: the code that labels audit entries, and the sex and
// birth date growth is computed from (null while only the birth year is known).
import type { Sex } from '@care/shared/growth';
import { notFound } from '../platform/errors';
import { Resident } from '../residents/resident.model';

export type ResidentBasics = { id: string; code: string; sex: Sex; birthDate: string | null };

export async function findResidentBasics(id: string): Promise<ResidentBasics> {
  const doc = await Resident.findById(id)
    .select({ code: 1, gender: 1, birthDate: 1 })
    .lean<{ code: string; gender: Sex; birthDate?: string | null }>();
  if (!doc) throw notFound();
  const exact = typeof doc.birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(doc.birthDate);
  return { id, code: doc.code, sex: doc.gender, birthDate: exact ? doc.birthDate! : null };
}
