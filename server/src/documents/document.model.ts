// A document's description; its bytes live in GridFS (bucket `documents`), never on local disk.
import mongoose, { Schema } from 'mongoose';
import type { DocumentView } from '@care/shared/documents';

const documentSchema = new Schema(
  {
    residentId: { type: String, required: true, index: true },
    fileId: { type: Schema.Types.ObjectId, required: true },
    kind: String,
    title: String,
    contentType: String,
    size: Number,
    checklistItem: { type: String, default: null },
    incidentId: { type: String, default: null },
    uploadedBy: String,
    uploadedById: String,
    uploadedAt: Date,
  },
  { versionKey: false },
);
export type DocumentDoc = Omit<DocumentView, 'id' | 'uploadedAt'> & {
  _id: mongoose.Types.ObjectId;
  residentId: string;
  fileId: mongoose.Types.ObjectId;
  uploadedById: string;
  uploadedAt: Date;
};
export const ResidentDocument = mongoose.model('ResidentDocument', documentSchema, 'documents');
