// The wire shape of a health profile; a resident whose profile was never saved has empty lists.
import type { HealthProfileView } from '@care/shared/health-records';
import type { HealthProfileDoc } from './health-profile.model';

export function presentHealthProfile(
  residentId: string,
  doc: HealthProfileDoc | null,
): HealthProfileView {
  return {
    residentId,
    conditions: (doc?.conditions ?? []).map((c) => ({
      name: c.name,
      icd10: c.icd10,
      since: c.since ?? null,
      notes: c.notes,
    })),
    allergies: (doc?.allergies ?? []).map((a) => ({
      substance: a.substance,
      severity: a.severity,
      reaction: a.reaction,
    })),
    medications: (doc?.medications ?? []).map((m) => ({
      name: m.name,
      dose: m.dose,
      route: m.route,
      times: [...m.times],
      start: m.start,
      end: m.end ?? null,
      prescriber: m.prescriber,
      notes: m.notes,
    })),
    vaccinations: (doc?.vaccinations ?? []).map((v) => ({
      vaccine: v.vaccine,
      date: v.date,
      doseNumber: v.doseNumber ?? null,
      place: v.place,
    })),
    version: doc?.version ?? 0,
    updatedAt: doc ? doc.updatedAt.toISOString() : null,
    updatedBy: doc?.updatedBy ?? null,
  };
}
