// /api/staff: names of active staff, for pickers (key worker, assessor, responsible for a goal);
// the account list itself stays the administrator's.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { staffOptionSchema, staffQuerySchema } from '@care/shared/users';
import { ApiRouter } from '../platform/api-router';
import { listStaff } from './staff.service';

export function staffRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/staff', 'users');
  api.route(
    'get',
    '/',
    {
      summary: 'Active staff of one role, or of every caring role, by name (for pickers)',
      access: 'staff.list',
      query: staffQuerySchema,
      response: z.array(staffOptionSchema),
    },
    async ({ query }) => listStaff(query.role),
  );
  return api;
}
