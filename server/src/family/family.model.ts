// Family and reintegration: one document per resident (members and the reintegration plan change
// together, under one version), and a growing log of visits and calls read by resident and month.
import mongoose, { Schema } from 'mongoose';
import type { ContactLogView, FamilyView } from '@care/shared/family';

const familySchema = new Schema(
  {
    _id: { type: String }, // the resident's id: one document each, found by `_id`
    members: { type: [Schema.Types.Mixed], default: [] },
    reintegration: { type: Schema.Types.Mixed, default: {} },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
export type FamilyDoc = Omit<FamilyView, 'residentId'> & { _id: string };
export const Family = mongoose.model('Family', familySchema, 'families');

const contactLogSchema = new Schema(
  {
    residentId: { type: String, required: true, index: true },
    month: { type: String, required: true, index: true },
    kind: String,
    on: String,
    withWhom: String,
    note: String,
    by: String,
    byId: String,
  },
  { timestamps: true, versionKey: false },
);
export type ContactLogDoc = Omit<ContactLogView, 'id'> & {
  _id: mongoose.Types.ObjectId;
  residentId: string;
  month: string;
};
export const ContactLog = mongoose.model('ContactLog', contactLogSchema, 'family_contacts');
