// Care notes: written from the duty desk in a few taps, corrected without hiding the first
// wording, and read the two ways staff do: a resident's latest notes, and one shift's notes.
import type { z } from 'zod';
import { shiftOf, type noteCreateSchema, type noteEditSchema } from '@care/shared/care-notes';
import { periodKeys } from '@care/shared/periods';
import type { Role } from '@care/shared/roles';
import { AppError, forbidden, notFound, staleVersion } from '../platform/errors';
import { findLatest } from '../platform/latest';
import { updateVersioned } from '../platform/versioned';
import { getResident } from '../residents/residents.service';
import { CareNote, type CareNoteDoc } from './care-note.model';

type Author = { id: string; fullName: string; role: Role };

export async function writeNote(
  residentId: string,
  input: z.output<typeof noteCreateSchema>,
  author: Author,
  at = new Date(),
): Promise<CareNoteDoc> {
  const resident = await getResident(residentId);
  if (resident.status === 'discharged') throw new AppError('not_in_care');
  const { day, month, year } = periodKeys(at);
  const doc = await CareNote.create({
    ...input,
    residentId,
    residentName: resident.fullName,
    residentCode: resident.code,
    unit: resident.unit,
    room: resident.room,
    authorId: author.id,
    authorName: author.fullName,
    at,
    day,
    month,
    year,
    shiftKey: shiftOf(at).key,
  });
  return doc.toObject() as CareNoteDoc;
}

/** The author corrects their note (managers may too); the earlier wording stays visible. */
export async function editNote(
  residentId: string,
  noteId: string,
  input: z.output<typeof noteEditSchema>,
  editor: Author,
): Promise<CareNoteDoc> {
  const before = await CareNote.findOne({ _id: noteId, residentId }).lean<CareNoteDoc>();
  if (!before) throw notFound();
  if (before.authorId.toString() !== editor.id && editor.role !== 'manager') throw forbidden();
  if (before.version !== input.version) throw staleVersion();
  const { version, text, forHandover } = input;
  const changedText = text !== undefined && text !== before.text;
  return updateVersioned<CareNoteDoc>(CareNote, noteId, version, {
    $set: {
      ...(forHandover === undefined ? {} : { forHandover }),
      ...(changedText
        ? {
            text,
            revisions: [
              ...before.revisions,
              { text: before.text, at: new Date(), by: editor.fullName },
            ],
          }
        : {}),
    },
  });
}

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
      readAhead: true,
    },
  );
}

/** A shift's notes, oldest first, as the handover reads them. */
export async function listShiftNotes(shiftKey: string): Promise<CareNoteDoc[]> {
  const notes = await CareNote.find({ shiftKey }).lean<CareNoteDoc[]>();
  return notes.sort((a, b) => a.at.getTime() - b.at.getTime());
}
