// The resident a care record belongs to, read through this one function so a change to the
// resident model (status names, discharge) is adapted here only.
import { AppError, notFound } from '../platform/errors';
import { Resident } from '../residents/resident.model';

export type CareResident = { id: string; code: string };

/**
 * The resident, or 404. `forChange`: assessments and plans are written only for residents still
 * in care (409 otherwise); a discharged resident's are still read.
 */
export async function careResident(id: string, forChange: boolean): Promise<CareResident> {
  const doc = await Resident.findById(id).select('code status').lean<{
    code: string;
    status: string;
  }>();
  if (!doc) throw notFound();
  if (forChange && doc.status !== 'in_care') throw new AppError('resident_not_in_care');
  return { id, code: doc.code };
}
