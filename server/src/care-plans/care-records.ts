// What every care record (assessment, plan version) needs: the resident it belongs to, read
// through this one function so a change to the resident model (status names, discharge) is
// adapted here only, and its audit entry, labelled with the resident's code.
import { recordChange, type Actor } from '../audit/audit.service';
import { AppError, notFound } from '../platform/errors';
import { Resident } from '../residents/resident.model';

export type CareResident = { id: string; code: string };

/**
 * The resident, or 404. `forChange`: assessments and plans are written only while the resident is
 * the centre's (409 once discharged; a resident temporarily away keeps their plan); a discharged
 * resident's are still read.
 */
export async function careResident(id: string, forChange: boolean): Promise<CareResident> {
  const doc = await Resident.findById(id).select('code status').lean<{
    code: string;
    status: string;
  }>();
  if (!doc) throw notFound();
  if (forChange && doc.status === 'discharged') throw new AppError('not_in_care');
  return { id, code: doc.code };
}

/** A care record created (no `before`) or changed: the audited fields before and after. */
export function recordCareChange<T extends { _id: { toString(): string } }>(change: {
  actor: Actor;
  resident: CareResident;
  entity: 'assessment' | 'care_plan';
  before: T | null;
  after: T;
  fields: readonly (keyof T & string)[];
}) {
  const { resident, after, before, ...rest } = change;
  return recordChange({
    ...rest,
    action: before ? 'update' : 'create',
    entityId: after._id.toString(),
    entityLabel: resident.code,
    before,
    after,
  });
}
