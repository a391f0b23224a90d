// /api/handovers: the handover book (sổ giao ca): a shift's draft, write, amend, acknowledge.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  handoverAckSchema,
  handoverDraftSchema,
  handoverEditSchema,
  handoverListQuerySchema,
  handoverViewSchema,
  handoverWriteSchema,
  shiftInstanceSchema,
} from '@care/shared/handovers';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { presentHandover } from './handover.presenter';
import {
  acknowledgeHandover,
  editHandover,
  getHandover,
  handoverDraft,
  listHandovers,
  writeHandover,
} from './handovers.service';

export function handoversRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/handovers', 'handovers');
  const response = handoverViewSchema;
  api.route(
    'get',
    '/draft',
    {
      summary: 'What a shift’s handover starts from: headcount, events, carried tasks',
      access: 'duty.desk',
      query: shiftInstanceSchema,
      response: handoverDraftSchema,
    },
    async ({ query }) => handoverDraft(query),
  );
  api.route(
    'get',
    '/',
    {
      summary: 'The handovers of shifts starting on one day',
      access: 'duty.desk',
      query: handoverListQuerySchema,
      response,
      list: true,
    },
    async ({ query }) => {
      const items = (await listHandovers(query.day, query.unitId)).map(presentHandover);
      return { items, page: { page: 1, pageSize: items.length, total: items.length } };
    },
  );
  api.route(
    'post',
    '/',
    {
      summary: 'Write a shift’s handover (outgoing staff)',
      access: 'duty.desk',
      body: handoverWriteSchema,
      response,
      status: 201,
    },
    async ({ body, actor }) => presentHandover(await writeHandover(body, actor)),
  );
  api.route(
    'get',
    '/:id',
    { summary: 'One handover', access: 'duty.desk', params: idParamsSchema, response },
    async ({ params }) => presentHandover(await getHandover(params.id)),
  );
  api.route(
    'patch',
    '/:id',
    {
      summary: 'Amend a handover until it is acknowledged (version-checked)',
      access: 'duty.desk',
      params: idParamsSchema,
      body: handoverEditSchema,
      response,
    },
    async ({ params, body, actor }) => presentHandover(await editHandover(params.id, body, actor)),
  );
  api.route(
    'post',
    '/:id/acknowledge',
    {
      summary: 'Acknowledge a handover (incoming staff, each once)',
      access: 'duty.desk',
      params: idParamsSchema,
      body: handoverAckSchema,
      response,
    },
    async ({ params, actor }) => presentHandover(await acknowledgeHandover(params.id, actor)),
  );
  return api;
}
