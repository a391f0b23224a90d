// GET /api/notes/shift: every note of one shift, by unit (the current shift by default).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ShiftNotes } from '@care/shared/care-notes';
import { api } from '../../../app/api-client';
import { notesKey } from './get-resident-notes';

export function shiftNotesQuery(filters: { shift?: string; handoverOnly?: boolean }) {
  return queryOptions({
    queryKey: [...notesKey, 'shift', filters],
    queryFn: ({ signal }) =>
      api<ShiftNotes>('/notes/shift', {
        query: { shift: filters.shift, handoverOnly: filters.handoverOnly ? 'true' : undefined },
        signal,
      }),
    refetchInterval: 60_000,
  });
}

export function useShiftNotes(filters: { shift?: string; handoverOnly?: boolean }) {
  return useQuery(shiftNotesQuery(filters));
}
