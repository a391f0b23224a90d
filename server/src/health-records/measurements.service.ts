// Measurements: recording one (audited), a resident's newest first, and the years of them that
// growth is computed from.
import type { CursorQuery } from '@care/shared/paging';
import type { MeasurementCreate } from '@care/shared/health-records';
import { periodKeys } from '@care/shared/periods';
import { recordChange, type Actor } from '../audit/audit.service';
import { findLatest } from '../platform/latest';
import { markEarliest, readMark } from '../platform/marks';
import { auditedMeasurementFields, Measurement, type MeasurementDoc } from './measurement.model';
import { findResidentBasics } from './resident-basics';

/** The earliest measurement of a resident: where newest-first walks stop. */
const earliestMark = (residentId: string) => `measurements/${residentId}`;

export async function recordMeasurement(
  residentId: string,
  input: MeasurementCreate,
  actor: Actor,
): Promise<MeasurementDoc> {
  const resident = await findResidentBasics(residentId);
  const at = input.at ? new Date(input.at) : new Date();
  const { day, month, year } = periodKeys(at);
  await markEarliest(earliestMark(residentId), at);
  const doc = (
    await Measurement.create({
      ...input,
      heightPosition: input.heightCm === null ? null : input.heightPosition,
      residentId,
      at,
      day,
      month,
      year,
      authorId: actor?.id ?? null,
      authorName: actor?.fullName ?? '—',
    })
  ).toObject() as MeasurementDoc;
  await recordChange({
    actor,
    action: 'create',
    entity: 'measurement',
    entityId: doc._id.toString(),
    entityLabel: resident.code,
    before: null,
    after: doc,
    fields: auditedMeasurementFields,
  });
  return doc;
}

/** Newest first, month by month (widening to years where a resident is rarely measured). */
export async function listMeasurements(residentId: string, query: CursorQuery) {
  await findResidentBasics(residentId);
  return findLatest<MeasurementDoc>(
    Measurement,
    { residentId },
    {
      grain: 'month',
      grains: ['day', 'month', 'year'],
      limit: query.limit,
      before: query.before,
      since: await readMark(earliestMark(residentId)),
      maxQueries: 12,
    },
  );
}

/** Every measurement of a resident between two years (`yyyy`), one query per year, oldest first. */
export async function measurementsOfYears(
  residentId: string,
  fromYear: number,
  toYear: number,
): Promise<MeasurementDoc[]> {
  const since = await readMark(earliestMark(residentId));
  if (!since) return [];
  const first = Math.max(fromYear, Number(periodKeys(since).year));
  const years = Array.from({ length: Math.max(0, toYear - first + 1) }, (_, i) => first + i);
  const found = await Promise.all(
    years.map((year) =>
      Measurement.find({ residentId, year: String(year) }).lean<MeasurementDoc[]>(),
    ),
  );
  return found.flat().sort((a, b) => a.at.getTime() - b.at.getTime());
}
