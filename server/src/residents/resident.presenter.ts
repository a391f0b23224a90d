// Wire shapes of a resident: the register's summary, the full record with only the field groups
// the viewer's role may see, and the care summary for duty staff and the kitchen.
import { centreDay } from '@care/shared/dates';
import { can } from '@care/shared/permissions';
import { residentFlags } from '@care/shared/resident-rules';
import type { CareSummary, ResidentSummary, ResidentView } from '@care/shared/residents';
import type { Role } from '@care/shared/roles';
import type { ResidentDoc } from './resident.model';

type Names = Map<string, string>;

const place = (p: ResidentDoc['hometown']) => ({
  province: p?.province ?? null,
  commune: p?.commune ?? '',
  oldAddress: p?.oldAddress ?? '',
});

export function presentResidentSummary(
  doc: ResidentDoc,
  names: Names,
  today = centreDay(),
): ResidentSummary {
  const keyWorkerId = doc.keyWorkerId?.toString() ?? null;
  return {
    id: doc._id.toString(),
    code: doc.code,
    fullName: doc.fullName,
    gender: doc.gender as ResidentSummary['gender'],
    birthDate: doc.birthDate ?? null,
    birthYear: doc.birthYear,
    categories: doc.categories as ResidentSummary['categories'],
    unit: doc.unit,
    room: doc.room,
    status: doc.status,
    admissionDate: doc.admissionDate ?? null,
    keyWorker: keyWorkerId ? { id: keyWorkerId, fullName: names.get(keyWorkerId) ?? '—' } : null,
    hasPhoto: Boolean(doc.photoId),
    flags: residentFlags(
      {
        ...doc,
        birthDate: doc.birthDate ?? null,
        admissionDate: doc.admissionDate ?? null,
        admissionRoute: doc.admissionRoute ?? null,
      },
      today,
    ),
  };
}

const careOf = (doc: ResidentDoc) =>
  ({
    diets: doc.diets,
    texture: doc.texture,
    mobility: doc.mobility,
    communication: doc.communication,
    risks: doc.risks,
    careNote: doc.careNote,
    keyContacts: doc.keyContacts.map((c) => ({
      name: c.name ?? '',
      relation: c.relation ?? '',
      phone: c.phone ?? '',
    })),
  }) as ResidentView['care'];

export function presentResident(doc: ResidentDoc, role: Role, names: Names): ResidentView {
  return {
    ...presentResidentSummary(doc, names),
    identity: {
      otherNames: doc.otherNames,
      ethnicity: doc.ethnicity,
      religion: doc.religion as NonNullable<ResidentView['identity']>['religion'],
      hometown: place(doc.hometown),
      address: place(doc.address),
      healthInsuranceNumber: doc.healthInsuranceNumber,
    },
    placement: {
      decree20Group: doc.decree20Group,
      disabilityType: doc.disabilityType as ResidentView['placement']['disabilityType'],
      disabilityLevel: doc.disabilityLevel as ResidentView['placement']['disabilityLevel'],
      diagnoses: doc.diagnoses,
      inEducation: doc.inEducation,
    },
    care: careOf(doc),
    legal: can(role, 'residents.legal')
      ? { idNumber: doc.idNumber, legalPapers: doc.legalPapers, abuseHistory: doc.abuseHistory }
      : null,
    medical: can(role, 'residents.medical_sensitive')
      ? { hivStatus: doc.hivStatus as NonNullable<ResidentView['medical']>['hivStatus'] }
      : null,
    episodes: doc.episodes as unknown as ResidentView['episodes'],
    version: doc.version,
    updatedAt: doc.updatedAt.toISOString(),
    updatedBy: doc.updatedBy ? { id: doc.updatedBy.id!, fullName: doc.updatedBy.fullName! } : null,
  };
}

export function presentCareSummary(
  doc: ResidentDoc,
  allergies: CareSummary['allergies'],
): CareSummary {
  return {
    id: doc._id.toString(),
    code: doc.code,
    fullName: doc.fullName,
    gender: doc.gender as CareSummary['gender'],
    birthDate: doc.birthDate ?? null,
    birthYear: doc.birthYear,
    unit: doc.unit,
    room: doc.room,
    status: doc.status,
    hasPhoto: Boolean(doc.photoId),
    care: careOf(doc),
    allergies,
  };
}
