// Documents: the bytes are checked (type by content, size), written to GridFS, described in
// `documents`, and every read of one is audited. A photo also becomes the record's picture.
import mongoose from 'mongoose';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import {
  maxDocumentBytes,
  sniffType,
  type documentUploadQuerySchema,
} from '@care/shared/documents';
import { recordAudit, type Actor } from '../audit/audit.service';
import { AppError, notFound } from '../platform/errors';
import { getResident } from '../residents/residents.service';
import { Resident } from '../residents/resident.model';
import { ResidentDocument, type DocumentDoc } from './document.model';

const bucket = () =>
  new mongoose.mongo.GridFSBucket(mongoose.connection.db!, { bucketName: 'documents' });

export async function storeDocument(
  residentId: string,
  meta: z.output<typeof documentUploadQuerySchema>,
  declaredType: string | undefined,
  bytes: Buffer,
  actor: { id: string; fullName: string },
): Promise<DocumentDoc> {
  const resident = await getResident(residentId);
  if (bytes.length > maxDocumentBytes) throw new AppError('payload_too_large');
  const contentType = sniffType(bytes);
  // The content decides: a renamed program or a page that says it is a PDF is refused.
  if (!contentType || contentType !== declaredType?.split(';')[0]?.trim())
    throw new AppError('unsupported_media_type');
  if (meta.kind === 'photo' && contentType === 'application/pdf')
    throw new AppError('unsupported_media_type');
  const fileId = new mongoose.Types.ObjectId();
  const doc = await withFile(fileId, async () => {
    await new Promise<void>((resolve, reject) => {
      const upload = bucket().openUploadStreamWithId(fileId, `${residentId}/${fileId}`, {
        metadata: { residentId, contentType },
      });
      upload.on('error', reject).on('finish', () => resolve());
      upload.end(bytes);
    });
    return (
      await ResidentDocument.create({
        ...meta,
        residentId,
        fileId,
        contentType,
        size: bytes.length,
        uploadedBy: actor.fullName,
        uploadedById: actor.id,
        uploadedAt: new Date(),
      })
    ).toObject() as DocumentDoc;
  });
  if (meta.kind === 'photo')
    await Resident.updateOne({ _id: residentId }, { $set: { photoId: doc._id.toString() } });
  await recordAudit({
    actor,
    action: 'create',
    entity: 'resident',
    entityId: residentId,
    entityLabel: resident.code,
    changes: [{ field: 'document', before: null, after: `${meta.kind}: ${meta.title}` }],
  });
  return doc;
}

/** Runs the upload and its description; when either fails, the stored bytes go too (no orphans). */
async function withFile<T>(fileId: mongoose.Types.ObjectId, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await bucket()
      .delete(fileId)
      .catch(() => undefined); // nothing was stored yet
    throw error;
  }
}

export async function listDocuments(residentId: string): Promise<DocumentDoc[]> {
  await getResident(residentId);
  const docs = await ResidentDocument.find({ residentId }).limit(1000).lean<DocumentDoc[]>();
  return docs.sort((a, b) => b.uploadedAt.getTime() - a.uploadedAt.getTime());
}

/** Opens a document for reading; the read is personal-data processing and is audited. */
export async function openDocument(
  residentId: string,
  documentId: string,
  actor: Actor,
  { audited = true } = {},
): Promise<{ doc: DocumentDoc; stream: Readable }> {
  const doc = await ResidentDocument.findOne({ _id: documentId, residentId }).lean<DocumentDoc>();
  if (!doc) throw notFound();
  if (audited)
    await recordAudit({
      actor,
      action: 'read',
      entity: 'resident',
      entityId: residentId,
      entityLabel: doc.title,
      changes: [{ field: 'document', before: null, after: doc.title }],
    });
  return { doc, stream: bucket().openDownloadStream(doc.fileId) };
}

/** The record's picture for lists and the care summary (not a case document: not audited). */
export async function openPhoto(residentId: string) {
  const resident = await getResident(residentId);
  if (!resident.photoId) throw notFound();
  return openDocument(residentId, resident.photoId, null, { audited: false });
}
