// Care notes: /api/residents/:id/notes for one resident, /api/notes/shift for the duty desk.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  noteCreateSchema,
  noteEditSchema,
  noteListQuerySchema,
  noteParamsSchema,
  noteViewSchema,
  shiftNotesSchema,
  shiftOf,
  shiftQuerySchema,
} from '@care/shared/care-notes';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { getResident } from '../residents/residents.service';
import { presentNote } from './note.presenter';
import { editNote, listResidentNotes, listShiftNotes, writeNote } from './notes.service';

export function residentNotesRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/residents', 'notes');

  api.route(
    'get',
    '/:id/notes',
    {
      summary: "A resident's care notes, newest first",
      access: 'notes.read',
      params: idParamsSchema,
      query: noteListQuerySchema,
      response: noteViewSchema,
      list: 'cursor',
    },
    async ({ params, query }) => {
      const resident = await getResident(params.id);
      const since = new Date(
        `${resident.episodes[0]?.admission.date ?? '2000-01-01'}T00:00:00+07:00`,
      );
      const { items, page } = await listResidentNotes(params.id, since, query.limit, query.before);
      return { items: items.map(presentNote), page };
    },
  );

  api.route(
    'post',
    '/:id/notes',
    {
      summary: 'Write a care note (stamped with author, time and shift)',
      access: 'notes.write',
      params: idParamsSchema,
      body: noteCreateSchema,
      response: noteViewSchema,
      status: 201,
    },
    async ({ params, body, actor }) => presentNote(await writeNote(params.id, body, actor)),
  );

  api.route(
    'patch',
    '/:id/notes/:noteId',
    {
      summary: 'Correct a note; the earlier wording is kept (version-checked)',
      access: 'notes.write',
      params: noteParamsSchema,
      body: noteEditSchema,
      response: noteViewSchema,
    },
    async ({ params, body, actor }) =>
      presentNote(await editNote(params.id, params.noteId, body, actor)),
  );
  return api;
}

export function shiftNotesRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/notes', 'notes');
  api.route(
    'get',
    '/shift',
    {
      summary: 'Every note of one shift (the current one by default), grouped by unit',
      access: 'notes.read',
      query: shiftQuerySchema,
      response: shiftNotesSchema,
    },
    async ({ query }) => {
      const shift = query.shift ?? shiftOf(new Date()).key;
      const notes = (await listShiftNotes(shift))
        .filter((n) => !query.unit || n.unit === query.unit)
        .filter((n) => query.handoverOnly !== 'true' || n.forHandover);
      const units = [...new Set(notes.map((n) => n.unit))].sort((a, b) => a.localeCompare(b, 'vi'));
      return {
        shift,
        units: units.map((unit) => ({
          unit,
          notes: notes.filter((n) => n.unit === unit).map(presentNote),
        })),
      };
    },
  );
  return api;
}
