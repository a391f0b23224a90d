// Shift swap and cover requests, one document each, with the period keys of the offered shift
// (`month`, `year`) and an `open` flag, so the open requests and a month's requests are each one
// equality match. Each keeps a copy of the shifts as they were when asked (id and version), so a
// shift changed since makes the request stale. Those copies are also the approval's written intent:
// while `applying`, they say which versions the moves start from (swap-recovery.ts).
import mongoose, { Schema } from 'mongoose';
import type { SwapKind, SwapRecovery, SwapStatus } from '@care/shared/rota-swaps';

const person = { type: { id: String, fullName: String, _id: false }, default: null };
const shift = {
  type: {
    id: String,
    version: Number,
    staffId: String,
    day: String,
    unitId: String,
    templateId: String,
    start: Date,
    end: Date,
    _id: false,
  },
  default: null,
};

const swapSchema = new Schema(
  {
    kind: { type: String, required: true },
    status: { type: String, required: true },
    open: { type: Boolean, required: true, index: true },
    month: { type: String, required: true, index: true },
    year: { type: String, required: true },
    requester: person,
    entry: shift,
    target: person,
    targetEntry: shift,
    note: { type: String, default: '' },
    decisionNote: { type: String, default: '' },
    decidedBy: person,
    /** When the approval began moving the shifts (status `applying`); null otherwise. */
    applyingSince: { type: Date, default: null },
    /** How an interrupted approval ended (`finished` or `undone`), for the people who read it. */
    recovery: { type: String, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);

export type SwapShift = {
  id: string;
  version: number;
  staffId: string;
  day: string;
  unitId: string;
  templateId: string;
  start: Date;
  end: Date;
};
type Person = { id: string; fullName: string };
export type SwapDoc = {
  _id: mongoose.Types.ObjectId;
  kind: SwapKind;
  status: SwapStatus;
  open: boolean;
  month: string;
  year: string;
  requester: Person;
  entry: SwapShift;
  target: Person | null;
  targetEntry: SwapShift | null;
  note: string;
  decisionNote: string;
  decidedBy: Person | null;
  applyingSince: Date | null;
  recovery: SwapRecovery | null;
  createdAt: Date;
  version: number;
};
export const RotaSwap = mongoose.model('RotaSwap', swapSchema, 'rota_swaps');
export const auditedSwapFields = ['status', 'target', 'decisionNote'] as const;
