// /api/food-safety: the three-step food check and the sample log of a day (made from the menu,
// recorded row by row), its XLSX in the forms' layout, and the kitchen dashboard.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  checkEditSchema,
  checkParamsSchema,
  checkRowViewSchema,
  foodSafetyDayParamsSchema,
  foodSafetyDayViewSchema,
  kitchenDashboardViewSchema,
} from '@care/shared/food-safety';
import { ApiRouter } from '../platform/api-router';
import { kitchenDashboard } from './dashboard.service';
import { generateDay, readFoodSafetyDay, recordCheck } from './food-safety.service';
import { foodSafetyWorkbook } from './food-safety.xlsx';

export function foodSafetyRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/food-safety', 'food-safety');
  api.route(
    'get',
    '/dashboard',
    {
      summary: "Today's head count by diet group, special diets and allergies, open logs",
      access: 'kitchen.read',
      response: kitchenDashboardViewSchema,
    },
    async () => kitchenDashboard(),
  );
  api.route(
    'get',
    '/days/:day',
    {
      summary: 'The food check (three steps) and samples of a day, with what is still open',
      access: 'kitchen.read',
      params: foodSafetyDayParamsSchema,
      response: foodSafetyDayViewSchema,
    },
    async ({ params }) => readFoodSafetyDay(params.day),
  );
  api.route(
    'post',
    '/days/:day/generate',
    {
      summary: "Make the day's logs from its approved or locked menu (adds dishes added since)",
      access: 'kitchen.write',
      params: foodSafetyDayParamsSchema,
      response: foodSafetyDayViewSchema,
    },
    async ({ params, actor }) => generateDay(params.day, actor),
  );
  api.route(
    'put',
    '/checks/:id',
    {
      summary: 'Record one row: a receipt, a preparation, a serving or a sample (version-checked)',
      access: 'kitchen.write',
      params: checkParamsSchema,
      body: checkEditSchema,
      response: checkRowViewSchema,
    },
    async ({ params, body, actor }) => recordCheck(params.id, body, actor),
  );
  api.route(
    'get',
    '/days/:day/xlsx',
    {
      summary: "The day's logs as an XLSX workbook in the forms' layout (one sheet per form)",
      access: 'kitchen.read',
      params: foodSafetyDayParamsSchema,
    },
    async ({ params, res }) => {
      const body = await foodSafetyWorkbook(await readFoodSafetyDay(params.day));
      res
        .status(200)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .attachment(`kiem-thuc-${params.day}.xlsx`)
        .send(body);
    },
  );
  return api;
}
