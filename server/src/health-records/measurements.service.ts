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

/** When the first measurement was taken (any resident): where newest-first walks stop. */
export const measurementsMark = 'measurements';

/** The stored shape of a measurement: its period keys and author beside the values. */
export function measurementDocument(residentId: string, input: MeasurementCreate, actor: Actor) {
  const at = input.at ? new Date(input.at) : new Date();
  const { day, month, year } = periodKeys(at);
  return {
    ...input,
    heightPosition: input.heightCm === null ? null : input.heightPosition,
    residentId,
    at,
    day,
    month,
    year,
    authorId: actor?.id ?? null,
    authorName: actor?.fullName ?? '—',
  };
}

export async function recordMeasurement(
  residentId: string,
  input: MeasurementCreate,
  actor: Actor,
): Promise<MeasurementDoc> {
  const resident = await findResidentBasics(residentId);
  const fields = measurementDocument(residentId, input, actor);
  await markEarliest(measurementsMark, fields.at);
  const doc = (await Measurement.create(fields)).toObject() as MeasurementDoc;
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

/** Nothing is older than the first measurement taken at the centre, nor than the resident. */
async function measuredSince(birthDate: string | null): Promise<Date | null> {
  const first = await readMark(measurementsMark);
  if (!first) return null;
  const born = birthDate ? Date.parse(`${birthDate}T00:00:00+07:00`) : -Infinity;
  return new Date(Math.max(first.getTime(), born));
}

/** Newest first, month by month (widening to years where a resident is rarely measured). */
export async function listMeasurements(residentId: string, query: CursorQuery) {
  const resident = await findResidentBasics(residentId);
  return findLatest<MeasurementDoc>(
    Measurement,
    { residentId },
    {
      grain: 'month',
      grains: ['day', 'month', 'year'],
      limit: query.limit,
      before: query.before,
      since: await measuredSince(resident.birthDate),
      maxQueries: 12,
    },
  );
}

/** Every measurement of a resident since a birth date, one query per year, oldest first. */
export async function measurementsSinceBirth(
  residentId: string,
  birthDate: string,
): Promise<MeasurementDoc[]> {
  const since = await measuredSince(birthDate);
  if (!since) return [];
  const first = Number(periodKeys(since).year);
  const last = Number(periodKeys(new Date()).year);
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  const found = await Promise.all(
    years.map((year) =>
      Measurement.find({ residentId, year: String(year) }).lean<MeasurementDoc[]>(),
    ),
  );
  return found.flat().sort((a, b) => a.at.getTime() - b.at.getTime());
}
