// /api/residents/:id/care-plans: the versions of a resident's care plan (draft, approve, revise,
// review).
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import {
  carePlanApproveSchema,
  carePlanCreateSchema,
  carePlanParamsSchema,
  carePlanReviewSchema,
  carePlanReviseSchema,
  carePlanUpdateSchema,
  carePlanViewSchema,
} from '@care/shared/care-plans';
import { idParamsSchema } from '@care/shared/versioning';
import type { Permission } from '@care/shared/permissions';
import type { Actor } from '../audit/audit.service';
import { ApiRouter } from '../platform/api-router';
import { approveCarePlan } from './care-plan-approval';
import { recordReview } from './care-plan-reviews';
import { presentCarePlan } from './care-plan.presenter';
import type { CarePlanDoc } from './care-plan.model';
import { createCarePlan, reviseCarePlan, updateCarePlan } from './care-plans.service';
import { listCarePlans, planContext, readCarePlan, residentPlans } from './care-plan-versions';

/** A changed plan as the answer: presented among the resident's versions as they are now. */
async function presentChanged(residentId: string, doc: CarePlanDoc) {
  return presentCarePlan(doc, await planContext([doc], await residentPlans(residentId)));
}

export function carePlansRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/residents', 'care-plans');
  const response = carePlanViewSchema;
  const params = carePlanParamsSchema;

  api.route(
    'get',
    '/:id/care-plans',
    {
      summary: "Every version of a resident's care plan, newest first",
      access: 'care_plans.read',
      params: idParamsSchema,
      response: z.array(response),
    },
    async ({ params }) => {
      const { plans, context } = await listCarePlans(params.id);
      return plans.map((p) => presentCarePlan(p, context));
    },
  );

  api.route(
    'post',
    '/:id/care-plans',
    {
      summary: 'Draft a care plan from an assessment (goal stubs from its needs unless given)',
      access: 'care_plans.write',
      params: idParamsSchema,
      body: carePlanCreateSchema,
      response,
      status: 201,
    },
    async ({ params, body, actor }) =>
      presentChanged(params.id, await createCarePlan(params.id, body, actor)),
  );

  api.route(
    'get',
    '/:id/care-plans/:planId',
    { summary: 'One care plan version', access: 'care_plans.read', params, response },
    async ({ params }) => {
      const { plan, context } = await readCarePlan(params.id, params.planId);
      return presentCarePlan(plan, context);
    },
  );

  /** A change to one version: its answer is the version as it now stands among the others. */
  const change = <B extends z.ZodType>(
    method: 'post' | 'patch',
    path: string,
    spec: { summary: string; access: Permission; body: B; status?: number },
    run: (
      residentId: string,
      planId: string,
      body: z.output<B>,
      actor: Actor,
    ) => Promise<CarePlanDoc>,
  ) =>
    api.route(method, path, { ...spec, params, response }, async ({ params, body, actor }) =>
      presentChanged(params.id, await run(params.id, params.planId, body, actor)),
    );

  change(
    'patch',
    '/:id/care-plans/:planId',
    {
      summary: 'Edit a draft (the whole draft, version-checked)',
      access: 'care_plans.write',
      body: carePlanUpdateSchema,
    },
    updateCarePlan,
  );
  change(
    'post',
    '/:id/care-plans/:planId/approve',
    {
      summary: 'Approve a draft: it becomes the plan in force (managers)',
      access: 'care_plans.approve',
      body: carePlanApproveSchema,
    },
    approveCarePlan,
  );
  change(
    'post',
    '/:id/care-plans/:planId/revise',
    {
      summary: 'Start a new draft version from the plan in force',
      access: 'care_plans.write',
      body: carePlanReviseSchema,
      status: 201,
    },
    reviseCarePlan,
  );
  change(
    'post',
    '/:id/care-plans/:planId/reviews',
    {
      summary: 'Record a review of the plan in force (progress per goal; version-checked)',
      access: 'care_plans.write',
      body: carePlanReviewSchema,
      status: 201,
    },
    recordReview,
  );

  return api;
}
