// /api/users: the admin's account management.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { idParamsSchema } from '@care/shared/versioning';
import {
  passwordResetSchema,
  userCreateSchema,
  userListQuerySchema,
  userUpdateSchema,
  userViewSchema,
} from '@care/shared/users';
import { ApiRouter } from '../platform/api-router';
import { presentUser } from './user.presenter';
import { createUser, getUser, listUsers, resetPassword, updateUser } from './users.service';

export function usersRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/users', 'users');
  const access = 'users.manage' as const;
  const response = userViewSchema;

  api.route(
    'get',
    '/',
    { summary: 'List staff accounts', access, query: userListQuerySchema, response, list: true },
    async ({ query }) => {
      const { items, total } = await listUsers(query);
      return {
        items: items.map(presentUser),
        page: { page: query.page, pageSize: query.pageSize, total },
      };
    },
  );

  api.route(
    'post',
    '/',
    { summary: 'Create a staff account', access, body: userCreateSchema, response, status: 201 },
    async ({ body, actor }) => presentUser(await createUser(body, actor)),
  );

  api.route(
    'get',
    '/:id',
    { summary: 'One staff account', access, params: idParamsSchema, response },
    async ({ params }) => presentUser(await getUser(params.id)),
  );

  api.route(
    'patch',
    '/:id',
    {
      summary: 'Edit, deactivate or reactivate an account (version-checked)',
      access,
      params: idParamsSchema,
      body: userUpdateSchema,
      response,
    },
    async ({ params, body, actor }) => presentUser(await updateUser(params.id, body, actor)),
  );

  api.route(
    'post',
    '/:id/password',
    {
      summary: 'Reset an account password; ends its sessions',
      access,
      params: idParamsSchema,
      body: passwordResetSchema,
      response,
    },
    async ({ params, body, actor }) => presentUser(await resetPassword(params.id, body, actor)),
  );

  return api;
}
