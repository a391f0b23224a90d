// /api/residents: the register, admission, the record by field group, the stay's steps, and the
// care summary that duty staff and the kitchen open.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import {
  absenceEndSchema,
  absenceStartSchema,
  careSummarySchema,
  closureSchema,
  episodeEditSchema,
  readmitSchema,
  residentAdmitSchema,
  residentCountsSchema,
  residentEditSchema,
  residentFacetsSchema,
  residentListQuerySchema,
  residentSummarySchema,
  residentViewSchema,
} from '@care/shared/residents';
import { idParamsSchema, objectIdSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { staffNames } from '../users/users.service';
import { readAllergies } from '../health-records/health-profile.service';
import {
  closeEpisode,
  editEpisode,
  endAbsence,
  readmitResident,
  startAbsence,
} from './resident-episodes.service';
import { presentCareSummary, presentResident, presentResidentSummary } from './resident.presenter';
import type { ResidentDoc } from './resident.model';
import {
  admitResident,
  countResidents,
  editResident,
  getResident,
  listResidents,
  readResident,
  residentFacets,
} from './residents.service';

const keyWorkerNames = (docs: ResidentDoc[]) =>
  staffNames(docs.flatMap((d) => (d.keyWorkerId ? [d.keyWorkerId.toString()] : [])));

export function residentsRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/residents', 'residents');
  const params = idParamsSchema;
  const response = residentViewSchema;
  const present = async (doc: ResidentDoc, actor: Express.User) =>
    presentResident(doc, actor.role, await keyWorkerNames([doc]));

  api.route(
    'get',
    '/',
    {
      summary: 'The register: search, filters, order, paging',
      access: 'residents.list',
      query: residentListQuerySchema,
      response: residentSummarySchema,
      list: true,
    },
    async ({ query }) => {
      const { items, total } = await listResidents(query);
      const names = await keyWorkerNames(items);
      return {
        items: items.map((d) => presentResidentSummary(d, names)),
        page: { page: query.page, pageSize: query.pageSize, total },
      };
    },
  );

  api.route(
    'post',
    '/',
    {
      summary: 'Admit a new resident (409 already_in_care when the person is in care)',
      access: 'residents.admit',
      body: residentAdmitSchema,
      response,
      status: 201,
    },
    async ({ body, actor }) => present(await admitResident(body, actor), actor),
  );

  api.route(
    'get',
    '/counts',
    {
      summary: 'Residents in care by category',
      access: 'residents.list',
      response: residentCountsSchema,
    },
    async () => countResidents(),
  );

  api.route(
    'get',
    '/facets',
    {
      summary: 'Units, rooms and key workers to filter by',
      access: 'residents.list',
      response: residentFacetsSchema,
    },
    async () => {
      const { keyWorkerIds, ...facets } = await residentFacets();
      const names = await staffNames(keyWorkerIds);
      return {
        ...facets,
        keyWorkers: keyWorkerIds.map((id) => ({ id, fullName: names.get(id) ?? '—' })),
      };
    },
  );

  api.route(
    'get',
    '/:id',
    {
      summary: 'A full resident record, groups by role (the read is audited)',
      access: 'residents.read',
      params,
      response,
    },
    async ({ params, actor }) => present(await readResident(params.id, actor), actor),
  );

  api.route(
    'patch',
    '/:id',
    {
      summary: 'Edit fields of the groups the role may change (version-checked)',
      access: 'residents.read',
      params,
      body: residentEditSchema,
      response,
    },
    async ({ params, body, actor }) => present(await editResident(params.id, body, actor), actor),
  );

  api.route(
    'get',
    '/:id/summary',
    {
      summary: 'The care summary: room, diet, allergies, mobility, risks, contacts',
      access: 'residents.care_summary',
      params,
      response: careSummarySchema,
    },
    async ({ params }) => {
      const doc = await getResident(params.id);
      return presentCareSummary(doc, await readAllergies(params.id));
    },
  );

  const step = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (id: string, input: z.output<S>, actor: Express.User) => Promise<ResidentDoc>,
  ) =>
    api.route(
      'post',
      path,
      { summary, access: 'residents.admit', params, body, response },
      async ({ params, body, actor }) => present(await run(params.id, body, actor), actor),
    );
  step(
    '/:id/admissions',
    'Re-admit a discharged resident (a new episode)',
    readmitSchema,
    readmitResident,
  );
  step(
    '/:id/absences',
    'Start a temporary absence (home visit, hospital)',
    absenceStartSchema,
    startAbsence,
  );
  step('/:id/absences/return', 'End the open absence', absenceEndSchema, endAbsence);
  step('/:id/closure', 'Close the episode, with reason and handover', closureSchema, closeEpisode);

  api.route(
    'put',
    '/:id/episodes/:episodeId/admission',
    {
      summary: 'Correct the admission of an open episode (409 episode_closed when closed)',
      access: 'residents.admit',
      params: z.strictObject({ id: objectIdSchema, episodeId: objectIdSchema }),
      body: episodeEditSchema,
      response,
    },
    async ({ params, body, actor }) =>
      present(await editEpisode(params.id, params.episodeId, body, actor), actor),
  );

  return api;
}
