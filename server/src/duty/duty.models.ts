// Attendance: one document per person per shift they started (check-in) and ended (check-out).
// Keyed by the shift: `key` is the rota entry's id, or `cover/<staff>/<unit>/<template>/<day>` for
// an unplanned cover, and is unique, so of two parallel check-ins to one shift exactly one is
// written (the database refuses the second, whatever the engine). Read a day at a time by its
// `day` key (the day the shift starts: a night belongs to its start day).
import mongoose, { Schema } from 'mongoose';
import { defaultGraceMinutes } from '@care/shared/duty';

const attendanceSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    entryId: { type: String, default: null },
    staffId: { type: String, required: true },
    staffName: { type: String, default: '' },
    unitId: { type: String, required: true },
    templateId: { type: String, required: true },
    day: { type: String, required: true, index: true },
    month: { type: String, required: true, index: true },
    year: { type: String, required: true },
    plannedStart: { type: Date, required: true },
    plannedEnd: { type: Date, required: true },
    checkInAt: { type: Date, required: true },
    checkOutAt: { type: Date, default: null },
    cover: { type: Boolean, default: false },
    lateMinutes: { type: Number, default: 0 },
    note: { type: String, default: '' },
    checkOutOverride: { type: String, default: '' },
    recordedBy: { id: String, fullName: String },
    checkedOutBy: { type: { id: String, fullName: String, _id: false }, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
attendanceSchema.index({ staffId: 1, month: 1 });
export type AttendanceDoc = {
  _id: mongoose.Types.ObjectId;
  key: string;
  entryId: string | null;
  staffId: string;
  staffName: string;
  unitId: string;
  templateId: string;
  day: string;
  month: string;
  year: string;
  plannedStart: Date;
  plannedEnd: Date;
  checkInAt: Date;
  checkOutAt: Date | null;
  cover: boolean;
  lateMinutes: number;
  note: string;
  checkOutOverride: string;
  recordedBy: { id: string; fullName: string };
  checkedOutBy: { id: string; fullName: string } | null;
  version: number;
};
export const Attendance = mongoose.model('Attendance', attendanceSchema, 'attendances');
export const auditedAttendanceFields = [
  'staffId',
  'entryId',
  'day',
  'checkInAt',
  'checkOutAt',
  'cover',
  'lateMinutes',
  'checkOutOverride',
] as const;

// The centre's duty desk settings: one document.
const settingsSchema = new Schema(
  {
    _id: String,
    graceMinutes: { type: Number, default: defaultGraceMinutes },
    // One link per rota unit: bounded by the units.
    unitLinks: { type: [{ unitId: String, residentUnit: String, _id: false }], default: [] },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
export type DutySettingsDoc = {
  _id: string;
  graceMinutes: number;
  unitLinks: { unitId: string; residentUnit: string }[];
  version: number;
};
export const DutySettings = mongoose.model('DutySettings', settingsSchema, 'duty_settings');
