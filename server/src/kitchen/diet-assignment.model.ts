// A resident's diet group when the kitchen overrides the one their needs give: one document per
// resident (`_id` = the resident's id), so an override is one version-checked document.
import mongoose, { Schema } from 'mongoose';
import type { DietGroupId } from '@care/shared/diet-groups';

const assignmentSchema = new Schema(
  {
    _id: { type: String, required: true },
    group: { type: String, default: null },
    updatedBy: { type: { id: String, fullName: String, _id: false }, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);

export type DietAssignmentDoc = { _id: string; group: DietGroupId | null; version: number };
export const DietAssignment = mongoose.model(
  'DietAssignment',
  assignmentSchema,
  'diet_assignments',
);
