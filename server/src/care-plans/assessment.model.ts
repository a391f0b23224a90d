// Needs assessments: one document each, per resident, kept for the record (never deleted).
import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { riskKinds, riskLevels, supportLevels } from '@care/shared/needs-assessments';

const domainFields = {
  summary: { type: String, default: '' },
  needs: { type: [String], default: [] },
};
const domainSchema = new Schema(domainFields, { _id: false });

const level = { type: String, enum: supportLevels, required: true };
const activitiesSchema = new Schema(
  { eating: level, bathing: level, dressing: level, toileting: level, mobility: level },
  { _id: false },
);

const riskSchema = new Schema(
  {
    kind: { type: String, enum: riskKinds, required: true },
    level: { type: String, enum: riskLevels, required: true },
    note: { type: String, default: '' },
  },
  { _id: false },
);

const domainsSchema = new Schema(
  {
    health: { type: domainSchema, required: true },
    self_care: {
      type: new Schema({ ...domainFields, activities: activitiesSchema }, { _id: false }),
      required: true,
    },
    mental_state: { type: domainSchema, required: true },
    education: { type: domainSchema, required: true },
    family_situation: { type: domainSchema, required: true },
    risks: {
      type: new Schema(
        { ...domainFields, items: { type: [riskSchema], default: [] } },
        { _id: false },
      ),
      required: true,
    },
  },
  { _id: false },
);

const assessmentSchema = new Schema(
  {
    // A resident's assessments are read by this key (equality: answered from an index).
    residentId: { type: Schema.Types.ObjectId, required: true, index: true },
    assessedOn: { type: String, required: true },
    assessorId: { type: Schema.Types.ObjectId, required: true },
    // The name as it was on the day: the record keeps what was true then.
    assessorName: { type: String, required: true },
    domains: { type: domainsSchema, required: true },
    // Set when a plan built on it is approved; from then on it is read-only.
    lockedByPlanId: { type: Schema.Types.ObjectId, default: null },
    lockedByPlan: { type: Number, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);

export type AssessmentDoc = InferSchemaType<typeof assessmentSchema> & {
  _id: mongoose.Types.ObjectId;
};
export const Assessment = mongoose.model('Assessment', assessmentSchema, 'needs_assessments');

export const auditedAssessmentFields = ['assessedOn', 'assessorName', 'domains'] as const;
