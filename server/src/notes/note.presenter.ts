// The wire shape of a care note.
import type { NoteView } from '@care/shared/care-notes';
import type { CareNoteDoc } from './care-note.model';

export function presentNote(doc: CareNoteDoc): NoteView {
  return {
    id: doc._id.toString(),
    residentId: doc.residentId.toString(),
    residentName: doc.residentName ?? '',
    residentCode: doc.residentCode ?? '',
    unit: doc.unit ?? '',
    room: doc.room ?? '',
    author: { id: doc.authorId.toString(), fullName: doc.authorName ?? '' },
    at: doc.at.toISOString(),
    shiftKey: doc.shiftKey,
    type: doc.type,
    text: doc.text,
    forHandover: doc.forHandover ?? false,
    measurements: doc.measurements ?? {},
    revisions: (doc.revisions ?? []).map((r) => ({
      text: r.text,
      at: r.at.toISOString(),
      by: r.by,
    })),
    version: doc.version ?? 0,
  };
}
