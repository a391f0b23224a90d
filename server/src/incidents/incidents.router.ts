// /api/residents/:id/incidents (report, amend, close) and /api/incidents (the centre's worklist).
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import {
  incidentCloseSchema,
  incidentCreateSchema,
  incidentEditSchema,
  incidentListQuerySchema,
  incidentViewSchema,
} from '@care/shared/incidents';
import { idParamsSchema, objectIdSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { getResident } from '../residents/residents.service';
import { staffNames } from '../users/users.service';
import { presentIncident } from './incident.presenter';
import type { IncidentDoc } from './incident.model';
import {
  amendIncident,
  closeIncident,
  listIncidents,
  listResidentIncidents,
  reportIncident,
} from './incidents.service';

const present = async (docs: IncidentDoc[]) => {
  const names = await staffNames(docs.flatMap((d) => d.followUps.map((f) => f.ownerId)));
  return docs.map((d) => presentIncident(d, names));
};
const one = async (doc: IncidentDoc) => (await present([doc]))[0]!;
const incidentParams = z.strictObject({ id: objectIdSchema, incidentId: objectIdSchema });

export function residentIncidentsRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/residents', 'incidents');
  const response = incidentViewSchema;
  api.route(
    'get',
    '/:id/incidents',
    {
      summary: "A resident's incidents, newest first",
      access: 'incidents.read',
      params: idParamsSchema,
      response,
      list: true,
    },
    async ({ params }) => {
      await getResident(params.id);
      const items = await present(await listResidentIncidents(params.id));
      return { items, page: { page: 1, pageSize: items.length, total: items.length } };
    },
  );
  api.route(
    'post',
    '/:id/incidents',
    {
      summary: 'Report an incident',
      access: 'incidents.write',
      params: idParamsSchema,
      body: incidentCreateSchema,
      response,
      status: 201,
    },
    async ({ params, body, actor }) => one(await reportIncident(params.id, body, actor)),
  );
  api.route(
    'patch',
    '/:id/incidents/:incidentId',
    {
      summary: 'Amend an open incident (version-checked)',
      access: 'incidents.write',
      params: incidentParams,
      body: incidentEditSchema,
      response,
    },
    async ({ params, body, actor }) =>
      one(await amendIncident(params.id, params.incidentId, body, actor)),
  );
  api.route(
    'post',
    '/:id/incidents/:incidentId/close',
    {
      summary: 'Close an incident once its follow-ups are done (managers)',
      access: 'incidents.close',
      params: incidentParams,
      body: incidentCloseSchema,
      response,
    },
    async ({ params, body, actor }) =>
      one(await closeIncident(params.id, params.incidentId, body, actor)),
  );
  return api;
}

export function incidentsRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/incidents', 'incidents');
  api.route(
    'get',
    '/',
    {
      summary: "The centre's open (or closed) incidents, newest first: by type and severity, paged",
      access: 'incidents.read',
      query: incidentListQuerySchema,
      response: incidentViewSchema,
      list: true,
    },
    async ({ query }) => {
      const { items, total } = await listIncidents(query);
      return {
        items: await present(items),
        page: { page: query.page, pageSize: query.pageSize, total },
      };
    },
  );
  return api;
}
