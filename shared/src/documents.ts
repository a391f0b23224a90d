// Documents attached to a resident's record (scans and photos): which kinds, which file types
// (judged by their content, not their name), and how large.
import { z } from 'zod';
import { admissionChecklistItems } from './residents';
import { textSchema } from './text';
import { objectIdSchema } from './versioning';

export const documentKinds = [
  'photo',
  'admission',
  'identity',
  'medical',
  'incident',
  'other',
] as const;
export const documentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentType = (typeof documentTypes)[number];
export const maxDocumentBytes = 10 * 1024 * 1024;

/** The type a file really is, from its first bytes; null for anything else. */
export function sniffType(bytes: Uint8Array): DocumentType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return null;
}

/** The upload's description travels in the query; the body is the file itself. */
export const documentUploadQuerySchema = z
  .strictObject({
    kind: z.enum(documentKinds),
    title: textSchema(1, 200),
    checklistItem: z.enum(admissionChecklistItems).optional(),
    incidentId: objectIdSchema.optional(),
  })
  .refine((q) => q.kind !== 'photo' || q.checklistItem === undefined, {
    path: ['checklistItem'],
    message: 'invalid',
  });

/** A resident's documents, or only those attached to one incident. */
export const documentListQuerySchema = z.strictObject({
  incidentId: objectIdSchema.optional(),
});

export const documentViewSchema = z.object({
  id: z.string(),
  kind: z.enum(documentKinds),
  title: z.string(),
  contentType: z.enum(documentTypes),
  size: z.number().int(),
  checklistItem: z.enum(admissionChecklistItems).nullable(),
  incidentId: z.string().nullable(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type DocumentView = z.infer<typeof documentViewSchema>;
export const documentParamsSchema = z.strictObject({
  id: objectIdSchema,
  documentId: objectIdSchema,
});
