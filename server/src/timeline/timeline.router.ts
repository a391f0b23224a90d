// /api/residents/:id/timeline and /access: one resident's history, and who looked at the record.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { auditEventViewSchema } from '@care/shared/audit';
import { centreDay } from '@care/shared/dates';
import { cursorQuerySchema } from '@care/shared/paging';
import { timelineItemSchema, timelineQuerySchema, visibleKinds } from '@care/shared/timeline';
import { idParamsSchema } from '@care/shared/versioning';
import { presentAuditEvent } from '../audit/audit-event.presenter';
import { listAuditEvents } from '../audit/audit.service';
import { ApiRouter } from '../platform/api-router';
import { getResident } from '../residents/residents.service';
import { readTimeline } from './timeline.service';

export function timelineRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/residents', 'timeline');

  api.route(
    'get',
    '/:id/timeline',
    {
      summary: "A resident's timeline, newest first, a month at a time (filter by kind)",
      access: 'notes.read',
      params: idParamsSchema,
      query: timelineQuerySchema,
      response: timelineItemSchema,
      list: 'cursor',
    },
    async ({ params, query, actor }) =>
      readTimeline(await getResident(params.id), {
        ...query,
        kinds: visibleKinds(actor.role, query.kinds),
        today: centreDay(),
      }),
  );

  api.route(
    'get',
    '/:id/access',
    {
      summary: 'Who read or changed this record, newest first (managers)',
      access: 'residents.access_history',
      params: idParamsSchema,
      query: cursorQuerySchema,
      response: auditEventViewSchema,
      list: 'cursor',
    },
    async ({ params, query }) => {
      await getResident(params.id);
      const { items, page } = await listAuditEvents({ ...query, entityId: params.id });
      return { items: items.map(presentAuditEvent), page };
    },
  );
  return api;
}
