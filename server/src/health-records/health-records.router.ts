// /api/residents/:id/health…: a resident's health profile, measurements and growth.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { healthProfileUpdateSchema, healthProfileViewSchema } from '@care/shared/health-records';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { presentHealthProfile } from './health-profile.presenter';
import { readHealthProfile, updateHealthProfile } from './health-profile.service';

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

  return api;
}
