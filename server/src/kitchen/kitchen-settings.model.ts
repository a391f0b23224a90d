// The kitchen's settings: one document (`_id: 'kitchen'`) with the diet groups' targets and the
// food allowance, changed as a whole under one version check.
import mongoose, { Schema } from 'mongoose';
import type { KitchenSettings } from '@care/shared/diet-groups';

const settingsSchema = new Schema(
  {
    _id: { type: String, required: true },
    groups: { type: [Schema.Types.Mixed], default: [] },
    standardLevel: Number,
    daysPerMonth: Number,
    foodSharePct: Number,
    updatedBy: { type: { id: String, fullName: String, _id: false }, default: null },
    version: { type: Number, default: 0 },
    // Raised after every change of a recipe or a food: processes drop their cached recipes.
    revision: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);

export type KitchenSettingsDoc = KitchenSettings & {
  _id: string;
  version: number;
  revision?: number;
};
export const KitchenSettingsModel = mongoose.model(
  'KitchenSettings',
  settingsSchema,
  'kitchen_settings',
);
export const settingsId = 'kitchen';
