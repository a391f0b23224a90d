// /api/residents/:id/documents: upload (the body is the file, described in the query), list,
// read (audited), and /photo for the record's picture.
import express from 'express';
import type { Response } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  documentListQuerySchema,
  documentParamsSchema,
  documentTypes,
  documentUploadQuerySchema,
  documentViewSchema,
  maxDocumentBytes,
} from '@care/shared/documents';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import type { DocumentDoc } from './document.model';
import { listDocuments, openDocument, openPhoto, storeDocument } from './documents.service';

const present = (d: DocumentDoc) => ({
  id: d._id.toString(),
  kind: d.kind,
  title: d.title,
  contentType: d.contentType,
  size: d.size,
  checklistItem: d.checklistItem ?? null,
  incidentId: d.incidentId ?? null,
  uploadedBy: d.uploadedBy,
  uploadedAt: d.uploadedAt.toISOString(),
});

/** Accepts the three document types as raw bytes (one byte over the limit is a 413). */
export const rawDocumentBody = express.raw({ type: [...documentTypes], limit: maxDocumentBytes });

async function send(
  res: Response,
  opened: Awaited<ReturnType<typeof openDocument>>,
  download = false,
) {
  res.set('Content-Type', opened.doc.contentType);
  res.set('X-Content-Type-Options', 'nosniff');
  res.set(
    'Content-Disposition',
    `${download ? 'attachment' : 'inline'}; filename="${opened.doc._id}"`,
  );
  await new Promise<void>((resolve, reject) => {
    opened.stream.on('error', reject).on('end', () => resolve());
    opened.stream.pipe(res);
  });
}

export function documentsRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/residents', 'documents');
  api.route(
    'post',
    '/:id/documents',
    {
      summary: 'Attach a PDF, JPEG or PNG (the body is the file; its type is checked by content)',
      access: 'documents.write',
      params: idParamsSchema,
      query: documentUploadQuerySchema,
      response: documentViewSchema,
      status: 201,
      errors: [413, 415],
    },
    async ({ params, query, req, actor }) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      return present(
        await storeDocument(params.id, query, req.headers['content-type'], bytes, actor),
      );
    },
  );
  api.route(
    'get',
    '/:id/documents',
    {
      summary: "A resident's documents (?incidentId=: those attached to one incident)",
      access: 'documents.read',
      params: idParamsSchema,
      query: documentListQuerySchema,
      response: documentViewSchema,
      list: true,
    },
    async ({ params, query }) => {
      const items = (await listDocuments(params.id, query.incidentId)).map(present);
      return { items, page: { page: 1, pageSize: items.length, total: items.length } };
    },
  );
  api.route(
    'get',
    '/:id/documents/:documentId/content',
    {
      summary: 'The file itself (the read is audited)',
      access: 'documents.read',
      params: documentParamsSchema,
    },
    async ({ params, actor, res }) => {
      await send(res, await openDocument(params.id, params.documentId, actor));
    },
  );
  api.route(
    'get',
    '/:id/photo',
    { summary: "The resident's photo", access: 'residents.care_summary', params: idParamsSchema },
    async ({ params, res }) => {
      await send(res, await openPhoto(params.id));
    },
  );
  return api;
}
