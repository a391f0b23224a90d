// Care plans: one document per version (draft, approved, superseded), per resident. Approved and
// superseded versions never change but for reviews on the one in force.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import {
  goalDomains,
  goalProgressStatuses,
  planStatuses,
  reviewFrequencies,
} from '@care/shared/care-plans';

const interventionSchema = new Schema(
  { what: { type: String, required: true }, frequency: { type: String, required: true } },
  { _id: false },
);

// A goal's _id stays the same across versions: the compare matches goals by it.
const goalSchema = new Schema({
  domain: { type: String, enum: goalDomains, required: true },
  description: { type: String, required: true },
  interventions: { type: [interventionSchema], default: [] },
  responsibleIds: { type: [Schema.Types.ObjectId], default: [] },
  targetDate: { type: String, required: true },
});

const progressSchema = new Schema(
  {
    goalId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: goalProgressStatuses, required: true },
    note: { type: String, default: '' },
  },
  { _id: false },
);

const reviewSchema = new Schema({
  reviewedOn: { type: String, required: true },
  reviewerId: { type: Schema.Types.ObjectId, required: true },
  reviewerName: { type: String, required: true },
  progress: { type: [progressSchema], default: [] },
  comment: { type: String, default: '' },
  recordedAt: { type: Date, required: true },
});

const carePlanSchema = new Schema(
  {
    residentId: { type: Schema.Types.ObjectId, required: true, index: true },
    number: { type: Number, required: true },
    status: { type: String, enum: planStatuses, required: true },
    assessmentId: { type: Schema.Types.ObjectId, required: true, index: true },
    planDate: { type: String, required: true },
    reviewFrequency: { type: String, enum: reviewFrequencies, required: true },
    goals: { type: [goalSchema], default: [] },
    basedOn: { type: Number, default: null },
    createdById: { type: Schema.Types.ObjectId, default: null },
    createdByName: { type: String, required: true },
    approvedById: { type: Schema.Types.ObjectId, default: null },
    approvedByName: { type: String, default: null },
    approvedAt: { type: Date, default: null },
    /**
     * The order of approvals of one resident's plans (1, 2, …); the highest is the plan in force.
     * `approvalKey` is `<residentId>/<approvalSeq>` under a unique index, so two approvals racing
     * for the same place cannot both succeed; not yet approved, it is `draft/<_id>` (the engine
     * has no partial or sparse index to leave it out).
     */
    approvalSeq: { type: Number, default: null },
    approvalKey: { type: String, required: true, unique: true },
    supersededAt: { type: Date, default: null },
    reviews: { type: [reviewSchema], default: [] },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);

export type CarePlanDoc = InferSchemaType<typeof carePlanSchema> & {
  _id: mongoose.Types.ObjectId;
};
export type GoalDoc = CarePlanDoc['goals'][number] & { _id: mongoose.Types.ObjectId };
export const CarePlan = mongoose.model('CarePlan', carePlanSchema, 'care_plans');

export const draftApprovalKey = (id: mongoose.Types.ObjectId | string) => `draft/${String(id)}`;

/** Fields the audit trail follows; reviews are audited one by one as they are recorded. */
export const auditedCarePlanFields = [
  'status',
  'assessmentId',
  'planDate',
  'reviewFrequency',
  'goals',
  'approvedByName',
] as const;
