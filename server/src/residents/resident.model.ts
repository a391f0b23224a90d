// A resident's record: identity, placement, care profile, sensitive papers, and the episodes of
// care (admission → absences → closure, again on re-admission), embedded so that one version
// check covers the whole record. Top-level copies of what the register filters and sorts by.
import mongoose, { Schema } from 'mongoose';
import {
  absenceKinds,
  admissionChecklistItems,
  admissionRoutes,
  closureReasons,
  residentStatuses,
  type Admission,
  type ResidentAdmit,
  type ResidentStatus,
} from '@care/shared/residents';
import type { z } from 'zod';
import type { closureSchema } from '@care/shared/residents';

const place = { province: { type: String, default: null }, commune: String, oldAddress: String };

const episodeSchema = new Schema(
  {
    id: { type: String, required: true },
    admission: {
      date: { type: String, required: true },
      route: { type: String, enum: admissionRoutes, required: true },
      decision: { number: String, date: String, issuer: String },
      referralSource: { type: String, default: '' },
      reviewDate: { type: String, default: null },
      checklist: { type: [{ type: String, enum: admissionChecklistItems }], default: [] },
    },
    absences: {
      type: [
        new Schema(
          {
            id: String,
            kind: { type: String, enum: absenceKinds },
            from: String,
            expectedReturn: String,
            returnedOn: { type: String, default: null },
            note: String,
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    closure: {
      type: new Schema(
        {
          date: String,
          reason: { type: String, enum: closureReasons },
          note: String,
          handover: { receivedBy: String, address: String, items: String },
        },
        { _id: false },
      ),
      default: null,
    },
  },
  { _id: false },
);

const residentSchema = new Schema(
  {
    code: { type: String, required: true, unique: true },
    fullName: { type: String, required: true },
    otherNames: { type: String, default: '' },
    // Finding and ordering without a Vietnamese collation (shared/src/names.ts).
    searchName: { type: String, required: true },
    searchPrefixes: { type: [String], index: true },
    sortName: { type: String, required: true },
    gender: { type: String, required: true },
    birthDate: { type: String, default: null },
    birthYear: { type: Number, required: true },
    ethnicity: { type: String, default: 'Kinh' },
    religion: { type: String, default: 'none' },
    hometown: place,
    address: place,
    healthInsuranceNumber: { type: String, default: '' },

    categories: { type: [String], index: true },
    decree20Group: { type: String, default: '' },
    disabilityType: { type: String, default: null },
    disabilityLevel: { type: String, default: null },
    diagnoses: { type: [String], default: [] },
    unit: { type: String, default: '', index: true },
    room: { type: String, default: '' },
    keyWorkerId: { type: String, default: null, index: true },
    inEducation: { type: Boolean, default: false },

    diets: { type: [String], default: [] },
    texture: { type: String, default: 'regular' },
    mobility: { type: String, default: 'independent' },
    communication: { type: String, default: 'verbal' },
    risks: { type: [String], default: [] },
    careNote: { type: String, default: '' },
    keyContacts: {
      type: [{ name: String, relation: String, phone: String, _id: false }],
      default: [],
    },

    idNumber: { type: String, default: '' },
    legalPapers: { type: String, default: '' },
    abuseHistory: { type: String, default: '' },
    hivStatus: { type: String, default: 'unknown' },

    status: { type: String, enum: residentStatuses, default: 'in_care', index: true },
    // In care or away for a while: the register's default view, as one equality key.
    current: { type: Boolean, default: true, index: true },
    admissionDate: { type: String, default: null },
    admissionRoute: { type: String, default: null },
    episodes: { type: [episodeSchema], default: [] },
    photoId: { type: String, default: null },
    // One person in care at a time (resident-derived.ts): atomic, unlike a read-then-write check.
    personKey: { type: String, required: true, unique: true },
    idKey: { type: String, required: true, unique: true },

    updatedBy: { type: { id: String, fullName: String, _id: false }, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);

export type AbsenceDoc = {
  id: string;
  kind: 'home_visit' | 'hospital' | 'other';
  from: string;
  expectedReturn: string;
  returnedOn: string | null;
  note: string;
};
export type ClosureDoc = Omit<z.output<typeof closureSchema>, 'version'>;
export type EpisodeDoc = {
  id: string;
  admission: Admission;
  absences: AbsenceDoc[];
  closure: ClosureDoc | null;
};
export type ResidentDoc = Omit<ResidentAdmit, 'admission'> & {
  _id: mongoose.Types.ObjectId;
  code: string;
  searchName: string;
  searchPrefixes: string[];
  sortName: string;
  status: ResidentStatus;
  current: boolean;
  admissionDate: string | null;
  admissionRoute: string | null;
  episodes: EpisodeDoc[];
  photoId: string | null;
  personKey: string;
  idKey: string;
  updatedBy: { id: string; fullName: string } | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};
export const Resident = mongoose.model('Resident', residentSchema, 'residents');

/** Fields whose changes the audit trail records (the search helpers are derived, not audited). */
export const auditedResidentFields = [
  'code',
  'fullName',
  'otherNames',
  'gender',
  'birthDate',
  'birthYear',
  'ethnicity',
  'religion',
  'hometown',
  'address',
  'healthInsuranceNumber',
  'categories',
  'decree20Group',
  'disabilityType',
  'disabilityLevel',
  'diagnoses',
  'unit',
  'room',
  'keyWorkerId',
  'inEducation',
  'diets',
  'texture',
  'mobility',
  'communication',
  'risks',
  'careNote',
  'keyContacts',
  'idNumber',
  'legalPapers',
  'abuseHistory',
  'hivStatus',
  'status',
  'episodes',
] as const;
