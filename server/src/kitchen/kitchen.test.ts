import { buildResident } from '@care/shared/factories/residents';
import { defaultKitchenSettings } from '@care/shared/diet-groups';
import { createRandom } from '@care/shared/random';
import { useTestApp, type TestClient } from '../testing/test-app';
import { ensureFoodTable } from './food-table';
import { Food, tableFoodId } from './food.model';
import { KitchenSettingsModel } from './kitchen-settings.model';

const t = useTestApp();
const random = createRandom(10);
let cook: TestClient;
let manager: TestClient;
let carer: TestClient;
const id = (code: string) => tableFoodId(code).toString();
beforeAll(async () => {
  await ensureFoodTable();
  cook = await t.signedIn('kitchen');
  manager = await t.signedIn('manager');
  carer = await t.signedIn('carer');
});
const send = (c: TestClient, method: 'put' | 'post', path: string, body: object) =>
  c.agent[method](path).set('X-CSRF-Token', c.csrf).send(body);

describe('diet groups and allowance settings', () => {
  it('are prefilled from the 2016 intakes and Decree 20 × 500,000 đ, and edited under a version check', async () => {
    const got = (await carer.agent.get('/api/kitchen/settings').expect(200)).body.data;
    expect(got).toMatchObject({ standardLevel: 500000, daysPerMonth: 30, version: 0 });
    expect(got.groups.map((g: { id: string }) => g.id)).toEqual(
      defaultKitchenSettings.groups.map((g) => g.id),
    );
    const groups = got.groups.map((g: { id: string; proteinG: number }) =>
      g.id === 'elderly' ? { ...g, proteinG: 65 } : g,
    );
    const { version, ...settings } = got;
    const saved = await send(cook, 'put', '/api/kitchen/settings', {
      ...settings,
      groups,
      version,
    }).expect(200);
    expect(saved.body.data.groups.find((g: { id: string }) => g.id === 'elderly').proteinG).toBe(
      65,
    );
    const stale = await send(manager, 'put', '/api/kitchen/settings', {
      ...settings,
      version,
    }).expect(409);
    expect(stale.body.error.code).toBe('stale_version');
    await send(carer, 'put', '/api/kitchen/settings', { ...settings, version: 1 }).expect(403);
  });

  it('refuses an inverted range and absurd targets, writing nothing', async () => {
    const before = await KitchenSettingsModel.findById('kitchen').lean();
    const { version, ...settings } = (await cook.agent.get('/api/kitchen/settings')).body.data;
    const groups = settings.groups.map((g: { id: string }) =>
      g.id === 'adult' ? { ...g, lipidPct: [30, 20], energyKcal: 90000 } : g,
    );
    const res = await send(cook, 'put', '/api/kitchen/settings', {
      ...settings,
      groups,
      standardLevel: -1,
      version,
    }).expect(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'groups.5.energyKcal',
      'groups.5.lipidPct',
      'standardLevel',
    ]);
    expect((await KitchenSettingsModel.findById('kitchen').lean())!.version).toBe(before!.version);
  });
});

describe('residents by diet group', () => {
  let diabeticId: string;
  let childId: string;
  beforeAll(async () => {
    const admit = async (body: object) =>
      (await send(manager, 'post', '/api/residents', body).expect(201)).body.data.id as string;
    diabeticId = await admit(
      buildResident('elderly', { diets: ['diabetic'], texture: 'regular' }, random),
    );
    childId = await admit(buildResident('orphan', { diets: [], texture: 'regular' }, random));
  });

  it('shows the kitchen what meals need and derives each group, nothing of the case file', async () => {
    const res = await cook.agent.get('/api/kitchen/residents').expect(200);
    const diabetic = res.body.data.find((r: { id: string }) => r.id === diabeticId);
    expect(diabetic).toMatchObject({
      derivedGroup: 'diabetic',
      group: 'diabetic',
      overrideGroup: null,
    });
    expect(Object.keys(diabetic).sort()).toEqual(
      [
        'age',
        'allergies',
        'code',
        'derivedGroup',
        'diets',
        'fullName',
        'group',
        'id',
        'overrideGroup',
        'room',
        'status',
        'texture',
        'unit',
        'version',
      ].sort(),
    );
    const child = res.body.data.find((r: { id: string }) => r.id === childId);
    expect(child.group).toMatch(/^(child_|youth_)/);
    const filtered = await cook.agent
      .get('/api/kitchen/residents')
      .query({ group: 'diabetic' })
      .expect(200);
    expect(filtered.body.data.map((r: { id: string }) => r.id)).toEqual([diabeticId]);
  });

  it('takes a manual override, version-checked, and returns to the derived group on null', async () => {
    const path = `/api/kitchen/residents/${diabeticId}/diet-group`;
    const set = await send(cook, 'put', path, { group: 'soft', version: 0 }).expect(200);
    expect(set.body.data).toMatchObject({ group: 'soft', derivedGroup: 'diabetic', version: 1 });
    const stale = await send(cook, 'put', path, { group: 'elderly', version: 0 }).expect(409);
    expect(stale.body.error.code).toBe('stale_version');
    await send(cook, 'put', path, { group: 'martian', version: 1 }).expect(400);
    const back = await send(cook, 'put', path, { group: null, version: 1 }).expect(200);
    expect(back.body.data).toMatchObject({ group: 'diabetic', overrideGroup: null, version: 2 });
    await send(carer, 'put', path, { group: 'soft', version: 2 }).expect(403);
  });
});

describe('POST /api/kitchen/analysis', () => {
  it('gives per-group per-day and per-week figures for the menus given', async () => {
    await Food.updateOne({ _id: id('1004') }, { $set: { pricePerKg: 18000 } });
    await Food.updateOne({ _id: id('7017') }, { $set: { pricePerKg: 140000 } });
    await Food.updateOne({ _id: id('4083') }, { $set: { pricePerKg: 10000 } });
    const recipe = (
      await send(cook, 'post', '/api/kitchen/recipes', {
        name: 'Cơm thịt rau',
        course: 'main',
        ingredients: [
          { foodId: id('1004'), grams: 120 },
          { foodId: id('7017'), grams: 80 },
          { foodId: id('4083'), grams: 100 },
        ],
      }).expect(201)
    ).body.data;
    const day = (d: string) => ({
      day: d,
      meals: [
        { meal: 'lunch', group: 'adult', dishes: [{ recipeId: recipe.id }] },
        { meal: 'dinner', group: 'adult', dishes: [{ recipeId: recipe.id, portions: 2 }] },
        { meal: 'lunch', group: 'elderly', dishes: [{ recipeId: recipe.id }] },
      ],
    });
    const res = await send(carer, 'post', '/api/kitchen/analysis', {
      days: [day('2026-11-30'), day('2026-12-01')],
    }).expect(200);
    const [adult, elderly] = res.body.data.groups;
    expect(adult.group).toBe('adult');
    expect(adult.days[0]).toMatchObject({
      day: '2026-11-30',
      nutrients: { energyKcal: 1647 },
      cost: 45566,
      allowance: 66667,
    });
    expect(adult.weeks).toMatchObject([{ weekStart: '2026-11-30', days: 2, totalCost: 91131 }]);
    expect(adult.days[0].flags.map((f: { kind: string }) => f.kind)).toContain('lipidPct');
    expect(elderly.group).toBe('elderly');
    // A new price reaches the next analysis (the recipes a server keeps are dropped on a change).
    const pork = (await cook.agent.get(`/api/kitchen/foods/${id('7017')}`)).body.data;
    await cook.agent
      .patch(`/api/kitchen/foods/${id('7017')}`)
      .set('X-CSRF-Token', cook.csrf)
      .send({ version: pork.version, pricePerKg: 280000 })
      .expect(200);
    const again = await send(carer, 'post', '/api/kitchen/analysis', {
      days: [day('2026-11-30')],
    }).expect(200);
    // Three portions a day of rice 2,160 đ, pork 81.63 g × 280,000 đ/kg, water spinach 1,600 đ.
    expect(again.body.data.groups[0].days[0].cost).toBe(Math.round(3 * (2160 + 22857.143 + 1600)));
    // A new portion factor reaches it too (portion sums are kept per settings version).
    const energy = async () =>
      (
        await send(carer, 'post', '/api/kitchen/analysis', { days: [day('2026-11-30')] }).expect(
          200,
        )
      ).body.data.groups[1].days[0].nutrients.energyKcal as number;
    const elderlyBefore = await energy();
    const settings = (await carer.agent.get('/api/kitchen/settings').expect(200)).body.data;
    await send(cook, 'put', '/api/kitchen/settings', {
      ...settings,
      groups: settings.groups.map((g: { id: string; portionFactor: number }) =>
        g.id === 'elderly' ? { ...g, portionFactor: g.portionFactor * 2 } : g,
      ),
    }).expect(200);
    expect(await energy()).toBeCloseTo(elderlyBefore * 2, 0);
  });

  it('names an unknown dish and refuses absurd portions', async () => {
    const res = await send(cook, 'post', '/api/kitchen/analysis', {
      days: [
        {
          day: '2026-11-30',
          meals: [{ meal: 'lunch', group: 'adult', dishes: [{ recipeId: 'b'.repeat(24) }] }],
        },
      ],
    }).expect(400);
    expect(res.body.error.fields).toEqual({
      'days.0.meals.0.dishes.0.recipeId': expect.any(String),
    });
    await send(cook, 'post', '/api/kitchen/analysis', {
      days: [
        {
          day: '2026-11-30',
          meals: [
            { meal: 'lunch', group: 'adult', dishes: [{ recipeId: 'b'.repeat(24), portions: -1 }] },
          ],
        },
      ],
    }).expect(400);
  });
});
