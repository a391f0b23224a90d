// A resident's full record as GET /api/residents/:id answers it, and the stubs a record page
// needs (the record, its care summary, the key worker picker).
import { z } from 'zod';
import { careSummarySchema, residentViewSchema, type ResidentView } from '@care/shared/residents';
import { http, network, ok } from './network';

export const residentId = 'a'.repeat(24);
const id = residentId;
const place = { province: 'Lào Cai', commune: 'Phường Cốc Lếu', oldAddress: '' };

export function residentView(overrides: Partial<ResidentView> = {}): ResidentView {
  return residentViewSchema.parse({
    id,
    code: 'DT-0042',
    fullName: 'Giàng Thị Mai',
    gender: 'female',
    birthDate: '2012-05-04',
    birthYear: 2012,
    categories: ['orphan'],
    unit: 'Khu A',
    room: 'A1',
    status: 'in_care',
    admissionDate: '2024-01-10',
    keyWorker: null,
    hasPhoto: false,
    flags: [],
    identity: {
      otherNames: '',
      ethnicity: "H'Mông",
      religion: 'none',
      hometown: place,
      address: place,
      healthInsuranceNumber: '',
    },
    placement: {
      decree20Group: '',
      disabilityType: null,
      disabilityLevel: null,
      diagnoses: [],
      inEducation: true,
    },
    care: {
      diets: [],
      texture: 'regular',
      mobility: 'independent',
      communication: 'verbal',
      risks: [],
      careNote: '',
      keyContacts: [],
    },
    legal: { idNumber: '', legalPapers: '', abuseHistory: '' },
    medical: null,
    episodes: [],
    version: 3,
    updatedAt: '2026-11-01T01:00:00.000Z',
    updatedBy: null,
    ...overrides,
  });
}

export function stubRecord(current: () => ResidentView) {
  network.use(
    http.get(`/api/residents/${id}`, () => ok(residentViewSchema, current())),
    http.get(`/api/residents/${id}/summary`, () =>
      ok(careSummarySchema, { ...current(), allergies: [] }),
    ),
    http.get('/api/staff', () =>
      ok(z.array(z.object({ id: z.string(), fullName: z.string() })), []),
    ),
  );
}
