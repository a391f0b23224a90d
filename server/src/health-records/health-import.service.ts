// Health records copied in bulk from paper files (the demo centre): profiles and measurement
// histories of many residents in a few writes, each audited as a single save would be.
import { diffFields } from '@care/shared/audit';
import {
  healthLists,
  type HealthProfileUpdate,
  type MeasurementCreate,
} from '@care/shared/health-records';
import { recordAudits, type Actor, type AuditInput } from '../audit/audit.service';
import { markEarliest } from '../platform/marks';
import { Resident } from '../residents/resident.model';
import { HealthProfile } from './health-profile.model';
import { auditLines } from './health-profile.service';
import { Measurement } from './measurement.model';
import { measurementDocument, measurementsMark } from './measurements.service';

export type ImportedRecord = {
  residentId: string;
  actor: Actor;
  profile: Omit<HealthProfileUpdate, 'version'>;
  measurements: MeasurementCreate[];
};

/** For residents who have no health profile yet (a duplicate key otherwise). */
export async function importHealthRecords(records: ImportedRecord[]): Promise<void> {
  const residents = await Resident.find({ _id: { $in: records.map((r) => r.residentId) } })
    .select({ code: 1 })
    .lean<{ _id: { toString(): string }; code: string }[]>();
  const codes = new Map(residents.map((r) => [r._id.toString(), r.code]));
  const measurements = records.flatMap((r) =>
    r.measurements.map((m) => measurementDocument(r.residentId, m, r.actor)),
  );
  const earliest = Math.min(...measurements.map((m) => m.at.getTime()));
  if (measurements.length) await markEarliest(measurementsMark, new Date(earliest));
  await HealthProfile.insertMany(
    records.map((r) => ({
      _id: r.residentId,
      ...r.profile,
      updatedBy: r.actor?.fullName ?? null,
      version: 1,
    })),
  );
  await Measurement.insertMany(measurements);
  const audits = records.flatMap((r): AuditInput[] => {
    const base = {
      actor: r.actor,
      action: 'create' as const,
      entityLabel: codes.get(r.residentId) ?? '',
    };
    const profile = {
      ...base,
      entity: 'health_profile' as const,
      entityId: r.residentId,
      changes: diffFields(null, auditLines(r.profile), healthLists),
    };
    const imported = { field: 'imported', before: null, after: String(r.measurements.length) };
    return r.measurements.length
      ? [profile, { ...base, entity: 'measurement', entityId: r.residentId, changes: [imported] }]
      : [profile];
  });
  await recordAudits(audits);
}
