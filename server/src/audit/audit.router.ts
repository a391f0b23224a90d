// GET /api/audit: the admin browses the audit trail.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { auditEventViewSchema, auditQuerySchema } from '@care/shared/audit';
import { ApiRouter } from '../platform/api-router';
import { listAuditEvents } from './audit.service';
import { presentAuditEvent } from './audit-event.presenter';

export function auditRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/audit', 'audit');
  api.route(
    'get',
    '/',
    {
      summary: 'List audit events, newest first',
      access: 'audit.read',
      query: auditQuerySchema,
      response: auditEventViewSchema,
      list: 'cursor',
    },
    async ({ query }) => {
      const { items, page } = await listAuditEvents(query);
      return { items: items.map(presentAuditEvent), page };
    },
  );
  return api;
}
