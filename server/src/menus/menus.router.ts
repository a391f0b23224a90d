// /api/menus: the menu planner (days, weeks, copy, cycles, approve and lock), its analysis, the
// dietary conflicts, the production sheet and the market list (JSON and XLSX).
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { conflictViewSchema } from '@care/shared/menu-rules';
import { marketListViewSchema, productionViewSchema } from '@care/shared/market';
import {
  menuBulkResultSchema,
  menuCopySchema,
  menuCycleApplySchema,
  menuCycleCreateSchema,
  menuCycleViewSchema,
  menuDayEditSchema,
  menuDayParamsSchema,
  menuDayViewSchema,
  menuStateChangeSchema,
  menuWeekViewSchema,
  plannerAnalysisViewSchema,
  rangeQuerySchema,
  weekParamsSchema,
} from '@care/shared/menus';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { menuConflicts } from './conflicts.service';
import { applyCycle, createCycle, listCycles, presentCycle } from './cycles.service';
import { readMarketList, readProduction } from './market.service';
import { marketWorkbook } from './market.xlsx';
import { changeState, copyMenus, editDay, presentDays, readWeek } from './menus.service';
import { plannerAnalysis } from './planner-analysis.service';

export function menusRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/menus', 'menus');
  api.route(
    'get',
    '/weeks/:weekStart',
    {
      summary: 'The seven menu days of a week (Monday first), with headcounts per group',
      access: 'kitchen.read',
      params: weekParamsSchema,
      response: menuWeekViewSchema,
    },
    async ({ params }) => readWeek(params.weekStart),
  );
  api.route(
    'put',
    '/days/:day',
    {
      summary: 'Change a day’s dishes, headcounts or note (version-checked; locked days refuse)',
      access: 'kitchen.write',
      params: menuDayParamsSchema,
      body: menuDayEditSchema,
      response: menuDayViewSchema,
    },
    async ({ params, body, actor }) =>
      (await presentDays([await editDay(params.day, body, actor)]))[0],
  );
  api.route(
    'post',
    '/copy',
    {
      summary: 'Copy a day onto another day, or a week onto another week (drafts only)',
      access: 'kitchen.write',
      body: menuCopySchema,
      response: menuBulkResultSchema,
    },
    async ({ body, actor }) => copyMenus(body, actor),
  );
  api.route(
    'post',
    '/state',
    {
      summary: 'Approve days (manager or head cook), or lock approved days once served',
      access: 'menus.approve',
      body: menuStateChangeSchema,
      response: z.array(menuDayViewSchema),
    },
    async ({ body, actor }) => presentDays(await changeState(body, actor)),
  );
  api.route(
    'get',
    '/cycles',
    { summary: 'Menu cycles', access: 'kitchen.read', response: menuCycleViewSchema, list: true },
    async () => {
      const items = (await listCycles()).map(presentCycle);
      return { items, page: { page: 1, pageSize: items.length, total: items.length } };
    },
  );
  api.route(
    'post',
    '/cycles',
    {
      summary: 'Create a multi-week menu cycle',
      access: 'kitchen.write',
      body: menuCycleCreateSchema,
      response: menuCycleViewSchema,
      status: 201,
    },
    async ({ body, actor }) => presentCycle(await createCycle(body, actor)),
  );
  api.route(
    'post',
    '/cycles/:id/apply',
    {
      summary: 'Apply a cycle to a range of days (holidays left out; drafts only)',
      access: 'kitchen.write',
      params: idParamsSchema,
      body: menuCycleApplySchema,
      response: menuBulkResultSchema,
    },
    async ({ params, body, actor }) => applyCycle(params.id, body, actor),
  );
  api.route(
    'get',
    '/analysis/:weekStart',
    {
      summary: 'Nutrients and cost per group per day and week, and the month’s cost running total',
      access: 'kitchen.read',
      params: weekParamsSchema,
      response: plannerAnalysisViewSchema,
    },
    async ({ params }) => plannerAnalysis(params.weekStart),
  );
  api.route(
    'get',
    '/conflicts',
    {
      summary: 'Residents who must not eat a dish (allergy, texture, diet), with an alternative',
      access: 'kitchen.read',
      query: rangeQuerySchema,
      response: conflictViewSchema,
    },
    async ({ query }) => menuConflicts(query.from, query.to),
  );
  api.route(
    'get',
    '/production',
    {
      summary: 'Portions of each dish per group, day by day',
      access: 'kitchen.read',
      query: rangeQuerySchema,
      response: productionViewSchema,
    },
    async ({ query }) => readProduction(query.from, query.to),
  );
  api.route(
    'get',
    '/market-list',
    {
      summary: 'Foods to buy (edible and as-bought quantities) by food group, priced',
      access: 'kitchen.read',
      query: rangeQuerySchema,
      response: marketListViewSchema,
    },
    async ({ query }) => readMarketList(query.from, query.to),
  );
  api.route(
    'get',
    '/market-list.xlsx',
    {
      summary: 'The market list and the production sheet as an XLSX workbook',
      access: 'kitchen.read',
      query: rangeQuerySchema,
    },
    async ({ query, res }) => {
      const [market, production] = await Promise.all([
        readMarketList(query.from, query.to),
        readProduction(query.from, query.to),
      ]);
      const body = await marketWorkbook(market, production);
      res
        .status(200)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .attachment(`di-cho-${query.from}-${query.to}.xlsx`)
        .send(body);
    },
  );
  return api;
}
