// A resident's health profile: one document per resident (`_id` = the resident's id) holding the
// lists that are edited together, rewritten whole under a version check (the embedded engine's
// positional updates are not reliable; see the README's database section).
import mongoose, { Schema } from 'mongoose';
import {
  allergySeverities,
  medicationRoutes,
  type HealthProfileUpdate,
} from '@care/shared/health-records';

const opts = { _id: false } as const;

const conditionSchema = new Schema(
  {
    name: { type: String, required: true },
    icd10: { type: String, default: '' },
    since: { type: String, default: null },
    notes: { type: String, default: '' },
  },
  opts,
);

const allergySchema = new Schema(
  {
    substance: { type: String, required: true },
    severity: { type: String, enum: allergySeverities, required: true },
    reaction: { type: String, default: '' },
  },
  opts,
);

const medicationSchema = new Schema(
  {
    name: { type: String, required: true },
    dose: { type: String, default: '' },
    route: { type: String, enum: medicationRoutes, required: true },
    times: { type: [String], default: [] },
    start: { type: String, required: true },
    end: { type: String, default: null },
    prescriber: { type: String, default: '' },
    notes: { type: String, default: '' },
  },
  opts,
);

const vaccinationSchema = new Schema(
  {
    vaccine: { type: String, required: true },
    date: { type: String, required: true },
    doseNumber: { type: Number, default: null },
    place: { type: String, default: '' },
  },
  opts,
);

const healthProfileSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    conditions: { type: [conditionSchema], default: [] },
    allergies: { type: [allergySchema], default: [] },
    medications: { type: [medicationSchema], default: [] },
    vaccinations: { type: [vaccinationSchema], default: [] },
    updatedBy: { type: String, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);

/** As read with `lean()`: the lists are plain arrays of what the shared schemas accept. */
export type HealthProfileDoc = Omit<HealthProfileUpdate, 'version'> & {
  _id: mongoose.Types.ObjectId;
  updatedBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};
export const HealthProfile = mongoose.model(
  'HealthProfile',
  healthProfileSchema,
  'health_profiles',
);
