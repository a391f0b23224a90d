// Menu days: one document per date (`_id` is the day), with the period keys `day` and `month` as
// top-level strings so a week or a month is read by equality. Entries are bounded (5 meals × 10
// groups × 8 dishes) and rewritten together under the day's version check.
import mongoose, { Schema } from 'mongoose';
import type { DietGroupId } from '@care/shared/diet-groups';
import type { MenuEntry, MenuState } from '@care/shared/menus';

const person = { type: { id: String, fullName: String, _id: false }, default: null };
export const entriesField = {
  type: [{ meal: String, group: String, recipeIds: [String], _id: false }],
  default: [],
};

const menuDaySchema = new Schema(
  {
    _id: { type: String },
    day: { type: String, required: true, index: true },
    month: { type: String, required: true, index: true },
    state: { type: String, default: 'draft' },
    holiday: { type: Boolean, default: false },
    note: { type: String, default: '' },
    entries: entriesField,
    // Fixed diet group codes as keys (never user text).
    headcounts: { type: Schema.Types.Mixed, default: {} },
    approvedBy: person,
    lockedBy: person,
    updatedBy: person,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

export type Person = { id: string; fullName: string };
export type MenuDayDoc = {
  _id: string;
  day: string;
  month: string;
  state: MenuState;
  holiday: boolean;
  note: string;
  entries: MenuEntry[];
  headcounts: Partial<Record<DietGroupId, number>>;
  approvedBy: Person | null;
  lockedBy: Person | null;
  updatedBy: Person | null;
  version: number;
};
export const MenuDay = mongoose.model('MenuDay', menuDaySchema, 'menu_days');
export const auditedMenuDayFields = ['state', 'holiday', 'note', 'entries', 'headcounts'] as const;

const menuCycleSchema = new Schema(
  {
    name: { type: String, required: true },
    weeks: { type: Number, required: true },
    days: {
      type: [{ week: Number, weekday: Number, entries: entriesField, _id: false }],
      default: [],
    },
    updatedBy: person,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
export type MenuCycleDoc = {
  _id: mongoose.Types.ObjectId;
  name: string;
  weeks: number;
  days: { week: number; weekday: number; entries: MenuEntry[] }[];
  updatedBy: Person | null;
  version: number;
};
export const MenuCycle = mongoose.model('MenuCycle', menuCycleSchema, 'menu_cycles');
