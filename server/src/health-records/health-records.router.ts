// /api/residents/:id/health…: a resident's health profile, measurements and growth.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  growthViewSchema,
  healthProfileUpdateSchema,
  healthProfileViewSchema,
  measurementCreateSchema,
  measurementListQuerySchema,
  measurementViewSchema,
} from '@care/shared/health-records';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { presentHealthProfile } from './health-profile.presenter';
import { readHealthProfile, updateHealthProfile } from './health-profile.service';
import { readGrowth } from './growth.service';
import { presentMeasurement } from './measurement.presenter';
import { listMeasurements, recordMeasurement } from './measurements.service';

export function healthRecordsRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/residents', 'health records');
  const params = idParamsSchema;

  api.route(
    'get',
    '/:id/health',
    {
      summary: "A resident's health profile (the read is audited)",
      access: 'health.read',
      params,
      response: healthProfileViewSchema,
    },
    async ({ params, actor }) =>
      presentHealthProfile(params.id, await readHealthProfile(params.id, actor)),
  );

  api.route(
    'put',
    '/:id/health',
    {
      summary: 'Save the health profile (the four lists, version-checked)',
      access: 'health.write',
      params,
      body: healthProfileUpdateSchema,
      response: healthProfileViewSchema,
    },
    async ({ params, body, actor }) =>
      presentHealthProfile(params.id, await updateHealthProfile(params.id, body, actor)),
  );

  api.route(
    'get',
    '/:id/measurements',
    {
      summary: "A resident's measurements, newest first",
      access: 'health.read',
      params,
      query: measurementListQuerySchema,
      response: measurementViewSchema,
      list: 'cursor',
    },
    async ({ params, query }) => {
      const { items, page } = await listMeasurements(params.id, query);
      return { items: items.map(presentMeasurement), page };
    },
  );

  api.route(
    'post',
    '/:id/measurements',
    {
      summary: 'Record a measurement (weight, height, temperature, blood pressure, pulse)',
      access: 'health.write',
      params,
      body: measurementCreateSchema,
      response: measurementViewSchema,
      status: 201,
    },
    async ({ params, body, actor }) =>
      presentMeasurement(await recordMeasurement(params.id, body, actor)),
  );

  api.route(
    'get',
    '/:id/growth',
    {
      summary:
        "A child's growth z-scores and flags with the WHO reference lines (birth to 19 years)",
      access: 'health.read',
      params,
      response: growthViewSchema,
    },
    async ({ params }) => readGrowth(params.id),
  );

  return api;
}
