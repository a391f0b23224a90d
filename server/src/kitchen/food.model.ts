// The food library: the 2007 table's foods (their `_id` derived from the table code, so loading
// the table twice, even from two servers at once, cannot duplicate one) and the centre's own.
import mongoose, { Schema } from 'mongoose';
import { nutrientKeys, type AllergenTag, type FoodGroup, type Nutrients } from '@care/shared/foods';

const nutrients = new Schema(
  Object.fromEntries(nutrientKeys.map((k) => [k, { type: Number, default: null }])),
  { _id: false },
);

const foodSchema = new Schema(
  {
    code: { type: String, default: null, index: true },
    source: { type: String, required: true, index: true },
    name: { type: String, required: true },
    nameEn: { type: String, default: '' },
    group: { type: String, required: true, index: true },
    state: { type: String, default: 'raw' },
    inediblePct: { type: Number, default: 0 },
    nutrients: { type: nutrients, required: true },
    pricePerKg: { type: Number, default: null },
    allergens: { type: [String], default: [] },
    deleted: { type: Boolean, default: false, index: true },
    // Finding without a Vietnamese collation: folded word prefixes, answered by equality.
    searchPrefixes: { type: [String], index: true },
    sortName: { type: String, required: true },
    updatedBy: { type: { id: String, fullName: String, _id: false }, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);

export type FoodDoc = {
  _id: mongoose.Types.ObjectId;
  code: string | null;
  source: 'table2007' | 'centre';
  name: string;
  nameEn: string;
  group: FoodGroup;
  state: 'raw' | 'cooked';
  inediblePct: number;
  nutrients: Nutrients;
  pricePerKg: number | null;
  allergens: AllergenTag[];
  deleted: boolean;
  searchPrefixes: string[];
  sortName: string;
  updatedBy: { id: string; fullName: string } | null;
  version: number;
};
export const Food = mongoose.model('Food', foodSchema, 'foods');

export const auditedFoodFields = [
  'name',
  'nameEn',
  'group',
  'inediblePct',
  'nutrients',
  'pricePerKg',
  'allergens',
  'deleted',
] as const;

/** The `_id` of a table food: `7017` → `0000f00d0000000000007017`. */
export const tableFoodId = (code: string) =>
  new mongoose.Types.ObjectId(`0000f00d${code.padStart(16, '0')}`);
