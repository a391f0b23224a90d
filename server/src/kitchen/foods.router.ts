// /api/kitchen/foods: the food library (everyone on duty reads it; the kitchen and managers edit).
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  foodCreateSchema,
  foodDeleteSchema,
  foodEditSchema,
  foodListQuerySchema,
  foodViewSchema,
} from '@care/shared/foods';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { presentFood } from './food.presenter';
import { addFood, deleteFood, editFood, getFood, listFoods } from './foods.service';

export function foodsRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/kitchen/foods', 'kitchen');
  const response = foodViewSchema;
  api.route(
    'get',
    '/',
    {
      summary: 'The food library: search by name (with or without accents) or code, group, paging',
      access: 'kitchen.read',
      query: foodListQuerySchema,
      response,
      list: true,
    },
    async ({ query }) => {
      const { items, total } = await listFoods(query);
      return {
        items: items.map(presentFood),
        page: { page: query.page, pageSize: query.pageSize, total },
      };
    },
  );
  api.route(
    'get',
    '/:id',
    { summary: 'One food', access: 'kitchen.read', params: idParamsSchema, response },
    async ({ params }) => presentFood(await getFood(params.id)),
  );
  api.route(
    'post',
    '/',
    {
      summary: "Add one of the centre's own foods",
      access: 'kitchen.write',
      body: foodCreateSchema,
      response,
      status: 201,
    },
    async ({ body, actor }) => presentFood(await addFood(body, actor)),
  );
  api.route(
    'patch',
    '/:id',
    {
      summary: "Edit a food (version-checked; a table food's price and allergens only)",
      access: 'kitchen.write',
      params: idParamsSchema,
      body: foodEditSchema,
      response,
    },
    async ({ params, body, actor }) => presentFood(await editFood(params.id, body, actor)),
  );
  api.route(
    'delete',
    '/:id',
    {
      summary: 'Delete a food from the library (version-checked; recipes must replace it)',
      access: 'kitchen.write',
      params: idParamsSchema,
      body: foodDeleteSchema,
      response,
    },
    async ({ params, body, actor }) =>
      presentFood(await deleteFood(params.id, body.version, actor)),
  );
  return api;
}
