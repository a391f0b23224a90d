// /api/residents: lists for every caring role, the full record for those allowed to read it.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  residentCountsSchema,
  residentListQuerySchema,
  residentSummarySchema,
  residentViewSchema,
} from '@care/shared/residents';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { presentResident, presentResidentSummary } from './resident.presenter';
import { countResidents, listResidents, readResident } from './residents.service';

export function residentsRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/residents', 'residents');

  api.route(
    'get',
    '/',
    {
      summary: 'List residents',
      access: 'residents.list',
      query: residentListQuerySchema,
      response: residentSummarySchema,
      list: true,
    },
    async ({ query }) => {
      const { items, total } = await listResidents(query);
      return {
        items: items.map(presentResidentSummary),
        page: { page: query.page, pageSize: query.pageSize, total },
      };
    },
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
    '/:id',
    {
      summary: 'A full resident record (the read is audited)',
      access: 'residents.read',
      params: idParamsSchema,
      response: residentViewSchema,
    },
    async ({ params, actor }) => presentResident(await readResident(params.id, actor)),
  );

  return api;
}
