// /api/rota/months/:month/autofill: start filling a month (one unit or the whole centre) with the
// solver, read its progress and explanation, cancel it, apply it to the draft; and the cells a
// manager locks before solving. Managers only (`rota.plan`).
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { monthParamsSchema } from '@care/shared/rota';
import {
  autofillApplyViewSchema,
  autofillJobViewSchema,
  autofillParamsSchema,
  autofillStartSchema,
  cellLockSchema,
  cellLocksViewSchema,
} from '@care/shared/rota-autofill';
import { Answer, ApiRouter } from '../../platform/api-router';
import {
  applyAutofill,
  cancelAutofill,
  listLocks,
  readAutofill,
  setLock,
  startAutofill,
} from './autofill.service';

export function rotaAutofillRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/rota/months', 'rota');
  const access = 'rota.plan' as const;
  api.route(
    'post',
    '/:month/autofill',
    {
      summary: 'Start filling a month with the optimisation solver (one unit or the whole centre)',
      access,
      params: monthParamsSchema,
      body: autofillStartSchema,
      response: autofillJobViewSchema,
      status: 202,
    },
    async ({ params, body, actor }) =>
      new Answer(202, await startAutofill(params.month, body, actor)),
  );
  api.route(
    'get',
    '/:month/autofill/:jobId',
    {
      summary: "An auto-fill's progress, then its explanation and what applying would change",
      access,
      params: autofillParamsSchema,
      response: autofillJobViewSchema,
    },
    async ({ params }) => readAutofill(params.month, params.jobId),
  );
  api.route(
    'post',
    '/:month/autofill/:jobId/cancel',
    {
      summary: 'Stop an auto-fill, keeping the best rota found so far',
      access,
      params: autofillParamsSchema,
      response: autofillJobViewSchema,
    },
    async ({ params }) => cancelAutofill(params.month, params.jobId),
  );
  api.route(
    'post',
    '/:month/autofill/:jobId/apply',
    {
      summary:
        "Write an auto-fill into the month's draft (locked cells untouched; 409 when the month changed meanwhile)",
      access,
      params: autofillParamsSchema,
      response: autofillApplyViewSchema,
    },
    async ({ params, actor }) => applyAutofill(params.month, params.jobId, actor),
  );
  api.route(
    'get',
    '/:month/locks',
    {
      summary: 'The cells of a month locked against auto-filling',
      access,
      params: monthParamsSchema,
      response: cellLocksViewSchema,
    },
    async ({ params }) => listLocks(params.month),
  );
  api.route(
    'put',
    '/:month/locks',
    {
      summary: 'Lock or unlock one cell (a person on a day) before auto-filling',
      access,
      params: monthParamsSchema,
      body: cellLockSchema,
      response: cellLocksViewSchema,
    },
    async ({ params, body, actor }) => setLock(params.month, body, actor),
  );
  return api;
}
