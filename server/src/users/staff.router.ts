// /api/staff: names of active staff of one role, for pickers such as the key worker of a new
// resident (the account list itself stays the administrator's).
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { roleSchema } from '@care/shared/roles';
import { ApiRouter } from '../platform/api-router';
import { User, type UserDoc } from './user.model';

export const staffQuerySchema = z.strictObject({ role: roleSchema });
export const staffMemberSchema = z.object({ id: z.string(), fullName: z.string() });

export function staffRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/staff', 'users');
  api.route(
    'get',
    '/',
    {
      summary: 'Active staff of one role, by name (for key worker pickers)',
      access: 'residents.admit',
      query: staffQuerySchema,
      response: z.array(staffMemberSchema),
    },
    async ({ query }) => {
      const users = await User.find({ role: query.role, active: true }, { fullName: 1 })
        .sort({ fullName: 1 })
        .limit(500)
        .lean<UserDoc[]>();
      return users.map((u) => ({ id: u._id.toString(), fullName: u.fullName }));
    },
  );
  return api;
}
