// Reading care notes in the two ways duty staff and managers do: a resident's latest notes, and
// everything written in one shift. (Writing notes and their screens come with the residents work.)
import { findLatest } from '../platform/latest';
import { CareNote, type CareNoteDoc } from './care-note.model';

/** `since`: the resident's admission (no note is older). */
export function listResidentNotes(residentId: string, since: Date, limit = 50, before?: string) {
  return findLatest<CareNoteDoc>(
    CareNote,
    { residentId },
    {
      grain: 'month',
      grains: ['day', 'month', 'year'],
      limit,
      before,
      since,
      maxQueries: 12,
    },
  );
}

/** A shift's notes, oldest first, as the handover reads them. */
export async function listShiftNotes(shiftKey: string): Promise<CareNoteDoc[]> {
  const notes = await CareNote.find({ shiftKey }).lean<CareNoteDoc[]>();
  return notes.sort((a, b) => a.at.getTime() - b.at.getTime());
}
