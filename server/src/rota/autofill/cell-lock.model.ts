// Cells of the rota grid (one person, one day) a manager locked before auto-filling: the solver
// keeps whatever a locked cell holds (a shift, or a day off) and applying never changes it.
// Few documents (a handful per month), keyed by the month for one equality read.
import mongoose, { Schema } from 'mongoose';

const lockSchema = new Schema(
  {
    staffId: { type: String, required: true },
    day: { type: String, required: true },
    month: { type: String, required: true, index: true },
    lockedBy: { id: String, fullName: String },
  },
  { timestamps: true, versionKey: false },
);
lockSchema.index({ staffId: 1, day: 1 }, { unique: true });
export type CellLockDoc = {
  _id: mongoose.Types.ObjectId;
  staffId: string;
  day: string;
  month: string;
  lockedBy: { id: string; fullName: string };
};
export const RotaCellLock = mongoose.model('RotaCellLock', lockSchema, 'rota_cell_locks');
