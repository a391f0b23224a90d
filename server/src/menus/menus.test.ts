import ExcelJS from 'exceljs';
import { buildResident } from '@care/shared/factories/residents';
import { demoCycleDays, demoPrices, demoRecipeInputs } from '@care/shared/factories/menus';
import { centreDay } from '@care/shared/dates';
import { addDay, menuCycleCreateSchema, mondayOf } from '@care/shared/menus';
import { createRandom } from '@care/shared/random';
import { useTestApp, type TestClient } from '../testing/test-app';
import { ensureFoodTable } from '../kitchen/food-table';
import { Food, tableFoodId } from '../kitchen/food.model';
import { MenuDay } from './menu-day.model';
import { createCycle, presentCycle } from './cycles.service';

const t = useTestApp();
const random = createRandom(21);
let cook: TestClient;
let manager: TestClient;
let carer: TestClient;
const ids = new Map<string, string>();
const send = (c: TestClient, method: 'put' | 'post', path: string, body: object) =>
  c.agent[method](path).set('X-CSRF-Token', c.csrf).send(body);

const today = centreDay();
const nextMonday = addDay(mondayOf(today), 7);
let shrimpAllergic: string;
let minced: string;
let absent: string;

beforeAll(async () => {
  await ensureFoodTable();
  await Promise.all(
    Object.entries(demoPrices).map(([code, price]) =>
      Food.updateOne({ _id: tableFoodId(code) }, { $set: { pricePerKg: price } }),
    ),
  );
  cook = await t.signedIn('kitchen');
  manager = await t.signedIn('manager');
  carer = await t.signedIn('carer');
  for (const { key, ...input } of demoRecipeInputs())
    ids.set(
      key,
      (await send(cook, 'post', '/api/kitchen/recipes', input).expect(201)).body.data.id,
    );
  const admit = async (body: object) =>
    (await send(manager, 'post', '/api/residents', body).expect(201)).body.data as {
      id: string;
      version: number;
    };
  const a = await admit(buildResident('elderly', { diets: [], texture: 'regular' }, random));
  shrimpAllergic = a.id;
  await send(manager, 'put', `/api/residents/${a.id}/health`, {
    version: 0,
    conditions: [],
    allergies: [{ substance: 'Tôm', severity: 'severe', reaction: 'Nổi mề đay' }],
    medications: [],
    vaccinations: [],
  }).expect(200);
  minced = (await admit(buildResident('elderly', { diets: [], texture: 'minced' }, random))).id;
  const c = await admit(buildResident('elderly', { diets: [], texture: 'regular' }, random));
  absent = c.id;
  await send(manager, 'post', `/api/residents/${c.id}/absences`, {
    version: c.version,
    kind: 'hospital',
    from: today,
    expectedReturn: addDay(today, 5),
  }).expect(200);
});

const lunch = (...keys: string[]) => ({
  meal: 'lunch',
  group: 'elderly',
  recipeIds: keys.map((k) => ids.get(k)!),
});

describe('menu days', () => {
  const day = addDay(nextMonday, 1);
  it('saves a day by date, then refuses a stale edit with 409', async () => {
    const saved = await send(cook, 'put', `/api/menus/days/${day}`, {
      version: 0,
      entries: [lunch('rice', 'pork_egg', 'spinach_soup')],
    }).expect(200);
    expect(saved.body.data).toMatchObject({ day, state: 'draft', version: 1 });
    expect(saved.body.data.entries[0].dishes.map((d: { name: string }) => d.name)).toEqual([
      'Cơm trắng',
      'Thịt lợn kho trứng',
      'Canh rau muống',
    ]);
    const stored = await MenuDay.findById(day).lean();
    expect(stored).toMatchObject({ day, month: day.slice(0, 7) });
    const stale = await send(cook, 'put', `/api/menus/days/${day}`, {
      version: 0,
      note: 'x',
    }).expect(409);
    expect(stale.body.error.code).toBe('stale_version');
  });

  it('counts the residents present (not the one in hospital) and takes typed headcounts', async () => {
    const week = (await carer.agent.get(`/api/menus/weeks/${day}`).expect(200)).body.data;
    expect(week.weekStart).toBe(nextMonday);
    expect(week.days).toHaveLength(7);
    const elderly = week.days[1].headcounts.find((h: { group: string }) => h.group === 'elderly');
    // Two elderly present (one in hospital); the minced one is in the soft group.
    expect(elderly).toEqual({ group: 'elderly', present: 1, count: 1, edited: false });
    const edited = await send(cook, 'put', `/api/menus/days/${day}`, {
      version: 1,
      headcounts: { elderly: 12 },
    }).expect(200);
    expect(
      edited.body.data.headcounts.find((h: { group: string }) => h.group === 'elderly'),
    ).toEqual({ group: 'elderly', present: 1, count: 12, edited: true });
    expect(absent).toBeTruthy();
  });

  it('refuses unknown or deleted dishes and negative headcounts, writing nothing', async () => {
    const before = await MenuDay.findById(day).lean();
    const unknown = await send(cook, 'put', `/api/menus/days/${day}`, {
      version: before!.version,
      entries: [{ meal: 'lunch', group: 'elderly', recipeIds: ['b'.repeat(24)] }],
    }).expect(400);
    expect(unknown.body.error.fields).toEqual({ 'entries.0.recipeIds.0': expect.any(String) });
    const gone = (
      await send(cook, 'post', '/api/kitchen/recipes', {
        name: 'Món thử xoá',
        course: 'main',
        ingredients: [{ foodId: tableFoodId('7017').toString(), grams: 50 }],
      }).expect(201)
    ).body.data;
    await cook.agent
      .delete(`/api/kitchen/recipes/${gone.id}`)
      .set('X-CSRF-Token', cook.csrf)
      .send({ version: gone.version })
      .expect((r) => expect(r.status).toBeLessThan(300));
    const deleted = await send(cook, 'put', `/api/menus/days/${day}`, {
      version: before!.version,
      entries: [{ meal: 'lunch', group: 'elderly', recipeIds: [gone.id] }],
    }).expect(400);
    expect(deleted.body.error.fields['entries.0.recipeIds.0']).toMatch(/xoá|deleted/);
    await send(cook, 'put', `/api/menus/days/${day}`, {
      version: before!.version,
      headcounts: { elderly: -3 },
    }).expect(400);
    await send(cook, 'put', '/api/menus/days/2026-02-30', { version: 0 }).expect(400);
    await send(carer, 'put', `/api/menus/days/${day}`, { version: before!.version }).expect(403);
    expect(await MenuDay.findById(day).lean()).toEqual(before);
  });

  it('lets one of ten parallel edits of a day win; the others get 409', async () => {
    const v = (await MenuDay.findById(day).lean())!.version;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        send(cook, 'put', `/api/menus/days/${day}`, { version: v, note: `n${i}` }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(9);
    expect((await MenuDay.findById(day).lean())!.version).toBe(v + 1);
  });
});

describe('copy, approve, lock', () => {
  it('copies a day and a week, approves, and locks only approved days once served', async () => {
    const from = addDay(nextMonday, 1);
    await send(cook, 'post', '/api/menus/copy', {
      kind: 'day',
      from,
      to: addDay(nextMonday, 2),
    }).expect(200);
    const copied = await MenuDay.findById(addDay(nextMonday, 2)).lean();
    expect(copied!.entries).toEqual((await MenuDay.findById(from).lean())!.entries);
    const week = await send(cook, 'post', '/api/menus/copy', {
      kind: 'week',
      from: nextMonday,
      to: addDay(nextMonday, 7),
    }).expect(200);
    expect(week.body.data.written).toHaveLength(7);
    expect((await MenuDay.findById(addDay(nextMonday, 8)).lean())!.entries).toHaveLength(1);

    const past = addDay(today, -1);
    const saved = await send(cook, 'put', `/api/menus/days/${past}`, {
      version: 0,
      entries: [lunch('rice', 'chicken')],
    }).expect(200);
    const early = await send(cook, 'post', '/api/menus/state', {
      state: 'locked',
      days: [{ day: past, version: 1 }],
    }).expect(409);
    expect(early.body.error.code).toBe('menu_not_approved');
    await send(carer, 'post', '/api/menus/state', {
      state: 'approved',
      days: [{ day: past, version: 1 }],
    }).expect(403);
    const approved = await send(manager, 'post', '/api/menus/state', {
      state: 'approved',
      days: [{ day: past, version: saved.body.data.version }],
    }).expect(200);
    expect(approved.body.data[0]).toMatchObject({ state: 'approved', version: 2 });
    const future = addDay(nextMonday, 1);
    const fv = (await MenuDay.findById(future).lean())!.version;
    await send(cook, 'post', '/api/menus/state', {
      state: 'approved',
      days: [{ day: future, version: fv }],
    }).expect(200);
    const notServed = await send(cook, 'post', '/api/menus/state', {
      state: 'locked',
      days: [{ day: future, version: fv + 1 }],
    }).expect(409);
    expect(notServed.body.error.code).toBe('menu_not_served');
    await send(cook, 'post', '/api/menus/state', {
      state: 'locked',
      days: [{ day: past, version: 2 }],
    }).expect(200);

    const locked = await send(cook, 'put', `/api/menus/days/${past}`, {
      version: 3,
      note: 'late change',
    }).expect(409);
    expect(locked.body.error.code).toBe('menu_locked');
    expect(locked.body.error.fields).toEqual({ [past]: expect.any(String) });
    const onto = await send(cook, 'post', '/api/menus/copy', {
      kind: 'day',
      from: future,
      to: past,
    }).expect(409);
    expect(onto.body.error.code).toBe('menu_locked');
    expect((await MenuDay.findById(past).lean())!.version).toBe(3);
  });
});

describe('cycles', () => {
  it('applies a 4-week cycle to a range, leaving holidays out, and refuses too long a range', async () => {
    // A whole 4-week cycle for ten groups is over the API's 100 kB body limit: it is made from
    // planned weeks (below) or, here, through the service the route calls.
    const cycle = presentCycle(
      await createCycle(
        menuCycleCreateSchema.parse({
          name: 'Chu kỳ 4 tuần',
          weeks: 4,
          days: demoCycleDays(4, ids),
        }),
        { id: cook.userId!, fullName: 'Bếp trưởng' },
      ),
    );
    expect(cycle.days).toHaveLength(28);
    const fromPlanned = await send(cook, 'post', '/api/menus/cycles', {
      name: 'Từ tuần đã lập',
      weeks: 1,
      fromWeek: nextMonday,
    }).expect(201);
    expect(fromPlanned.body.data.days).toHaveLength(7);
    expect(fromPlanned.body.data.days[1].entries).toEqual(
      (await MenuDay.findById(addDay(nextMonday, 1)).lean())!.entries,
    );
    const from = addDay(nextMonday, 14);
    const to = addDay(from, 27);
    const holiday = addDay(from, 3);
    const applied = await send(cook, 'post', `/api/menus/cycles/${cycle.id}/apply`, {
      from,
      to,
      holidays: [holiday],
    }).expect(200);
    expect(applied.body.data.written).toHaveLength(27);
    expect(applied.body.data.skipped).toEqual([holiday]);
    expect(await MenuDay.findById(holiday).lean()).toBeNull();
    const first = (await MenuDay.findById(from).lean())!;
    expect(first.entries.length).toBeGreaterThan(30);
    const long = await send(cook, 'post', `/api/menus/cycles/${cycle.id}/apply`, {
      from,
      to: addDay(from, 70),
    }).expect(400);
    expect(long.body.error.fields.to).toMatch(/62/);
    await send(cook, 'post', '/api/menus/cycles', {
      name: 'Sai',
      weeks: 1,
      days: [{ week: 1, weekday: 1, entries: [lunch('rice'), lunch('tofu')] }],
    }).expect(400);
  });
});

describe('analysis, conflicts, production and market list', () => {
  const from = addDay(nextMonday, 14);
  it('analyses a week per group with flags and the month’s running cost', async () => {
    const res = await carer.agent.get(`/api/menus/analysis/${from}`).expect(200);
    const elderly = res.body.data.groups.find((g: { group: string }) => g.group === 'elderly');
    // The holiday (Thursday) has no menu.
    expect(elderly.days).toHaveLength(6);
    expect(elderly.weeks[0].weekStart).toBe(from);
    // The demo cycle gives the elderly a light Wednesday dinner: protein is flagged under.
    const wednesday = elderly.days.find((d: { day: string }) => d.day === addDay(from, 2));
    expect(wednesday.flags).toContainEqual(
      expect.objectContaining({ kind: 'protein', status: 'under' }),
    );
    const month = res.body.data.month;
    expect(month.days.length).toBeGreaterThan(0);
    const last = month.days.at(-1);
    expect(last.runningCost).toBe(month.cost);
  });

  it('lists residents who must not eat a dish, with the reason and an alternative, and meal facts only', async () => {
    const res = await carer.agent
      .get('/api/menus/conflicts')
      .query({ from, to: addDay(from, 6) })
      .expect(200);
    const mine = res.body.data.conflicts.filter(
      (c: { resident: { id: string } }) => c.resident.id === shrimpAllergic,
    );
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c: { dish: { name: string } }) => c.dish.name === 'Tôm rim')).toBe(true);
    expect(mine[0].reasons[0]).toMatchObject({
      kind: 'allergy',
      substance: 'Tôm',
      allergen: 'shellfish',
    });
    expect(mine[0].alternative).toMatchObject({ kind: 'dish' });
    expect(Object.keys(mine[0].resident).sort()).toEqual(
      ['allergies', 'diets', 'fullName', 'group', 'id', 'room', 'texture'].sort(),
    );
    const mincedOnes = res.body.data.conflicts.filter(
      (c: { resident: { id: string } }) => c.resident.id === minced,
    );
    expect(
      mincedOnes.some(
        (c: { alternative: { kind: string } | null }) => c.alternative?.kind === 'texture_variant',
      ),
    ).toBe(true);
    expect(
      res.body.data.conflicts.some((c: { resident: { id: string } }) => c.resident.id === absent),
    ).toBe(false);
  });

  it('gives the production sheet and the priced market list, and the same as XLSX', async () => {
    const range = { from, to: addDay(from, 6) };
    const prod = (await carer.agent.get('/api/menus/production').query(range).expect(200)).body
      .data;
    expect(prod.days).toHaveLength(7);
    const market = (await carer.agent.get('/api/menus/market-list').query(range).expect(200)).body
      .data;
    const rice = market.groups
      .find((g: { group: string }) => g.group === 'cereals')
      .lines.find((l: { name: string }) => l.name === 'Gạo tẻ máy');
    expect(rice.purchasedGrams).toBe(rice.edibleGrams);
    expect(rice.cost).toBe(Math.round((rice.purchasedGrams * 18000) / 1000));
    const fish = market.groups
      .find((g: { group: string }) => g.group === 'fish')
      .lines.find((l: { name: string }) => l.name === 'Cá rô phi');
    expect(fish.purchasedGrams).toBeCloseTo(fish.edibleGrams / (1 - fish.inediblePct / 100), 0);
    expect(market.cost).toBe(
      market.groups.reduce((s: number, g: { cost: number }) => s + g.cost, 0),
    );

    const xlsx = await carer.agent
      .get('/api/menus/market-list.xlsx')
      .query(range)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    const sheet = book.getWorksheet('Danh sách đi chợ')!;
    const names = sheet.getColumn(1).values;
    expect(names).toContain('Gạo tẻ máy');
    const total = sheet.getRow(sheet.rowCount).values as unknown[];
    expect(total[1]).toBe('Tổng cộng');
    expect(total[6]).toBe(market.cost);
    expect(book.getWorksheet('Bảng chia suất')!.rowCount).toBeGreaterThan(10);

    const bad = await carer.agent
      .get('/api/menus/market-list')
      .query({ from, to: addDay(from, 90) })
      .expect(400);
    expect(bad.body.error.fields.to).toBeTruthy();
  });
});
