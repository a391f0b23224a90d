// Daily care notes: what happened to a resident, written by duty staff every shift. The largest
// collection (hundreds a day, millions over the years), so it is read only by equality on
// top-level keys: a resident's notes month by month (`residentId` + `month`), a shift's notes by
// `shiftKey` (`2026-11-22/night`). See the README's database section and tests/bench/scale.
import mongoose, { Schema } from 'mongoose';
import { noteTypes, type NoteView } from '@care/shared/care-notes';

const careNoteSchema = new Schema(
  {
    residentId: { type: Schema.Types.ObjectId, required: true, index: true },
    // Copied from the resident when written, so the shift view needs no second read.
    residentName: { type: String, default: '' },
    residentCode: { type: String, default: '' },
    unit: { type: String, default: '' },
    room: { type: String, default: '' },
    authorId: { type: Schema.Types.ObjectId, required: true },
    authorName: { type: String, default: '' },
    at: { type: Date, required: true },
    day: { type: String, required: true },
    month: { type: String, required: true, index: true },
    year: { type: String, required: true, index: true },
    shiftKey: { type: String, required: true, index: true },
    type: { type: String, enum: noteTypes, required: true },
    text: { type: String, required: true },
    forHandover: { type: Boolean, default: false },
    measurements: { type: Schema.Types.Mixed, default: {} },
    revisions: { type: [{ text: String, at: Date, by: String, _id: false }], default: [] },
    version: { type: Number, default: 0 },
  },
  { versionKey: false },
);

export type CareNoteDoc = Omit<NoteView, 'id' | 'residentId' | 'author' | 'at' | 'revisions'> & {
  _id: mongoose.Types.ObjectId;
  residentId: mongoose.Types.ObjectId;
  authorId: mongoose.Types.ObjectId;
  authorName: string;
  at: Date;
  day: string;
  month: string;
  year: string;
  revisions: { text: string; at: Date; by: string }[];
};
export const CareNote = mongoose.model('CareNote', careNoteSchema, 'care_notes');
