// GET /api/residents/:id/notes: a resident's care notes, newest first, continued further back.
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { NoteView } from '@care/shared/care-notes';
import { apiCursor } from '../../../app/api-client';

export const notesKey = ['notes'] as const;

export function residentNotesQuery(residentId: string) {
  return infiniteQueryOptions({
    queryKey: [...notesKey, 'resident', residentId],
    queryFn: ({ pageParam, signal }) =>
      apiCursor<NoteView>(`/residents/${encodeURIComponent(residentId)}/notes`, {
        query: { limit: 30, before: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next ?? undefined,
  });
}

export function useResidentNotes(residentId: string) {
  return useInfiniteQuery(residentNotesQuery(residentId));
}
