// Rota entries (one shift of one person on one day) carry top-level period keys: a month's grid
// is one equality match on `month`, a day's duty on `day`. A rota month holds the draft/published
// state and each person's overtime that month (so the year's overtime is twelve small reads).
// A short lease per staff member serialises the check-then-write of that person's shifts.
import mongoose, { Schema } from 'mongoose';
import { raisesRevision } from '../platform/revisions';
import type { RotaMonthState } from '@care/shared/rota';

const options = { timestamps: true, versionKey: false } as const;

const entrySchema = new Schema(
  {
    staffId: { type: String, required: true },
    day: { type: String, required: true, index: true },
    month: { type: String, required: true, index: true },
    year: { type: String, required: true },
    unitId: { type: String, required: true },
    templateId: { type: String, required: true },
    start: { type: Date, required: true },
    end: { type: Date, required: true },
    createdBy: { id: String, fullName: String },
    version: { type: Number, default: 0 },
  },
  options,
);
entrySchema.index({ staffId: 1, month: 1 });
// A person cannot start two shifts at the same instant, whatever else happens.
entrySchema.index({ staffId: 1, start: 1 }, { unique: true });
export type EntryDoc = {
  _id: mongoose.Types.ObjectId;
  staffId: string;
  day: string;
  month: string;
  year: string;
  unitId: string;
  templateId: string;
  start: Date;
  end: Date;
  version: number;
};
entrySchema.plugin(raisesRevision('rota'));
export const RotaEntry = mongoose.model('RotaEntry', entrySchema, 'rota_entries');
export const auditedEntryFields = ['staffId', 'day', 'unitId', 'templateId'] as const;

const monthSchema = new Schema(
  {
    _id: String,
    year: { type: String, required: true, index: true },
    state: { type: String, default: 'draft' },
    publishedAt: { type: Date, default: null },
    publishedBy: { type: { id: String, fullName: String, _id: false }, default: null },
    // One item per person rostered that month: bounded by the staff count.
    overtime: { type: [{ staffId: String, hours: Number, _id: false }], default: [] },
    version: { type: Number, default: 0 },
  },
  options,
);
export type MonthDoc = {
  _id: string;
  year: string;
  state: RotaMonthState;
  publishedAt: Date | null;
  publishedBy: { id: string; fullName: string } | null;
  overtime: { staffId: string; hours: number }[];
  version: number;
};
monthSchema.plugin(raisesRevision('rota'));
export const RotaMonth = mongoose.model('RotaMonth', monthSchema, 'rota_months');

const lockSchema = new Schema(
  { _id: String, holder: String, until: Number },
  { versionKey: false },
);
export const RotaStaffLock = mongoose.model('RotaStaffLock', lockSchema, 'rota_staff_locks');
