// The handover book: one handover per shift instance (`key` = unit/template/day, unique, so two
// people writing the same shift's handover at once give one record and a 409). Read by `day`
// (the day the shift starts). Its arrays are bounded: the unit's absent residents, at most 100
// events, 30 tasks, and the staff of two shifts. Acknowledgements are guarded by their own
// unique key (one per person per handover), so parallel acknowledgements never count twice.
import mongoose, { Schema } from 'mongoose';
import type { Headcount, HandoverEvent, HandoverTask } from '@care/shared/handovers';

const person = { id: String, fullName: String, _id: false };
const handoverSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    unitId: { type: String, required: true, index: true },
    unitName: { type: String, default: '' },
    templateId: { type: String, required: true },
    templateName: { type: String, default: '' },
    day: { type: String, required: true, index: true },
    month: { type: String, required: true, index: true },
    year: { type: String, required: true },
    start: { type: Date, required: true },
    end: { type: Date, required: true },
    headcount: { type: Schema.Types.Mixed, required: true },
    events: { type: Schema.Types.Mixed, default: [] },
    summary: { type: String, default: '' },
    tasks: {
      type: [{ id: String, text: String, done: Boolean, carriedFrom: String, _id: false }],
      default: [],
    },
    writtenBy: person,
    writtenAt: { type: Date, required: true },
    outgoing: { type: [person], default: [] },
    acknowledgements: {
      type: [{ id: String, fullName: String, at: Date, _id: false }],
      default: [],
    },
    previousUnacknowledged: { type: String, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
export type HandoverDoc = {
  _id: mongoose.Types.ObjectId;
  key: string;
  unitId: string;
  unitName: string;
  templateId: string;
  templateName: string;
  day: string;
  month: string;
  year: string;
  start: Date;
  end: Date;
  headcount: Headcount;
  events: HandoverEvent[];
  summary: string;
  tasks: HandoverTask[];
  writtenBy: { id: string; fullName: string };
  writtenAt: Date;
  outgoing: { id: string; fullName: string }[];
  acknowledgements: { id: string; fullName: string; at: Date }[];
  previousUnacknowledged: string | null;
  version: number;
};
export const Handover = mongoose.model('Handover', handoverSchema, 'handovers');
export const auditedHandoverFields = ['summary', 'tasks', 'acknowledgements'] as const;

const ackSchema = new Schema(
  { _id: String, handoverId: String, staffId: String, day: String, at: Date },
  { versionKey: false },
);
export const HandoverAck = mongoose.model('HandoverAck', ackSchema, 'handover_acks');
