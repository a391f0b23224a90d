import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useTestApp, type TestClient } from '../testing/test-app';
import { repoRoot } from '../platform/paths';
import { AuditEvent } from '../audit/audit-event.model';
import { ensureFoodTable } from './food-table';
import { Food, tableFoodId } from './food.model';

const t = useTestApp();
let cook: TestClient;
let carer: TestClient;
beforeAll(async () => {
  await ensureFoodTable();
  cook = await t.signedIn('kitchen');
  carer = await t.signedIn('carer');
});

const csvRows = () => {
  const [header, ...lines] = readFileSync(
    path.join(repoRoot, 'shared', 'data', 'vn-food-composition-2007.csv'),
    'utf8',
  )
    .trim()
    .split('\n');
  expect(header!.startsWith('code,name_vi')).toBe(true);
  return lines.map((l) => ({ code: l.split(',')[0]!, line: l }));
};

describe('the 2007 table in the library', () => {
  it('loads all 526 rows with their codes and the values of the CSV, once however often it runs', async () => {
    expect(await ensureFoodTable()).toBe(0);
    await Promise.all([ensureFoodTable(), ensureFoodTable()]);
    const docs = await Food.find({ source: 'table2007' }).lean();
    expect(docs).toHaveLength(526);
    const codes = new Set(docs.map((d) => d.code));
    for (const { code } of csvRows()) expect(codes.has(code)).toBe(true);
    // Every numeric cell of every row equals the stored value (an empty cell is null).
    const columns = {
      inedible_pct: (d: (typeof docs)[number]) => d.inediblePct,
      energy_kcal: (d: (typeof docs)[number]) => d.nutrients!.energyKcal,
      protein_g: (d: (typeof docs)[number]) => d.nutrients!.protein,
      fat_g: (d: (typeof docs)[number]) => d.nutrients!.lipid,
      carbohydrate_g: (d: (typeof docs)[number]) => d.nutrients!.glucid,
      fiber_g: (d: (typeof docs)[number]) => d.nutrients!.fibre,
      calcium_mg: (d: (typeof docs)[number]) => d.nutrients!.calcium,
      iron_mg: (d: (typeof docs)[number]) => d.nutrients!.iron,
      vitamin_a_mcg: (d: (typeof docs)[number]) => d.nutrients!.vitaminA,
      vitamin_c_mg: (d: (typeof docs)[number]) => d.nutrients!.vitaminC,
    };
    const { parseFoodTable } = await import('@care/shared/foods');
    const rows = parseFoodTable(
      readFileSync(path.join(repoRoot, 'shared', 'data', 'vn-food-composition-2007.csv'), 'utf8'),
    );
    const byCode = new Map(docs.map((d) => [d.code, d]));
    let compared = 0;
    for (const row of rows) {
      const doc = byCode.get(row.code!)!;
      expect(doc.name).toBe(row.name_vi);
      for (const [column, get] of Object.entries(columns)) {
        const cell = row[column]!;
        const expected = cell === '' ? (column === 'inedible_pct' ? 0 : null) : Number(cell);
        expect({ code: row.code, column, value: get(doc) }).toEqual({
          code: row.code,
          column,
          value: expected,
        });
        compared++;
      }
    }
    expect(compared).toBe(5260);
    expect(byCode.get('7017')!.nutrients).toMatchObject({ energyKcal: 139, protein: 19, lipid: 7 });
  });
});

describe('GET /api/kitchen/foods', () => {
  it('finds a food typed without diacritics, the accented match first', async () => {
    const res = await carer.agent
      .get('/api/kitchen/foods')
      .query({ q: 'thit lon nac' })
      .expect(200);
    expect(res.body.data[0]).toMatchObject({ code: '7017', name: 'Thịt lợn nạc', group: 'meat' });
    const accented = await carer.agent
      .get('/api/kitchen/foods')
      .query({ q: 'đậu phụ' })
      .expect(200);
    expect(accented.body.data[0].name).toBe('Đậu phụ');
    const byCode = await carer.agent.get('/api/kitchen/foods').query({ q: '9001' }).expect(200);
    expect(byCode.body.data.map((f: { code: string }) => f.code)).toEqual(['9001']);
  });

  it('filters by group and pages with a total', async () => {
    const first = await carer.agent
      .get('/api/kitchen/foods')
      .query({ group: 'milk', pageSize: 5 })
      .expect(200);
    expect(first.body.page).toEqual({ page: 1, pageSize: 5, total: 9 });
    expect(first.body.data.every((f: { group: string }) => f.group === 'milk')).toBe(true);
    const second = await carer.agent
      .get('/api/kitchen/foods')
      .query({ group: 'milk', pageSize: 5, page: 2 })
      .expect(200);
    expect(second.body.data).toHaveLength(4);
  });

  it('is closed to the administrator', async () => {
    const admin = await t.signedIn('admin');
    await admin.agent.get('/api/kitchen/foods').expect(403);
  });
});

describe('writing foods', () => {
  const own = {
    name: 'Rau ngót nhà trồng',
    group: 'vegetables',
    inediblePct: 30,
    nutrients: { energyKcal: 35, protein: 5.3, lipid: 0, glucid: 3.4 },
    pricePerKg: 15000,
  };

  it('adds an own food, prices a table food, and refuses changing what the table printed', async () => {
    const created = await cook.agent
      .post('/api/kitchen/foods')
      .set('X-CSRF-Token', cook.csrf)
      .send(own)
      .expect(201);
    expect(created.body.data).toMatchObject({ source: 'centre', code: null, pricePerKg: 15000 });
    const found = await cook.agent
      .get('/api/kitchen/foods')
      .query({ q: 'rau ngot nha' })
      .expect(200);
    expect(found.body.data[0].id).toBe(created.body.data.id);

    const pork = tableFoodId('7017').toString();
    const priced = await cook.agent
      .patch(`/api/kitchen/foods/${pork}`)
      .set('X-CSRF-Token', cook.csrf)
      .send({ version: 0, pricePerKg: 140000 })
      .expect(200);
    expect(priced.body.data).toMatchObject({ pricePerKg: 140000, version: 1 });
    const locked = await cook.agent
      .patch(`/api/kitchen/foods/${pork}`)
      .set('X-CSRF-Token', cook.csrf)
      .send({ version: 1, nutrients: { ...priced.body.data.nutrients, protein: 30 } })
      .expect(409);
    expect(locked.body.error.code).toBe('reference_food_locked');
    expect((await Food.findById(pork).lean())!.nutrients!.protein).toBe(19);
    expect(await AuditEvent.countDocuments({ entity: 'food', entityId: pork })).toBe(1);
  });

  it('refuses negative and absurd values, naming each field, and writes nothing', async () => {
    const before = await Food.countDocuments();
    const res = await cook.agent
      .post('/api/kitchen/foods')
      .set('X-CSRF-Token', cook.csrf)
      .send({
        ...own,
        inediblePct: -5,
        nutrients: { energyKcal: 5000, protein: -1 },
        pricePerKg: 1e9,
      })
      .expect(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'inediblePct',
      'nutrients.energyKcal',
      'nutrients.protein',
      'pricePerKg',
    ]);
    expect(await Food.countDocuments()).toBe(before);
  });

  it('lets one of twenty parallel price edits win; the others are told the food changed', async () => {
    const egg = tableFoodId('9001').toString();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        cook.agent
          .patch(`/api/kitchen/foods/${egg}`)
          .set('X-CSRF-Token', cook.csrf)
          .send({ version: 0, pricePerKg: 40000 + i }),
      ),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(19);
    expect(answers.find((r) => r.status === 409)!.body.error.code).toBe('stale_version');
    expect((await Food.findById(egg).lean())!.version).toBe(1);
  });

  it('keeps carers from changing foods', async () => {
    await carer.agent
      .post('/api/kitchen/foods')
      .set('X-CSRF-Token', carer.csrf)
      .send(own)
      .expect(403);
  });
});
