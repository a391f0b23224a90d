// /api/residents/:id/assessments: a resident's needs assessments, the first step of the case
// process (assess, plan, carry out, review, close).
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import {
  assessmentCreateSchema,
  assessmentParamsSchema,
  assessmentUpdateSchema,
  assessmentViewSchema,
} from '@care/shared/needs-assessments';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { presentAssessment } from './assessment.presenter';
import {
  createAssessment,
  getAssessment,
  listAssessments,
  updateAssessment,
} from './assessments.service';
import { careResident } from './care-records';

export function assessmentsRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/residents', 'care-plans');
  const response = assessmentViewSchema;

  api.route(
    'get',
    '/:id/assessments',
    {
      summary: "A resident's needs assessments, newest first",
      access: 'care_plans.read',
      params: idParamsSchema,
      response: z.array(response),
    },
    async ({ params }) => (await listAssessments(params.id)).map(presentAssessment),
  );

  api.route(
    'post',
    '/:id/assessments',
    {
      summary: 'Record a needs assessment',
      access: 'care_plans.write',
      params: idParamsSchema,
      body: assessmentCreateSchema,
      response,
      status: 201,
    },
    async ({ params, body, actor }) =>
      presentAssessment(await createAssessment(params.id, body, actor)),
  );

  api.route(
    'get',
    '/:id/assessments/:assessmentId',
    {
      summary: 'One needs assessment',
      access: 'care_plans.read',
      params: assessmentParamsSchema,
      response,
    },
    async ({ params }) => {
      await careResident(params.id, false);
      return presentAssessment(await getAssessment(params.id, params.assessmentId));
    },
  );

  api.route(
    'patch',
    '/:id/assessments/:assessmentId',
    {
      summary: 'Edit an assessment not yet used by an approved plan (version-checked)',
      access: 'care_plans.write',
      params: assessmentParamsSchema,
      body: assessmentUpdateSchema,
      response,
    },
    async ({ params, body, actor }) =>
      presentAssessment(await updateAssessment(params.id, params.assessmentId, body, actor)),
  );

  return api;
}
