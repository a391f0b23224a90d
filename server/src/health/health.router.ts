// GET /api/health: is the API up, and does the database answer?
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { Answer, ApiRouter } from '../platform/api-router';
import { pingDatabase } from '../platform/db';

export function healthRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/health', 'health');
  const response = z.object({
    status: z.enum(['ok', 'degraded']),
    database: z.enum(['up', 'down']),
  });
  api.route(
    'get',
    '/',
    { summary: 'Service and database state', access: 'public', response },
    async () => {
      const up = await pingDatabase();
      const state = { status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down' };
      return new Answer(up ? 200 : 503, state);
    },
  );
  return api;
}
