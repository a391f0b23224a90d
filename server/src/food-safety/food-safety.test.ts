// API tests of the food-safety logs: made from the approved menu, recorded row by row under the
// version check, the sample rules refused with their own codes, the dashboard's flags, the XLSX.
import ExcelJS from 'exceljs';
import { buildResident } from '@care/shared/factories/residents';
import { demoPrices, demoRecipeInputs } from '@care/shared/factories/menus';
import { centreDay } from '@care/shared/dates';
import type { CheckRowView, FoodSafetyDayView } from '@care/shared/food-safety';
import { addDay } from '@care/shared/menus';
import { createRandom } from '@care/shared/random';
import { useTestApp, type TestClient } from '../testing/test-app';
import { ensureFoodTable } from '../kitchen/food-table';
import { Food, tableFoodId } from '../kitchen/food.model';
import { AuditEvent } from '../audit/audit-event.model';
import { FoodCheck } from './food-check.model';

const t = useTestApp();
const random = createRandom(31);
let cook: TestClient;
let manager: TestClient;
let carer: TestClient;
const ids = new Map<string, string>();
const send = (c: TestClient, method: 'put' | 'post', path: string, body: object = {}) =>
  c.agent[method](path).set('X-CSRF-Token', c.csrf).send(body);

const today = centreDay();
const tomorrow = addDay(today, 1);
let view: FoodSafetyDayView;
const row = (kind: string, meal: string | null, name?: string) =>
  view.rows.find((r) => r.kind === kind && r.meal === meal && (!name || r.name === name))!;

const receipt = {
  receivedAt: '05:30',
  quantityKg: 3.2,
  supplier: 'HTX Nông nghiệp Tân Phú',
  supplierContact: '0912 345 678',
  invoice: 'HĐ 0001234',
  certificates: 'Giấy chứng nhận VietGAP',
  sensory: 'pass',
  rapidTest: 'not_done',
  action: '',
};
const sample = (over: object = {}) => ({
  amount: 150,
  unit: 'g',
  container: 'Hộp inox có nắp',
  temperatureC: 4,
  takenAt: `${today}T10:40:00+07:00`,
  discardedAt: null,
  held: false,
  holdReason: '',
  ...over,
});

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
  const admitted = await send(
    manager,
    'post',
    '/api/residents',
    buildResident('elderly', { diets: [], texture: 'minced' }, random),
  ).expect(201);
  expect(admitted.body.data.id).toBeTruthy();
  for (const day of [today, tomorrow])
    await send(cook, 'put', `/api/menus/days/${day}`, {
      version: 0,
      entries: [
        {
          meal: 'lunch',
          group: 'elderly',
          recipeIds: ['rice', 'pork_egg', 'spinach_soup'].map((k) => ids.get(k)!),
        },
      ],
      headcounts: { elderly: 20 },
    }).expect(200);
});

describe('POST /api/food-safety/days/:day/generate', () => {
  it('refuses a draft menu, and editing a row of a day not made, writing nothing', async () => {
    const draft = await send(cook, 'post', `/api/food-safety/days/${today}/generate`).expect(409);
    expect(draft.body.error.code).toBe('food_safety_no_menu');
    const id = `${today}.sample.lunch.${ids.get('rice')}`;
    const notMade = await send(cook, 'put', `/api/food-safety/checks/${id}`, {
      kind: 'sample',
      version: 1,
      result: sample(),
    }).expect(409);
    expect(notMade.body.error.code).toBe('food_safety_not_generated');
    expect(notMade.body.error.message).toMatch(/chưa được lập/);
    expect(await FoodCheck.countDocuments({ day: today })).toBe(0);
  });

  it('makes the rows from the approved menu: foods bought, each dish three times', async () => {
    await send(manager, 'post', '/api/menus/state', {
      state: 'approved',
      days: [{ day: today, version: 1 }],
    }).expect(200);
    const before = (await cook.agent.get(`/api/food-safety/days/${today}`).expect(200)).body.data;
    expect(before.generated).toBeNull();
    expect(before.flags.map((f: { kind: string }) => f.kind)).toEqual(['not_generated']);
    view = (await send(cook, 'post', `/api/food-safety/days/${today}/generate`).expect(200)).body
      .data;
    const kinds = (k: string) => view.rows.filter((r) => r.kind === k);
    expect(kinds('receipt').length).toBeGreaterThan(3);
    expect(kinds('preparation').map((r) => r.name)).toEqual([
      'Cơm trắng',
      'Thịt lợn kho trứng',
      'Canh rau muống',
    ]);
    expect(kinds('serving')).toHaveLength(3);
    expect(kinds('sample')).toHaveLength(3);
    expect(row('sample', 'lunch', 'Canh rau muống').planned).toMatchObject({
      portions: 20,
      liquid: true,
    });
    expect(row('preparation', 'lunch', 'Thịt lợn kho trứng').planned.ingredients).toMatch(/Trứng/);
    expect(kinds('receipt').every((r) => r.planned.quantityKg! > 0)).toBe(true);
    // Making them again adds nothing.
    const again = (await send(cook, 'post', `/api/food-safety/days/${today}/generate`).expect(200))
      .body.data as FoodSafetyDayView;
    expect(again.rows.map((r) => r.id)).toEqual(view.rows.map((r) => r.id));
    expect(again.flags.some((f) => f.kind === 'sample_missing' && f.meal === 'lunch')).toBe(true);
  });

  it('makes each row once when two cooks make the same day at the same moment', async () => {
    await send(manager, 'post', '/api/menus/state', {
      state: 'approved',
      days: [{ day: tomorrow, version: 1 }],
    }).expect(200);
    const answers = await Promise.all([
      send(cook, 'post', `/api/food-safety/days/${tomorrow}/generate`),
      send(manager, 'post', `/api/food-safety/days/${tomorrow}/generate`),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const rows = await FoodCheck.find({ day: tomorrow }).lean();
    expect(rows.length).toBe(new Set(rows.map((r) => r._id)).size);
    expect(rows.length).toBe(view.rows.length);
    expect(await AuditEvent.countDocuments({ entity: 'food_safety_day', entityId: tomorrow })).toBe(
      1,
    );
  });

  it('is for the kitchen and the manager: a carer reads but cannot make or record', async () => {
    await carer.agent.get(`/api/food-safety/days/${today}`).expect(200);
    await send(carer, 'post', `/api/food-safety/days/${addDay(today, 2)}/generate`).expect(403);
  });
});

describe('PUT /api/food-safety/checks/:id', () => {
  it('records a receipt, then refuses the stale edit with 409', async () => {
    const r = row('receipt', null);
    const saved = (
      await send(cook, 'put', `/api/food-safety/checks/${r.id}`, {
        kind: 'receipt',
        version: r.version,
        result: receipt,
      }).expect(200)
    ).body.data as CheckRowView;
    expect(saved).toMatchObject({ version: r.version + 1, result: receipt });
    expect(saved.checkedBy?.id).toBe(cook.userId);
    const audit = await AuditEvent.find({ entity: 'food_check', entityId: r.id }).lean();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes.map((c) => c.field)).toEqual(['result']);
    expect(await AuditEvent.countDocuments({ entity: 'food_safety_day', entityId: today })).toBe(1);
    const stale = await send(cook, 'put', `/api/food-safety/checks/${r.id}`, {
      kind: 'receipt',
      version: r.version,
      result: { ...receipt, quantityKg: 4 },
    }).expect(409);
    expect(stale.body.error.code).toBe('stale_version');
  });

  it('lets one of two parallel edits of a row win, the other a 409', async () => {
    const r = row('serving', 'lunch', 'Cơm trắng');
    const body = (portionEndAt: string) => ({
      kind: 'serving',
      version: r.version,
      result: {
        portions: 20,
        portionEndAt,
        servingStartAt: '10:45',
        utensils: 'pass',
        sensory: 'pass',
        action: '',
      },
    });
    const answers = await Promise.all([
      send(cook, 'put', `/api/food-safety/checks/${r.id}`, body('10:20')),
      send(manager, 'put', `/api/food-safety/checks/${r.id}`, body('10:25')),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect((await FoodCheck.findById(r.id).lean())!.version).toBe(r.version + 1);
  });

  it('refuses a kind that is not the row’s and times out of order', async () => {
    const r = row('preparation', 'lunch', 'Cơm trắng');
    await send(cook, 'put', `/api/food-safety/checks/${r.id}`, {
      kind: 'receipt',
      version: r.version,
      result: receipt,
    }).expect(400);
    const order = await send(cook, 'put', `/api/food-safety/checks/${r.id}`, {
      kind: 'preparation',
      version: r.version,
      result: {
        ingredients: 'Gạo tẻ',
        portions: 20,
        prepEndAt: '09:00',
        cookEndAt: '08:30',
        hygieneStaff: 'pass',
        hygieneTools: 'pass',
        hygieneArea: 'pass',
        sensory: 'pass',
        action: '',
      },
    }).expect(400);
    expect(Object.keys(order.body.error.fields)).toEqual(['result.cookEndAt']);
    expect((await FoodCheck.findById(r.id).lean())!.result).toBeNull();
  });

  it.each([
    ['a sample under 100 g', sample({ amount: 80 }), 'sample_too_small', 'result.amount'],
    [
      'a soup under 150 ml',
      sample({ amount: 120, unit: 'ml' }),
      'sample_too_small',
      'result.amount',
    ],
    [
      'a temperature outside 2–8 °C',
      sample({ temperatureC: 10 }),
      'sample_temperature',
      'result.temperatureC',
    ],
    [
      'a discard before 24 hours',
      sample({ discardedAt: `${tomorrow}T09:00:00+07:00` }),
      'sample_discard_too_early',
      'result.discardedAt',
    ],
  ])('refuses %s with its own message, writing nothing', async (_, result, code, field) => {
    const r = row('sample', 'lunch', 'Cơm trắng');
    const answer = await send(cook, 'put', `/api/food-safety/checks/${r.id}`, {
      kind: 'sample',
      version: r.version,
      result,
    }).expect(400);
    expect(answer.body.error.code).toBe(code);
    expect(Object.keys(answer.body.error.fields)).toEqual([field]);
    expect((await FoodCheck.findById(r.id).lean())!).toMatchObject({
      result: null,
      version: r.version,
    });
  });

  it('names the 24 hours in the refusal of an early discard', async () => {
    const r = row('sample', 'lunch', 'Cơm trắng');
    const answer = await send(cook, 'put', `/api/food-safety/checks/${r.id}`, {
      kind: 'sample',
      version: r.version,
      result: sample({ discardedAt: `${tomorrow}T09:00:00+07:00` }),
    }).set('Accept-Language', 'en');
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/24 giờ|24 hours/);
  });

  it('keeps a sample, holds it (with a reason) and refuses its discard until released', async () => {
    const r = row('sample', 'lunch', 'Thịt lợn kho trứng');
    let v = (
      await send(cook, 'put', `/api/food-safety/checks/${r.id}`, {
        kind: 'sample',
        version: r.version,
        result: sample(),
      }).expect(200)
    ).body.data as CheckRowView;
    expect(v.takenBy?.id).toBe(cook.userId);
    const noReason = await send(cook, 'put', `/api/food-safety/checks/${r.id}`, {
      kind: 'sample',
      version: v.version,
      result: sample({ held: true }),
    }).expect(400);
    expect(noReason.body.error.fields).toEqual({ 'result.holdReason': expect.any(String) });
    v = (
      await send(manager, 'put', `/api/food-safety/checks/${r.id}`, {
        kind: 'sample',
        version: v.version,
        result: sample({ held: true, holdReason: 'Hai người ăn bị đau bụng' }),
      }).expect(200)
    ).body.data;
    const later = `${addDay(today, 2)}T11:00:00+07:00`;
    const held = await send(cook, 'put', `/api/food-safety/checks/${r.id}`, {
      kind: 'sample',
      version: v.version,
      result: sample({ held: true, holdReason: 'Hai người ăn bị đau bụng', discardedAt: later }),
    }).expect(409);
    expect(held.body.error.code).toBe('sample_held');
    v = (
      await send(manager, 'put', `/api/food-safety/checks/${r.id}`, {
        kind: 'sample',
        version: v.version,
        result: sample({ holdReason: 'Đã loại trừ ngộ độc thực phẩm' }),
      }).expect(200)
    ).body.data;
    v = (
      await send(cook, 'put', `/api/food-safety/checks/${r.id}`, {
        kind: 'sample',
        version: v.version,
        result: sample({ holdReason: 'Đã loại trừ ngộ độc thực phẩm', discardedAt: later }),
      }).expect(200)
    ).body.data;
    expect(v.discardedBy?.id).toBe(cook.userId);
    expect(v.takenBy?.id).toBe(cook.userId);
  });
});

describe('GET /api/food-safety/dashboard', () => {
  it('shows today’s headcount, the special diets and the open logs, lunch closing when recorded', async () => {
    const dash = (await cook.agent.get('/api/food-safety/dashboard').expect(200)).body.data;
    expect(dash.headcounts).toContainEqual({ group: 'elderly', count: 20 });
    expect(dash.special[0]).toMatchObject({ texture: 'minced' });
    expect(Object.keys(dash.special[0]).sort()).toEqual(
      ['allergies', 'away', 'diets', 'fullName', 'group', 'id', 'room', 'texture'].sort(),
    );
    expect(dash.flags.some((f: { meal: string }) => f.meal === 'lunch')).toBe(true);
    // Record every open row of the day.
    const fresh = (await cook.agent.get(`/api/food-safety/days/${today}`).expect(200)).body
      .data as FoodSafetyDayView;
    for (const r of fresh.rows.filter((x) => x.result === null)) {
      const result =
        r.kind === 'receipt'
          ? receipt
          : r.kind === 'preparation'
            ? {
                ingredients: r.planned.ingredients,
                portions: 20,
                prepEndAt: '08:00',
                cookEndAt: '09:30',
                hygieneStaff: 'pass',
                hygieneTools: 'pass',
                hygieneArea: 'pass',
                sensory: 'pass',
                action: '',
              }
            : r.kind === 'serving'
              ? {
                  portions: 20,
                  portionEndAt: '10:15',
                  servingStartAt: '10:30',
                  utensils: 'pass',
                  sensory: 'pass',
                  action: '',
                }
              : sample({ unit: r.planned.liquid ? 'ml' : 'g' });
      await send(cook, 'put', `/api/food-safety/checks/${r.id}`, {
        kind: r.kind,
        version: r.version,
        result,
      }).expect(200);
    }
    const after = (await cook.agent.get('/api/food-safety/dashboard').expect(200)).body.data;
    expect(after.flags).toEqual([]);
  });
});

describe('GET /api/food-safety/days/:day/xlsx', () => {
  it('exports the four forms, each row under the form’s columns', async () => {
    const res = await cook.agent
      .get(`/api/food-safety/days/${today}/xlsx`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Mẫu 1 - Bước 1',
      'Mẫu 2 - Bước 2',
      'Mẫu 3 - Bước 3',
      'Mẫu 5 - Lưu mẫu',
    ]);
    const samples = book.getWorksheet('Mẫu 5 - Lưu mẫu')!;
    expect(samples.getRow(4).getCell(2).value).toBe('Tên mẫu thức ăn');
    expect(samples.getRow(5).getCell(2).value).toBe('Cơm trắng');
    expect(samples.getRow(5).getCell(5).value).toBe('150 g');
  });
});
