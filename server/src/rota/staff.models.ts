// Staff rostering profiles (one per staff account, `_id` = the user's id) and leave requests.
import mongoose, { Schema } from 'mongoose';
import { raisesRevision } from '../platform/revisions';
import type { LeaveStatus, Qualification, StaffSex } from '@care/shared/rota';

const options = { timestamps: true, versionKey: false } as const;

const profileSchema = new Schema(
  {
    _id: String,
    qualifications: { type: [String], default: [] },
    unitIds: { type: [String], default: [] },
    contractHoursPerWeek: Number,
    sex: String,
    unavailableWeekdays: { type: [Number], default: [] },
    preferredTemplateIds: { type: [String], default: [] },
    avoidedTemplateIds: { type: [String], default: [] },
    note: { type: String, default: '' },
    version: { type: Number, default: 0 },
  },
  options,
);
export type ProfileDoc = {
  _id: string;
  qualifications: Qualification[];
  unitIds: string[];
  contractHoursPerWeek: number;
  sex: StaffSex;
  unavailableWeekdays: number[];
  preferredTemplateIds: string[];
  avoidedTemplateIds: string[];
  note: string;
  version: number;
};
profileSchema.plugin(raisesRevision('rota'));
export const StaffProfile = mongoose.model('StaffProfile', profileSchema, 'staff_profiles');
export const auditedProfileFields = [
  'qualifications',
  'unitIds',
  'contractHoursPerWeek',
  'sex',
  'unavailableWeekdays',
  'preferredTemplateIds',
  'avoidedTemplateIds',
  'note',
] as const;

// Leave is few documents (a handful per person a year); `months` lists the months it touches so
// a month's leave is one equality match.
const leaveSchema = new Schema(
  {
    staffId: { type: String, required: true, index: true },
    staffName: String,
    kind: String,
    from: String,
    to: String,
    months: { type: [String], index: true },
    note: { type: String, default: '' },
    status: { type: String, default: 'requested', index: true },
    requestedBy: { id: String, fullName: String },
    decidedBy: { type: { id: String, fullName: String, _id: false }, default: null },
    decisionNote: { type: String, default: '' },
    version: { type: Number, default: 0 },
  },
  options,
);
export type LeaveDoc = {
  _id: mongoose.Types.ObjectId;
  staffId: string;
  staffName: string;
  kind: 'annual' | 'sick' | 'other';
  from: string;
  to: string;
  months: string[];
  note: string;
  status: LeaveStatus;
  requestedBy: { id: string; fullName: string };
  decidedBy: { id: string; fullName: string } | null;
  decisionNote: string;
  version: number;
};
leaveSchema.plugin(raisesRevision('rota'));
export const Leave = mongoose.model('Leave', leaveSchema, 'leave');
export const auditedLeaveFields = ['kind', 'from', 'to', 'note', 'status', 'decisionNote'] as const;
