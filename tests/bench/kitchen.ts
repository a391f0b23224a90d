// `npx tsx tests/bench/kitchen.ts` (not part of npm test): how long a week's nutrient and cost
// analysis for every diet group takes on the embedded database, for the demo centre's kitchen and
// with a library of 2,000 foods and 800 recipes. Writes tests/bench/kitchen-results.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import request from 'supertest';
import { dietGroupIds } from '@care/shared/diet-groups';
import { foodGroups, nutrientKeys } from '@care/shared/foods';
import { meals, type AnalysisRequest } from '@care/shared/nutrition';
import { createRandom } from '@care/shared/random';
import { recipeAllergens } from '@care/shared/recipes';
import { seedKitchen } from '@care/seed/kitchen';
import { createApp } from '@care/server/app';
import { analyse } from '@care/server/kitchen/analysis.service';
import { foodSearchKeys } from '@care/server/kitchen/food-table';
import { Food, type FoodDoc } from '@care/server/kitchen/food.model';
import { foodSnapshot } from '@care/server/kitchen/recipe-foods';
import { Recipe, type RecipeDoc } from '@care/server/kitchen/recipe.model';
import { listFoods } from '@care/server/kitchen/foods.service';
import { loadConfig } from '@care/server/platform/config';
import { startDatabase } from '@care/server/platform/database/launcher';
import { connectDatabase } from '@care/server/platform/db';
import { createLogger } from '@care/server/platform/logger';
import { repoRoot } from '@care/server/platform/paths';
import { createUser } from '@care/server/users/users.service';
import { buildUser } from '@care/shared/factories/users';
import { userCreateSchema } from '@care/shared/users';
import { foldName } from '@care/shared/text';

const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const say = (line: string) => process.stdout.write(`${line}\n`);
const random = createRandom(2026);

/** p50 and p95 of `rounds` runs of `fn`, in ms. */
async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length / 2)]!, p95: ms[Math.ceil(ms.length * 0.95) - 1]! };
}

/** A week of menus for every group: five meals a day, dishes drawn from `recipes`. */
function week(recipes: RecipeDoc[]): AnalysisRequest {
  const pick = (course: string) => {
    const of = recipes.filter((r) => r.course === course);
    return random.helpers.arrayElement(of.length ? of : recipes)._id.toString();
  };
  const plan: Record<(typeof meals)[number], string[]> = {
    breakfast: ['porridge'],
    lunch: ['staple', 'main', 'soup', 'vegetable', 'dessert'],
    afternoon_snack: ['drink'],
    dinner: ['staple', 'main', 'soup', 'vegetable'],
    late_snack: ['snack'],
  };
  return {
    days: Array.from({ length: 7 }, (_, d) => ({
      day: [
        '2026-11-30',
        '2026-12-01',
        '2026-12-02',
        '2026-12-03',
        '2026-12-04',
        '2026-12-05',
        '2026-12-06',
      ][d]!,
      meals: dietGroupIds.flatMap((group) =>
        meals.map((meal) => ({
          meal,
          group,
          dishes: plan[meal].map((course) => ({ recipeId: pick(course), portions: 1 })),
        })),
      ),
    })),
  };
}

async function grow(foodsWanted: number, recipesWanted: number) {
  const have = await Food.countDocuments();
  const extra = Array.from({ length: foodsWanted - have }, (_, i) => {
    const name = `${random.helpers.arrayElement(['Rau', 'Thịt', 'Cá', 'Bánh', 'Nấm', 'Đậu'])} ${random.lorem.word()} ${i}`;
    return {
      code: null,
      source: 'centre',
      name,
      nameEn: '',
      group: random.helpers.arrayElement(foodGroups),
      state: 'raw',
      inediblePct: random.number.int({ min: 0, max: 40 }),
      nutrients: Object.fromEntries(
        nutrientKeys.map((k) => [k, random.number.float({ min: 0, max: 50, fractionDigits: 1 })]),
      ),
      pricePerKg: random.number.int({ min: 5, max: 300 }) * 1000,
      allergens: [],
      deleted: false,
      ...foodSearchKeys({ name, nameEn: '', code: null }),
    };
  });
  if (extra.length) await Food.insertMany(extra);
  const foods = await Food.find({}).lean<FoodDoc[]>();
  const course = [
    'staple',
    'soup',
    'main',
    'vegetable',
    'porridge',
    'dessert',
    'drink',
    'snack',
  ] as const;
  const recipes = Array.from(
    { length: recipesWanted - (await Recipe.countDocuments()) },
    (_, i) => {
      const chosen = random.helpers.arrayElements(foods, { min: 2, max: 8 });
      const ingredients = chosen.map((f) => ({
        foodId: f._id.toString(),
        grams: random.number.int({ min: 5, max: 150 }),
        byGroup: {},
        food: foodSnapshot(f),
      }));
      const name = `Món thử ${i}`;
      return {
        name,
        course: course[i % course.length],
        ingredients,
        foodIds: ingredients.map((x) => x.foodId),
        dietTags: [],
        textures: [],
        preparation: '',
        allergens: recipeAllergens(ingredients.map((x) => x.food)),
        deleted: false,
        searchPrefixes: [],
        sortName: foldName(name),
      };
    },
  );
  if (recipes.length) await Recipe.insertMany(recipes);
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'carecentre-kitchen-bench-'));
  const database = await startDatabase({ dataDir, log: () => {} });
  try {
    await connectDatabase(database.uri, `kitchen_bench_${Date.now()}`);
    const cook = await createUser(
      userCreateSchema.parse(
        buildUser({ username: 'bep', role: 'kitchen', password: 'Bench@2026x' }),
      ),
      null,
    );
    await seedKitchen([{ role: 'kitchen', _id: cook._id, fullName: cook.fullName }]);
    const app = createApp(
      loadConfig({ NODE_ENV: 'test', LOGIN_IP_LIMIT: '1000' }),
      createLogger('silent'),
    );
    const agent = request.agent(app);
    const session = await agent.get('/api/auth/session');
    const login = await agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', session.body.data.csrfToken ?? '')
      .send({ username: 'bep', password: 'Bench@2026x' });
    const csrf = login.body.data.csrfToken as string;

    const measure = async (label: string) => {
      const recipes = await Recipe.find({}).lean<RecipeDoc[]>();
      const request_ = week(recipes);
      const dishes = request_.days.reduce(
        (n, d) => n + d.meals.reduce((m, x) => m + x.dishes.length, 0),
        0,
      );
      const distinct = new Set(
        request_.days.flatMap((d) => d.meals.flatMap((m) => m.dishes.map((x) => x.recipeId))),
      ).size;
      const service = await time(() => analyse(request_));
      const http = await time(() =>
        agent.post('/api/kitchen/analysis').set('X-CSRF-Token', csrf).send(request_).expect(200),
      );
      const search = await time(() => listFoods({ q: 'thit lon', page: 1, pageSize: 25 }));
      const group = await time(() => listFoods({ group: 'vegetables', page: 1, pageSize: 25 }));
      const all = await time(() => listFoods({ page: 1, pageSize: 25 }));
      const recipeList = await time(() =>
        agent.get('/api/kitchen/recipes').query({ pageSize: 20 }).expect(200),
      );
      const foods = await Food.countDocuments();
      say(
        `${label}: ${foods} foods, ${recipes.length} recipes; week: ${dishes} dishes (${distinct} distinct)`,
      );
      return {
        label,
        foods,
        recipes: recipes.length,
        dishes,
        distinct,
        service,
        http,
        search,
        group,
        all,
        recipeList,
      };
    };

    const results = [await measure('demo centre')];
    await grow(2000, 800);
    results.push(await measure('2,000 foods, 800 recipes'));

    const ms = (x: { p50: number; p95: number }) => `${x.p50.toFixed(0)} / ${x.p95.toFixed(0)} ms`;
    const lines = [
      '# Kitchen benchmark',
      '',
      `Measured by \`npx tsx tests/bench/kitchen.ts\` on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}, embedded FerretDB on PostgreSQL, ${rounds} rounds after one warm-up; p50 / p95. A week = 7 days × 10 diet groups × 5 meals (porridge breakfast, a five-dish lunch, a drink, a four-dish dinner, a late snack), dishes drawn at random from the library. Goal: a week's analysis for all groups under 300 ms server-side.`,
      '',
      '| figure | ' + results.map((r) => r.label).join(' | ') + ' |',
      '| --- | ' + results.map(() => '---').join(' | ') + ' |',
      '| library | ' +
        results.map((r) => `${r.foods} foods, ${r.recipes} recipes`).join(' | ') +
        ' |',
      '| the week | ' +
        results.map((r) => `${r.dishes} dishes, ${r.distinct} distinct recipes`).join(' | ') +
        ' |',
      "| week's analysis, all groups (service) | " +
        results.map((r) => ms(r.service)).join(' | ') +
        ' |',
      "| week's analysis through the API (`POST /api/kitchen/analysis`) | " +
        results.map((r) => ms(r.http)).join(' | ') +
        ' |',
      '| food search "thit lon" (no accents) | ' +
        results.map((r) => ms(r.search)).join(' | ') +
        ' |',
      '| foods of one group, first page | ' + results.map((r) => ms(r.group)).join(' | ') + ' |',
      '| all foods, first page (sorted by name) | ' +
        results.map((r) => ms(r.all)).join(' | ') +
        ' |',
      '| recipes, first page through the API | ' +
        results.map((r) => ms(r.recipeList)).join(' | ') +
        ' |',
      '',
      "The analysis reads each distinct recipe of the week by `_id` (in parallel: `$in` is not pushed down by FerretDB and would read every recipe) and the settings document; recipes carry their foods' facts, so the food library's size does not enter. The month's market list belongs to the menu planner (not built yet).",
      '',
    ];
    writeFileSync(path.join(repoRoot, 'tests', 'bench', 'kitchen-results.md'), lines.join('\n'));
    say(lines.join('\n'));
  } finally {
    await mongoose.disconnect();
    await database.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
