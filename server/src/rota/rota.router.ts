// /api/rota: the month grid (staff see published months only), and the planner's changes, each
// answering the month's violations.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  assignSchema,
  copyWeekSchema,
  entryParamsSchema,
  monthParamsSchema,
  monthViewSchema,
  moveSchema,
  patternSchema,
  publishSchema,
  rotaChangeViewSchema,
} from '@care/shared/rota';
import { ApiRouter } from '../platform/api-router';
import { readMonth } from './rota-month';
import { versionQuerySchema } from './rota-setup.router';
import {
  applyPattern,
  assignShift,
  clearShift,
  copyWeek,
  moveShift,
  publishMonth,
} from './rota.service';

export function rotaRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/rota', 'rota');
  const plan = 'rota.plan' as const;
  const response = rotaChangeViewSchema;
  api.route(
    'get',
    '/months/:month',
    {
      summary:
        "A month's rota for the whole centre (a draft only for planners) with its violations",
      access: 'rota.read',
      params: monthParamsSchema,
      response: monthViewSchema,
    },
    async ({ params, actor }) => readMonth(params.month, actor),
  );
  api.route(
    'post',
    '/months/:month/publish',
    {
      summary: 'Publish a month (managers)',
      access: plan,
      params: monthParamsSchema,
      body: publishSchema,
      response: monthViewSchema,
    },
    async ({ params, body, actor }) => {
      await publishMonth(params.month, body.version, actor);
      return readMonth(params.month, actor);
    },
  );
  api.route(
    'post',
    '/entries',
    { summary: 'Assign a shift', access: plan, body: assignSchema, response, status: 201 },
    async ({ body, actor }) => assignShift(body, actor),
  );
  api.route(
    'patch',
    '/entries/:id',
    {
      summary: 'Move a shift to another day, person or template (version-checked)',
      access: plan,
      params: entryParamsSchema,
      body: moveSchema,
      response,
    },
    async ({ params, body, actor }) => moveShift(params.id, body, actor),
  );
  api.route(
    'delete',
    '/entries/:id',
    {
      summary: 'Clear a shift (version-checked)',
      access: plan,
      params: entryParamsSchema,
      query: versionQuerySchema,
      response,
    },
    async ({ params, query, actor }) => clearShift(params.id, query.version, actor),
  );
  api.route(
    'post',
    '/copy-week',
    {
      summary: "Copy a week's shifts to another week",
      access: plan,
      body: copyWeekSchema,
      response,
    },
    async ({ body, actor }) => copyWeek(body, actor),
  );
  api.route(
    'post',
    '/pattern',
    {
      summary: 'Apply a repeating pattern of shifts to one person',
      access: plan,
      body: patternSchema,
      response,
    },
    async ({ body, actor }) => applyPattern(body, actor),
  );
  return api;
}
