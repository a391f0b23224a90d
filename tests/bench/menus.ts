// Menu benchmark (not part of `npm test`): the month's market list and a week's analysis for all
// diet groups, on the demo centre and again with a library of 2,000 foods and 800 recipes, each
// timed through the services the API routes call (server side). Writes tests/bench/menus-results.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { centreDay } from '@care/shared/dates';
import { dietGroupIds } from '@care/shared/diet-groups';
import { foodGroups } from '@care/shared/foods';
import { addDay, daysOf, mondayOf } from '@care/shared/menus';
import { meals } from '@care/shared/nutrition';
import { courses, recipeAllergens } from '@care/shared/recipes';
import { createRandom } from '@care/shared/random';
import { startDatabase } from '@care/server/platform/database/launcher';
import { connectDatabase } from '@care/server/platform/db';
import { Food, type FoodDoc } from '@care/server/kitchen/food.model';
import { foodSnapshot } from '@care/server/kitchen/recipe-foods';
import { Recipe } from '@care/server/kitchen/recipe.model';
import { MenuDay } from '@care/server/menus/menu-day.model';
import { readMarketList, readProduction } from '@care/server/menus/market.service';
import { plannerAnalysis } from '@care/server/menus/planner-analysis.service';
import { menuConflicts } from '@care/server/menus/conflicts.service';
import { reseed } from '@care/seed/seed-centre';

const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const say = (line: string) => process.stdout.write(line + '\n');

async function time(fn: () => Promise<unknown>) {
  const ms: number[] = [];
  await fn(); // warm-up
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

const monthRange = (day: string) => {
  const month = day.slice(0, 7);
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: `${month}-${new Date(Date.UTC(y, m, 0)).getUTCDate()}` };
};

async function measure(label: string) {
  const today = centreDay();
  const week = mondayOf(today);
  const { from, to } = monthRange(today);
  const rows = [
    [
      `${label}: a week's analysis, all groups (+ the month's cost)`,
      await time(() => plannerAnalysis(week)),
    ],
    [`${label}: the month's market list`, await time(() => readMarketList(from, to))],
    [`${label}: the month's production sheet`, await time(() => readProduction(from, to))],
    [`${label}: a week's conflicts`, await time(() => menuConflicts(week, addDay(week, 6)))],
  ] as const;
  for (const [name, r] of rows)
    say(`  ${name}: p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms`);
  return rows;
}

/** Grows the library to 2,000 foods and 800 recipes and plans the month from the big library. */
async function growLibrary() {
  const random = createRandom(2000);
  const tableFoods = await Food.find({}).lean();
  const extra = 2000 - tableFoods.length;
  await Food.insertMany(
    Array.from({ length: extra }, (_, i) => {
      const base = tableFoods[i % tableFoods.length]!;
      return {
        ...base,
        _id: new mongoose.Types.ObjectId(),
        code: null,
        source: 'centre',
        name: `${base.name} (bếp ${i + 1})`,
        group: foodGroups[i % foodGroups.length],
        pricePerKg: 10_000 + ((i * 7919) % 200_000),
        searchPrefixes: [],
        sortName: `${base.sortName} bep ${i + 1}`,
        version: 0,
      };
    }),
  );
  const foods = await Food.find({}).lean<FoodDoc[]>();
  const existing = await Recipe.countDocuments({});
  await Recipe.insertMany(
    Array.from({ length: 800 - existing }, (_, i) => {
      // Each ingredient carries its food's facts, as the recipes service stores them.
      const ingredients = random.helpers.arrayElements(foods, { min: 4, max: 10 }).map((f) => ({
        foodId: f._id.toString(),
        grams: random.number.int({ min: 5, max: 150 }),
        byGroup: {},
        food: foodSnapshot(f),
      }));
      return {
        name: `Món thử ${i + 1}`,
        course: courses[i % courses.length],
        ingredients,
        foodIds: ingredients.map((x) => x.foodId),
        dietTags: [],
        textures: [],
        allergens: recipeAllergens(ingredients.map((x) => x.food)),
        sortName: `mon thu ${i + 1}`,
        searchPrefixes: [],
      };
    }),
  );
  const recipes = (await Recipe.find({}).select({ _id: 1 }).lean()).map((r) => r._id.toString());
  const { from, to } = monthRange(centreDay());
  const week = mondayOf(centreDay());
  // Every day of the month and of this week: 5 meals × 10 groups × 5 dishes from the big library.
  for (const day of new Set([...daysOf(from, to), ...daysOf(week, addDay(week, 6))])) {
    const entries = meals.flatMap((meal) =>
      dietGroupIds.map((group) => ({
        meal,
        group,
        recipeIds: random.helpers.arrayElements(recipes, 5),
      })),
    );
    await MenuDay.updateOne(
      { _id: day },
      { $set: { entries, day, month: day.slice(0, 7), state: 'draft' } },
      { upsert: true },
    );
  }
  return { foods: await Food.countDocuments({}), recipes: await Recipe.countDocuments({}) };
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'carecentre-menus-bench-'));
  const database = await startDatabase({ dataDir, engine: 'postgresql', log: say });
  try {
    await connectDatabase(database.uri, `menus_bench_${Date.now()}`);
    say('▶ building the demo centre');
    await reseed();
    const demoFoods = await Food.countDocuments({});
    const demoRecipes = await Recipe.countDocuments({});
    say(`▶ demo centre: ${demoFoods} foods, ${demoRecipes} recipes`);
    const demo = await measure('demo centre');
    say('▶ growing the library');
    const big = await growLibrary();
    say(`▶ ${big.foods} foods, ${big.recipes} recipes`);
    const large = await measure(`${big.foods} foods, ${big.recipes} recipes`);
    const lines = [
      '# Menu benchmark',
      '',
      `Measured by \`npx tsx tests/bench/menus.ts\` on ${centreDay()}, ${cpus().length} cores, Node ${process.version}, embedded FerretDB on PostgreSQL; ${rounds} rounds after one warm-up, timed around the service each route calls (server side, no HTTP). Goal: under 300 ms.`,
      '',
      `Demo centre: ${demoFoods} foods, ${demoRecipes} recipes, the 4-week cycle on this month and next (10 groups, 5 meals). Large library: ${big.foods} foods, ${big.recipes} recipes, every day of the month planned with 5 dishes per meal per group drawn from all of them.`,
      '',
      '| figure | p50 | p95 |',
      '| --- | --- | --- |',
      ...[...demo, ...large].map(
        ([n, r]) => `| ${n} | ${r.p50.toFixed(0)} ms | ${r.p95.toFixed(0)} ms |`,
      ),
      '',
    ];
    writeFileSync(path.join(__dirname, 'menus-results.md'), lines.join('\n'));
    await mongoose.connection.dropDatabase();
  } finally {
    await mongoose.disconnect();
    await database.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
