// POST /api/residents/:id/notes and PATCH …/notes/:noteId: write a note, correct one.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NoteCreateInput, NoteView } from '@care/shared/care-notes';
import { api } from '../../../app/api-client';
import { notesKey } from './get-resident-notes';

export function useWriteNote(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NoteCreateInput) =>
      api<NoteView>(`/residents/${encodeURIComponent(residentId)}/notes`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notesKey }),
  });
}

export function useEditNote(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      text?: string;
      forHandover?: boolean;
    }) =>
      api<NoteView>(
        `/residents/${encodeURIComponent(residentId)}/notes/${encodeURIComponent(id)}`,
        {
          method: 'PATCH',
          body,
        },
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notesKey }),
  });
}
