// /api/kitchen: diet groups and allowance settings, residents by diet group (meal facts only),
// and the nutrient and cost analysis of menus.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  dietAssignmentSchema,
  kitchenResidentQuerySchema,
  kitchenResidentViewSchema,
  kitchenSettingsEditSchema,
  kitchenSettingsViewSchema,
} from '@care/shared/diet-groups';
import { analysisRequestSchema, analysisViewSchema } from '@care/shared/nutrition';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { analyse } from './analysis.service';
import { assignDietGroup, listKitchenResidents } from './kitchen-residents.service';
import { readKitchenSettings, settingsOf, updateKitchenSettings } from './kitchen-settings.service';
import type { KitchenSettingsDoc } from './kitchen-settings.model';

const presentSettings = (doc: KitchenSettingsDoc) => ({ ...settingsOf(doc), version: doc.version });

export function kitchenRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/kitchen', 'kitchen');
  api.route(
    'get',
    '/settings',
    {
      summary: 'Diet groups (targets, portion factors) and the food allowance',
      access: 'kitchen.read',
      response: kitchenSettingsViewSchema,
    },
    async () => presentSettings(await readKitchenSettings()),
  );
  api.route(
    'put',
    '/settings',
    {
      summary: 'Change the diet groups and the allowance (version-checked)',
      access: 'kitchen.write',
      body: kitchenSettingsEditSchema,
      response: kitchenSettingsViewSchema,
    },
    async ({ body, actor }) => presentSettings(await updateKitchenSettings(body, actor)),
  );
  api.route(
    'get',
    '/residents',
    {
      summary: 'Residents in care by diet group: name, room, age, diet, texture, allergies only',
      access: 'kitchen.read',
      query: kitchenResidentQuerySchema,
      response: kitchenResidentViewSchema,
      list: true,
    },
    async ({ query }) => {
      const all = await listKitchenResidents();
      const items = query.group ? all.filter((r) => r.group === query.group) : all;
      return { items, page: { page: 1, pageSize: items.length, total: items.length } };
    },
  );
  api.route(
    'put',
    '/residents/:id/diet-group',
    {
      summary: "Override a resident's diet group (null: back to the derived one; version-checked)",
      access: 'kitchen.write',
      params: idParamsSchema,
      body: dietAssignmentSchema,
      response: kitchenResidentViewSchema,
    },
    async ({ params, body, actor }) => assignDietGroup(params.id, body.group, body.version, actor),
  );
  api.route(
    'post',
    '/analysis',
    {
      summary: 'Nutrients, % energy and cost per group per day and per week of the given menus',
      access: 'kitchen.read',
      body: analysisRequestSchema,
      response: analysisViewSchema,
    },
    async ({ body }) => analyse(body),
  );
  return api;
}
