// Food-safety logs: one `food_safety_days` document per day (made from the menu, version-checked)
// and one `food_checks` row per food received, per dish prepared, served and sampled, each with
// its own version so two cooks recording different rows never collide. Both carry the period
// keys `day` and `month` as top-level strings; a day's rows are read by equality on `day`.
import mongoose, { Schema } from 'mongoose';
import type { CheckKind } from '@care/shared/food-safety';
import type { Meal } from '@care/shared/nutrition';

const person = { type: { id: String, fullName: String, _id: false }, default: null };
export type Person = { id: string; fullName: string };

const foodSafetyDaySchema = new Schema(
  {
    _id: { type: String },
    day: { type: String, required: true, index: true },
    month: { type: String, required: true, index: true },
    generatedAt: { type: Date, required: true },
    generatedBy: person,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
export type FoodSafetyDayDoc = {
  _id: string;
  day: string;
  month: string;
  generatedAt: Date;
  generatedBy: Person | null;
  version: number;
};
export const FoodSafetyDay = mongoose.model(
  'FoodSafetyDay',
  foodSafetyDaySchema,
  'food_safety_days',
);

const foodCheckSchema = new Schema(
  {
    // `${day}.${kind}.${meal or "day"}.${food or recipe id}`: generated twice, written once.
    _id: { type: String },
    day: { type: String, required: true, index: true },
    month: { type: String, required: true, index: true },
    kind: { type: String, required: true },
    meal: { type: String, default: null },
    refId: { type: String, required: true },
    name: { type: String, required: true },
    order: { type: Number, default: 0 },
    planned: {
      type: { quantityKg: Number, portions: Number, ingredients: String, liquid: Boolean },
      _id: false,
    },
    // Validated by the shared schema of its kind; null until the row is recorded.
    result: { type: Schema.Types.Mixed, default: null },
    checkedBy: person,
    checkedAt: { type: Date, default: null },
    takenBy: person,
    discardedBy: person,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
export type FoodCheckDoc = {
  _id: string;
  day: string;
  month: string;
  kind: CheckKind;
  meal: Meal | null;
  refId: string;
  name: string;
  order: number;
  planned: {
    quantityKg: number | null;
    portions: number | null;
    ingredients: string;
    liquid: boolean;
  };
  result: Record<string, unknown> | null;
  checkedBy: Person | null;
  checkedAt: Date | null;
  takenBy: Person | null;
  discardedBy: Person | null;
  version: number;
};
export const FoodCheck = mongoose.model('FoodCheck', foodCheckSchema, 'food_checks');
/** At most this many rows in a day (foods bought plus dishes × 3 kinds); a read is bounded by it. */
export const maxRowsPerDay = 1000;
