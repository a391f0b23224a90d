// Daily care notes: what happened to a resident, written by duty staff every shift. The largest
// collection (hundreds a day, millions over the years), so it is read only by equality on
// top-level keys: a resident's notes month by month (`residentId` + `month`), a shift's notes by
// `shiftKey` (`2026-11-22/night`). See the README's database section and tests/bench/scale.
import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const noteTypes = ['daily', 'health', 'behaviour', 'meal', 'incident'] as const;

const careNoteSchema = new Schema(
  {
    residentId: { type: Schema.Types.ObjectId, required: true, index: true },
    authorId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
    day: { type: String, required: true },
    month: { type: String, required: true, index: true },
    year: { type: String, required: true, index: true },
    shiftKey: { type: String, required: true, index: true },
    type: { type: String, enum: noteTypes, required: true },
    text: { type: String, required: true },
  },
  { versionKey: false },
);

export type CareNoteDoc = InferSchemaType<typeof careNoteSchema> & {
  _id: mongoose.Types.ObjectId;
};
export const CareNote = mongoose.model('CareNote', careNoteSchema, 'care_notes');
