// Wire shapes of a resident: the summary every listing role sees, the full record for readers.
import type { ResidentSummary, ResidentView } from '@care/shared/residents';
import type { ResidentDoc } from './resident.model';

export function presentResidentSummary(doc: ResidentDoc): ResidentSummary {
  return {
    id: doc._id.toString(),
    code: doc.code,
    fullName: doc.fullName,
    gender: doc.gender,
    birthDate: doc.birthDate,
    category: doc.category,
    room: doc.room,
    status: doc.status,
  };
}

export function presentResident(doc: ResidentDoc): ResidentView {
  return {
    ...presentResidentSummary(doc),
    disabilityLevel: doc.disabilityLevel ?? null,
    hometown: doc.hometown,
    admission: {
      decisionNumber: doc.admission.decisionNumber,
      date: doc.admission.date,
      issuer: doc.admission.issuer,
    },
    healthNotes: doc.healthNotes,
    guardian: doc.guardian,
    version: doc.version,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}
