// /api/kitchen/recipes: dishes with their portions per diet group.
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  recipeCreateSchema,
  recipeDeleteSchema,
  recipeEditSchema,
  recipeListQuerySchema,
  recipeViewSchema,
} from '@care/shared/recipes';
import { idParamsSchema } from '@care/shared/versioning';
import { ApiRouter } from '../platform/api-router';
import { readKitchenSettings, settingsOf } from './kitchen-settings.service';
import { presentRecipe } from './recipe.presenter';
import type { RecipeDoc } from './recipe.model';
import { createRecipe, deleteRecipe, editRecipe, getRecipe, listRecipes } from './recipes.service';

const present = async (docs: RecipeDoc[]) => {
  const settings = settingsOf(await readKitchenSettings());
  return docs.map((d) => presentRecipe(d, settings));
};
const one = async (doc: RecipeDoc) => (await present([doc]))[0]!;

export function recipesRouter(registry: OpenAPIRegistry) {
  const api = new ApiRouter(registry, '/api/kitchen/recipes', 'kitchen');
  const response = recipeViewSchema;
  api.route(
    'get',
    '/',
    {
      summary: 'Recipes: search by name, course, diet tag, paging',
      access: 'kitchen.read',
      query: recipeListQuerySchema,
      response,
      list: true,
    },
    async ({ query }) => {
      const { items, total } = await listRecipes(query);
      return {
        items: await present(items),
        page: { page: query.page, pageSize: query.pageSize, total },
      };
    },
  );
  api.route(
    'get',
    '/:id',
    {
      summary: 'One recipe with its portions per diet group',
      access: 'kitchen.read',
      params: idParamsSchema,
      response,
    },
    async ({ params }) => one(await getRecipe(params.id)),
  );
  api.route(
    'post',
    '/',
    {
      summary: 'Create a recipe',
      access: 'kitchen.write',
      body: recipeCreateSchema,
      response,
      status: 201,
    },
    async ({ body, actor }) => one(await createRecipe(body, actor)),
  );
  api.route(
    'patch',
    '/:id',
    {
      summary: 'Edit a recipe (version-checked; every food must still be in the library)',
      access: 'kitchen.write',
      params: idParamsSchema,
      body: recipeEditSchema,
      response,
    },
    async ({ params, body, actor }) => one(await editRecipe(params.id, body, actor)),
  );
  api.route(
    'delete',
    '/:id',
    {
      summary: 'Delete a recipe (version-checked)',
      access: 'kitchen.write',
      params: idParamsSchema,
      body: recipeDeleteSchema,
      response,
    },
    async ({ params, body, actor }) => one(await deleteRecipe(params.id, body.version, actor)),
  );
  return api;
}
