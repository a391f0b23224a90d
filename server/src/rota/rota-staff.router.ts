// /api/rota: staff rostering profiles (managers) and leave (everyone on duty requests, managers
// approve or refuse).
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import {
  leaveDecisionSchema,
  leaveQuerySchema,
  leaveRequestSchema,
  leaveViewSchema,
  profileInputSchema,
  profileViewSchema,
} from '@care/shared/rota';
import { idParamsSchema, objectIdSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { presentLeave } from './rota.presenters';
import { decideLeave, listLeave, listProfiles, requestLeave, saveProfile } from './staff.service';

const staffParams = z.strictObject({ staffId: objectIdSchema });
const list = <T>(items: T[]) => ({
  items,
  page: { page: 1, pageSize: items.length, total: items.length },
});

export function rotaStaffRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/rota', 'rota');
  api.route(
    'get',
    '/profiles',
    {
      summary: 'Every duty staff member with their rostering profile',
      access: 'rota.plan',
      response: profileViewSchema,
      list: true,
    },
    async () => list(await listProfiles()),
  );
  api.route(
    'put',
    '/profiles/:staffId',
    {
      summary: "Save a staff member's rostering profile (version-checked)",
      access: 'rota.plan',
      params: staffParams,
      body: profileInputSchema,
      response: profileViewSchema,
    },
    async ({ params, body, actor }) => saveProfile(params.staffId, body, actor),
  );
  api.route(
    'get',
    '/leave',
    {
      summary: 'Leave requests: a month’s or by status (managers see everyone’s, staff their own)',
      access: 'rota.leave_request',
      query: leaveQuerySchema,
      response: leaveViewSchema,
      list: true,
    },
    async ({ query, actor }) => list((await listLeave(query, actor)).map(presentLeave)),
  );
  api.route(
    'post',
    '/leave',
    {
      summary: 'Request leave',
      access: 'rota.leave_request',
      body: leaveRequestSchema,
      response: leaveViewSchema,
      status: 201,
    },
    async ({ body, actor }) => presentLeave(await requestLeave(body, actor)),
  );
  api.route(
    'post',
    '/leave/:id/decision',
    {
      summary: 'Approve or refuse a request (managers), or cancel it (the requester too)',
      access: 'rota.leave_request',
      params: idParamsSchema,
      body: leaveDecisionSchema,
      response: leaveViewSchema,
    },
    async ({ params, body, actor }) => presentLeave(await decideLeave(params.id, body, actor)),
  );
  return api;
}
