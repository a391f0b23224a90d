// The health profile: the audited read, the versioned save of the whole profile, and the allergy
// list other domains show (the care summary for carers and the kitchen).
import type { Allergy, HealthList, HealthProfileUpdate } from '@care/shared/health-records';
import { healthLists } from '@care/shared/health-records';
import { recordAudit, recordChange, type Actor } from '../audit/audit.service';
import { staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { HealthProfile, type HealthProfileDoc } from './health-profile.model';
import { findResidentBasics } from './resident-basics';

const findProfile = (residentId: string) =>
  HealthProfile.findById(residentId).lean<HealthProfileDoc>();

/** Health data is sensitive personal data (Decree 13/2023): every read of the profile is audited. */
export async function readHealthProfile(
  residentId: string,
  actor: Actor,
): Promise<HealthProfileDoc | null> {
  const resident = await findResidentBasics(residentId);
  const doc = await findProfile(residentId);
  await recordAudit({
    actor,
    action: 'read',
    entity: 'health_profile',
    entityId: residentId,
    entityLabel: resident.code,
  });
  return doc;
}

/** Saves the four lists at the version the user read: a 409 when someone saved in between. */
export async function updateHealthProfile(
  residentId: string,
  input: HealthProfileUpdate,
  actor: Actor,
): Promise<HealthProfileDoc> {
  const resident = await findResidentBasics(residentId);
  const { version, ...lists } = input;
  const before = await findProfile(residentId);
  // The audit's "before" must be the state this save replaces: the versioned update below checks it.
  if ((before?.version ?? 0) !== version) throw staleVersion();
  const set = { ...lists, updatedBy: actor?.fullName ?? null };
  const after = before
    ? await updateVersioned<HealthProfileDoc>(HealthProfile, residentId, version, { $set: set })
    : await createProfile(residentId, set);
  await recordChange({
    actor,
    action: before ? 'update' : 'create',
    entity: 'health_profile',
    entityId: residentId,
    entityLabel: resident.code,
    before: before ? auditLines(before) : null,
    after: auditLines(after),
    fields: healthLists,
  });
  return after;
}

/** The first save inserts the profile at version 1: of parallel first saves one insert wins. */
async function createProfile(residentId: string, set: object): Promise<HealthProfileDoc> {
  try {
    const doc = await HealthProfile.create({ _id: residentId, ...set, version: 1 });
    return doc.toObject() as HealthProfileDoc;
  } catch (error) {
    if ((error as { code?: unknown }).code === 11000) throw staleVersion();
    throw error;
  }
}

/** Each list as one line per entry, so the audit trail reads as the nurse wrote it. */
export function auditLines(doc: Omit<HealthProfileUpdate, 'version'>): Record<HealthList, string> {
  const line = (...parts: (string | number | null | undefined)[]) =>
    parts.filter((p) => p !== null && p !== undefined && p !== '').join(' · ');
  const lines = <T>(items: T[], show: (item: T) => string) => items.map(show).join('\n');
  return {
    conditions: lines(doc.conditions, (c) => line(c.name, c.icd10, c.since, c.notes)),
    allergies: lines(doc.allergies, (a) => line(a.substance, a.severity, a.reaction)),
    medications: lines(doc.medications, (m) =>
      line(m.name, m.dose, m.route, m.times.join(', '), m.start, m.end, m.prescriber, m.notes),
    ),
    vaccinations: lines(doc.vaccinations, (v) => line(v.vaccine, v.date, v.doseNumber, v.place)),
  };
}

/** A resident's allergies, for screens that warn about them (care summary, kitchen); not audited. */
export async function readAllergies(residentId: string): Promise<Allergy[]> {
  const doc = await HealthProfile.findById(residentId)
    .select({ allergies: 1 })
    .lean<Pick<HealthProfileDoc, 'allergies'>>();
  return (doc?.allergies ?? []).map(({ substance, severity, reaction }) => ({
    substance,
    severity,
    reaction,
  }));
}
