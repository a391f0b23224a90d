// Measurements (weight, height, temperature, blood pressure, pulse): one document each, never
// changed, read per resident by equality on period keys (a collection that grows without end).
import mongoose, { Schema } from 'mongoose';
import { heightPositions, type MeasuredValue } from '@care/shared/health-records';

const value = { type: Number, default: null };

const measurementSchema = new Schema(
  {
    residentId: { type: Schema.Types.ObjectId, required: true, index: true },
    at: { type: Date, required: true },
    // Period keys in centre time: lists read `{ residentId, month }` or `{ residentId, year }`.
    day: { type: String, required: true, index: true },
    month: { type: String, required: true, index: true },
    year: { type: String, required: true, index: true },
    authorId: { type: Schema.Types.ObjectId, default: null },
    authorName: { type: String, required: true },
    weightKg: value,
    heightCm: value,
    heightPosition: { type: String, enum: [...heightPositions, null], default: null },
    temperatureC: value,
    systolic: value,
    diastolic: value,
    pulse: value,
    note: { type: String, default: '' },
  },
  { versionKey: false },
);

export type MeasurementDoc = Record<MeasuredValue, number | null> & {
  _id: mongoose.Types.ObjectId;
  residentId: mongoose.Types.ObjectId;
  at: Date;
  day: string;
  month: string;
  year: string;
  authorId: mongoose.Types.ObjectId | null;
  authorName: string;
  heightPosition: (typeof heightPositions)[number] | null;
  note: string;
};
export const Measurement = mongoose.model('Measurement', measurementSchema, 'measurements');

export const auditedMeasurementFields = [
  'at',
  'weightKg',
  'heightCm',
  'heightPosition',
  'temperatureC',
  'systolic',
  'diastolic',
  'pulse',
  'note',
] as const;
