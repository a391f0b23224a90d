// /api/residents/:id/documents: list a resident's documents and upload one (the file as the body).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentView } from '@care/shared/documents';
import type { z } from 'zod';
import type { documentUploadQuerySchema } from '@care/shared/documents';
import { api, apiPage } from '../../../app/api-client';

const base = (id: string) => `/residents/${encodeURIComponent(id)}/documents`;

/** A resident's documents; with `incidentId`, only those attached to that incident. */
export function documentsQuery(id: string, incidentId?: string) {
  return queryOptions({
    queryKey: incidentId ? ['documents', id, { incidentId }] : ['documents', id],
    queryFn: ({ signal }) =>
      apiPage<DocumentView>(base(id), { signal, query: incidentId ? { incidentId } : undefined }),
  });
}
export const useDocuments = (id: string, incidentId?: string) =>
  useQuery(documentsQuery(id, incidentId));

/** Where the browser opens a document (the server audits the read). */
export const documentHref = (residentId: string, documentId: string) =>
  `/api${base(residentId)}/${encodeURIComponent(documentId)}/content`;

export function useUpload(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, ...query }: z.input<typeof documentUploadQuerySchema> & { file: File }) =>
      api<DocumentView>(base(id), { method: 'POST', file, query }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['documents', id] }),
  });
}
