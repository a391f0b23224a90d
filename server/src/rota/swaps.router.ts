// /api/rota/swaps: offer a shift or propose a swap (every duty role, own published shifts), answer
// it, withdraw it; managers see the rule checks, approve (the rota changes) or reject with a reason.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  swapCheckViewSchema,
  swapCreateSchema,
  swapQuerySchema,
  swapRejectSchema,
  swapStepSchema,
  swapViewSchema,
} from '@care/shared/rota-swaps';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { approveSwap } from './swap-approval';
import { recoverSwaps } from './swap-recovery';
import {
  acceptSwap,
  checkSwap,
  createSwap,
  declineSwap,
  listSwaps,
  rejectSwap,
  withdrawSwap,
} from './swaps.service';

const list = <T>(items: T[]) => ({
  items,
  page: { page: 1, pageSize: items.length, total: items.length },
});

export function rotaSwapsRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/rota/swaps', 'rota');
  // Every swap request of a signed-in user first puts right an approval a stopped process left
  // half-way (swap-recovery.ts: one indexed query when there is none).
  api.router.use(async (req, _res, next) => {
    if (req.user) await recoverSwaps();
    next();
  });
  const params = idParamsSchema;
  const response = swapViewSchema;
  api.route(
    'get',
    '/',
    {
      summary:
        'Open swap and cover requests (or a month’s): managers see all, staff their own, those naming them and open offers',
      access: 'rota.swap',
      query: swapQuerySchema,
      response,
      list: true,
    },
    async ({ query, actor }) => list(await listSwaps(query, actor)),
  );
  api.route(
    'post',
    '/',
    {
      summary: 'Offer one’s published shift for cover, or propose a swap with a colleague’s shift',
      access: 'rota.swap',
      body: swapCreateSchema,
      response,
      status: 201,
    },
    async ({ body, actor }) => createSwap(body, actor),
  );
  api.route(
    'get',
    '/:id/check',
    {
      summary: 'The rule checks on the rota as it would be after the swap (what the swap adds)',
      access: 'rota.swap_approve',
      params,
      response: swapCheckViewSchema,
    },
    async ({ params }) => checkSwap(params.id),
  );
  api.route(
    'post',
    '/:id/accept',
    {
      summary:
        'Take an offered shift, or accept a proposed swap (the named colleague); rule-checked',
      access: 'rota.swap',
      params,
      body: swapStepSchema,
      response,
      errors: [422],
    },
    async ({ params, body, actor }) => acceptSwap(params.id, body, actor),
  );
  api.route(
    'post',
    '/:id/decline',
    {
      summary: 'Decline a proposed swap (the named colleague)',
      access: 'rota.swap',
      params,
      body: swapStepSchema,
      response,
    },
    async ({ params, body, actor }) => declineSwap(params.id, body, actor),
  );
  api.route(
    'post',
    '/:id/withdraw',
    {
      summary: 'Withdraw one’s own open request',
      access: 'rota.swap',
      params,
      body: swapStepSchema,
      response,
    },
    async ({ params, body, actor }) => withdrawSwap(params.id, body, actor),
  );
  api.route(
    'post',
    '/:id/approve',
    {
      summary:
        'Approve an accepted swap: the rule checks run again and both shifts change hands together',
      access: 'rota.swap_approve',
      params,
      body: swapStepSchema,
      response,
      errors: [422],
    },
    async ({ params, body, actor }) => approveSwap(params.id, body, actor),
  );
  api.route(
    'post',
    '/:id/reject',
    {
      summary: 'Reject an open request, with a reason',
      access: 'rota.swap_approve',
      params,
      body: swapRejectSchema,
      response,
    },
    async ({ params, body, actor }) => rejectSwap(params.id, body, actor),
  );
  return api;
}
