// /api/rota: units, shift templates, public holidays, coverage rules and the centre's limits.
// Everyone on duty reads them (the rota needs them); managers change them.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import {
  coverageEditSchema,
  coverageInputSchema,
  coverageViewSchema,
  holidayEditSchema,
  holidayInputSchema,
  holidayQuerySchema,
  holidayViewSchema,
  rotaSettingsEditSchema,
  rotaSettingsViewSchema,
  templateEditSchema,
  templateInputSchema,
  templateViewSchema,
  unitEditSchema,
  unitInputSchema,
  unitViewSchema,
} from '@care/shared/rota';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { presentCoverage, presentHoliday, presentTemplate, presentUnit } from './rota.presenters';
import * as setup from './setup.service';

export const versionQuerySchema = z.strictObject({ version: z.coerce.number().int().min(0) });
const prefillSchema = z.strictObject({ year: z.number().int().min(2000).max(2100) });
const list = <T>(items: T[]) => ({
  items,
  page: { page: 1, pageSize: items.length, total: items.length },
});

export function rotaSetupRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/rota', 'rota');
  const read = 'rota.read' as const;
  const plan = 'rota.plan' as const;

  api.route(
    'get',
    '/units',
    { summary: 'Units of the rota', access: read, response: unitViewSchema, list: true },
    async () => list((await setup.listUnits()).map(presentUnit)),
  );
  api.route(
    'post',
    '/units',
    {
      summary: 'Add a unit',
      access: plan,
      body: unitInputSchema,
      response: unitViewSchema,
      status: 201,
    },
    async ({ body, actor }) => presentUnit(await setup.createUnit(body, actor)),
  );
  api.route(
    'patch',
    '/units/:id',
    {
      summary: 'Rename or retire a unit',
      access: plan,
      params: idParamsSchema,
      body: unitEditSchema,
      response: unitViewSchema,
    },
    async ({ params, body, actor }) => presentUnit(await setup.editUnit(params.id, body, actor)),
  );

  api.route(
    'get',
    '/templates',
    {
      summary: 'Shift templates of every unit',
      access: read,
      response: templateViewSchema,
      list: true,
    },
    async () => list((await setup.listTemplates()).map(presentTemplate)),
  );
  api.route(
    'post',
    '/templates',
    {
      summary: 'Add a shift template (no overlap with the unit’s other shifts)',
      access: plan,
      body: templateInputSchema,
      response: templateViewSchema,
      status: 201,
    },
    async ({ body, actor }) => presentTemplate(await setup.createTemplate(body, actor)),
  );
  api.route(
    'patch',
    '/templates/:id',
    {
      summary: 'Change a shift template (version-checked)',
      access: plan,
      params: idParamsSchema,
      body: templateEditSchema,
      response: templateViewSchema,
    },
    async ({ params, body, actor }) =>
      presentTemplate(await setup.editTemplate(params.id, body, actor)),
  );

  api.route(
    'get',
    '/holidays',
    {
      summary: 'Public holidays of a year',
      access: read,
      query: holidayQuerySchema,
      response: holidayViewSchema,
      list: true,
    },
    async ({ query }) => list((await setup.listHolidays(query.year)).map(presentHoliday)),
  );
  api.route(
    'post',
    '/holidays',
    {
      summary: 'Add a holiday',
      access: plan,
      body: holidayInputSchema,
      response: holidayViewSchema,
      status: 201,
    },
    async ({ body, actor }) => presentHoliday(await setup.addHoliday(body, actor)),
  );
  api.route(
    'post',
    '/holidays/prefill',
    {
      summary: "Add a year's public holidays (lunar ones converted) that are not listed yet",
      access: plan,
      body: prefillSchema,
      response: holidayViewSchema,
      list: true,
    },
    async ({ body, actor }) =>
      list((await setup.prefillHolidays(body.year, actor)).map(presentHoliday)),
  );
  api.route(
    'patch',
    '/holidays/:id',
    {
      summary: 'Rename a holiday',
      access: plan,
      params: idParamsSchema,
      body: holidayEditSchema,
      response: holidayViewSchema,
    },
    async ({ params, body, actor }) =>
      presentHoliday(await setup.renameHoliday(params.id, body.version, body.name, actor)),
  );
  api.route(
    'delete',
    '/holidays/:id',
    {
      summary: 'Remove a holiday',
      access: plan,
      params: idParamsSchema,
      query: versionQuerySchema,
    },
    async ({ params, query, actor }) => setup.removeHoliday(params.id, query.version, actor),
  );

  api.route(
    'get',
    '/coverage',
    {
      summary: 'Coverage rules (unit × shift × qualification)',
      access: read,
      response: coverageViewSchema,
      list: true,
    },
    async () => list((await setup.listCoverage()).map(presentCoverage)),
  );
  api.route(
    'post',
    '/coverage',
    {
      summary: 'Add a coverage rule',
      access: plan,
      body: coverageInputSchema,
      response: coverageViewSchema,
      status: 201,
    },
    async ({ body, actor }) => presentCoverage(await setup.createCoverage(body, actor)),
  );
  api.route(
    'patch',
    '/coverage/:id',
    {
      summary: 'Change a coverage rule',
      access: plan,
      params: idParamsSchema,
      body: coverageEditSchema,
      response: coverageViewSchema,
    },
    async ({ params, body, actor }) =>
      presentCoverage(await setup.editCoverage(params.id, body, actor)),
  );
  api.route(
    'delete',
    '/coverage/:id',
    {
      summary: 'Remove a coverage rule',
      access: plan,
      params: idParamsSchema,
      query: versionQuerySchema,
    },
    async ({ params, query, actor }) => setup.removeCoverage(params.id, query.version, actor),
  );

  api.route(
    'get',
    '/settings',
    { summary: "The centre's rota limits", access: read, response: rotaSettingsViewSchema },
    async () => {
      const doc = await setup.getSettings();
      return { ...setup.settingsOf(doc), version: doc.version };
    },
  );
  api.route(
    'put',
    '/settings',
    {
      summary: "Change the centre's rota limits (version-checked)",
      access: plan,
      body: rotaSettingsEditSchema,
      response: rotaSettingsViewSchema,
    },
    async ({ body, actor }) => {
      const doc = await setup.editSettings(body, actor);
      return { ...setup.settingsOf(doc), version: doc.version };
    },
  );
  return api;
}
