// The rota's small collections: units, shift templates per unit, public holidays, coverage rules
// and the centre's one settings document. Each is read whole (tens of documents) and versioned.
import mongoose, { Schema } from 'mongoose';
import { raisesRevision } from '../platform/revisions';
import type { Qualification, RotaSettings, ShiftKind, StaffSex } from '@care/shared/rota';

const options = { timestamps: true, versionKey: false } as const;

const unitSchema = new Schema(
  {
    name: { type: String, required: true },
    code: { type: String, required: true, unique: true },
    active: { type: Boolean, default: true },
    version: { type: Number, default: 0 },
  },
  options,
);
export type UnitDoc = {
  _id: mongoose.Types.ObjectId;
  name: string;
  code: string;
  active: boolean;
  version: number;
};
unitSchema.plugin(raisesRevision('rota'));
export const RotaUnit = mongoose.model('RotaUnit', unitSchema, 'rota_units');
export const auditedUnitFields = ['name', 'code', 'active'] as const;

const templateSchema = new Schema(
  {
    unitId: { type: String, required: true, index: true },
    code: String,
    name: String,
    start: String,
    end: String,
    crossesMidnight: Boolean,
    breakMinutes: Number,
    breakPaid: Boolean,
    kind: String,
    restAfterHours: Number,
    dutyAllowance: Boolean,
    active: { type: Boolean, default: true },
    version: { type: Number, default: 0 },
  },
  options,
);
export type TemplateDoc = {
  _id: mongoose.Types.ObjectId;
  unitId: string;
  code: string;
  name: string;
  start: string;
  end: string;
  crossesMidnight: boolean;
  breakMinutes: number;
  breakPaid: boolean;
  kind: ShiftKind;
  restAfterHours: number;
  dutyAllowance: boolean;
  active: boolean;
  version: number;
};
templateSchema.plugin(raisesRevision('rota'));
export const ShiftTemplate = mongoose.model('ShiftTemplate', templateSchema, 'shift_templates');
export const auditedTemplateFields = [
  'code',
  'name',
  'start',
  'end',
  'crossesMidnight',
  'breakMinutes',
  'breakPaid',
  'kind',
  'restAfterHours',
  'dutyAllowance',
  'active',
] as const;

const holidaySchema = new Schema(
  {
    day: { type: String, required: true, unique: true },
    year: { type: String, required: true, index: true },
    name: String,
    lunar: { type: Boolean, default: false },
    version: { type: Number, default: 0 },
  },
  options,
);
export type HolidayDoc = {
  _id: mongoose.Types.ObjectId;
  day: string;
  year: string;
  name: string;
  lunar: boolean;
  version: number;
};
holidaySchema.plugin(raisesRevision('rota'));
export const Holiday = mongoose.model('Holiday', holidaySchema, 'holidays');

const coverageSchema = new Schema(
  {
    unitId: { type: String, required: true, index: true },
    templateId: { type: String, required: true },
    qualification: { type: String, required: true },
    // One rule per unit × shift × qualification.
    key: { type: String, required: true, unique: true },
    min: Number,
    preferred: Number,
    requiredSex: { type: String, default: null },
    exceptions: {
      type: [{ day: String, min: Number, preferred: Number, note: String, _id: false }],
      default: [],
    },
    version: { type: Number, default: 0 },
  },
  options,
);
export type CoverageDoc = {
  _id: mongoose.Types.ObjectId;
  unitId: string;
  templateId: string;
  qualification: Qualification;
  key: string;
  min: number;
  preferred: number;
  requiredSex: StaffSex | null;
  exceptions: { day: string; min: number; preferred: number; note: string }[];
  version: number;
};
coverageSchema.plugin(raisesRevision('rota'));
export const CoverageRule = mongoose.model('CoverageRule', coverageSchema, 'coverage_rules');
export const auditedCoverageFields = ['min', 'preferred', 'requiredSex', 'exceptions'] as const;

const settingsSchema = new Schema(
  {
    _id: String,
    dailyNormalHours: Number,
    dailyMaxHours: Number,
    weeklyNormalHours: Number,
    minRestHours: Number,
    weeklyRestHours: Number,
    overtimeMonthHours: Number,
    overtimeYearHours: Number,
    nightStart: String,
    nightEnd: String,
    version: { type: Number, default: 0 },
  },
  options,
);
export type SettingsDoc = RotaSettings & { _id: string; version: number };
settingsSchema.plugin(raisesRevision('rota'));
export const RotaSettingsModel = mongoose.model('RotaSettings', settingsSchema, 'rota_settings');
export const auditedSettingsFields = [
  'dailyNormalHours',
  'dailyMaxHours',
  'weeklyNormalHours',
  'minRestHours',
  'weeklyRestHours',
  'overtimeMonthHours',
  'overtimeYearHours',
  'nightStart',
  'nightEnd',
] as const;
