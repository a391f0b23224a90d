// Residents: identity, category, admission decision, care notes.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import {
  disabilityLevels,
  genders,
  residentCategories,
  residentStatuses,
} from '@care/shared/residents';

const admissionSchema = new Schema(
  {
    decisionNumber: { type: String, required: true },
    date: { type: String, required: true },
    issuer: { type: String, required: true },
  },
  { _id: false },
);

const residentSchema = new Schema(
  {
    code: { type: String, required: true, unique: true },
    fullName: { type: String, required: true },
    // Lower-case, unaccented name for search ("nguyen van a" finds "Nguyễn Văn A").
    searchName: { type: String, required: true },
    gender: { type: String, enum: genders, required: true },
    birthDate: { type: String, required: true },
    category: { type: String, enum: residentCategories, required: true, index: true },
    disabilityLevel: { type: String, enum: [...disabilityLevels, null], default: null },
    hometown: { type: String, default: '' },
    room: { type: String, default: '' },
    status: { type: String, enum: residentStatuses, default: 'in_care', index: true },
    admission: { type: admissionSchema, required: true },
    healthNotes: { type: String, default: '' },
    guardian: { type: String, default: '' },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);

export type ResidentDoc = InferSchemaType<typeof residentSchema> & { _id: mongoose.Types.ObjectId };
export const Resident = mongoose.model('Resident', residentSchema, 'residents');

export const auditedResidentFields = [
  'code',
  'fullName',
  'gender',
  'birthDate',
  'category',
  'disabilityLevel',
  'hometown',
  'room',
  'status',
  'admission',
  'guardian',
] as const;
