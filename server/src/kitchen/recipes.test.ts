import { useTestApp, type TestClient } from '../testing/test-app';
import { ensureFoodTable } from './food-table';
import { Food, tableFoodId } from './food.model';
import { Recipe } from './recipe.model';

const t = useTestApp();
let cook: TestClient;
let nurse: TestClient;
const id = (code: string) => tableFoodId(code).toString();
beforeAll(async () => {
  await ensureFoodTable();
  cook = await t.signedIn('kitchen');
  nurse = await t.signedIn('nurse');
  // Prices for the arithmetic: rice 18,000 đ/kg, lean pork 140,000 đ/kg, water spinach 10,000 đ/kg.
  await Food.updateOne({ _id: id('1004') }, { $set: { pricePerKg: 18000 } });
  await Food.updateOne({ _id: id('7017') }, { $set: { pricePerKg: 140000 } });
  await Food.updateOne({ _id: id('4083') }, { $set: { pricePerKg: 10000 } });
});

const plate = () => ({
  name: 'Cơm thịt rau muống',
  course: 'main',
  ingredients: [
    { foodId: id('1004'), grams: 120 },
    { foodId: id('7017'), grams: 80, byGroup: { child_3_5: 30 } },
    { foodId: id('4083'), grams: 100 },
    { foodId: id('3025'), grams: 50 },
  ],
  dietTags: ['low_salt'],
  textures: [{ texture: 'minced', note: 'Băm nhỏ thịt, rau thái vụn' }],
  preparation: 'Luộc rau, rim thịt nhạt.',
});
const post = (c: TestClient, body: object) =>
  c.agent.post('/api/kitchen/recipes').set('X-CSRF-Token', c.csrf).send(body);
const patch = (c: TestClient, rid: string, body: object) =>
  c.agent.patch(`/api/kitchen/recipes/${rid}`).set('X-CSRF-Token', c.csrf).send(body);

describe('recipes', () => {
  it('computes each group’s portion from edible grams, with allergens from its foods', async () => {
    const res = await post(cook, plate()).expect(201);
    const r = res.body.data;
    expect(r.allergens).toEqual(['soy']);
    expect(r.textures).toEqual([
      { texture: 'minced', iddsi: 5, note: 'Băm nhỏ thịt, rau thái vụn' },
    ]);
    const adult = r.portions.find((p: { group: string }) => p.group === 'adult');
    // 549 kcal as in the unit test, plus 50 g tofu at 95 kcal/100 g.
    expect(adult.nutrients.energyKcal).toBe(596.5);
    expect(adult.nutrients.protein).toBe(33.3);
    // Tofu has no price yet: the cost counts the rest and says so.
    expect(adult).toMatchObject({ cost: 15189, unpriced: true });
    const child = r.portions.find((p: { group: string }) => p.group === 'child_3_5');
    expect(child.nutrients.energyKcal).toBe(
      Math.round((344 * 0.66 + 139 * 0.3 + 25 * 0.55 + 95 * 0.275) * 10) / 10,
    );
    const listed = await nurse.agent
      .get('/api/kitchen/recipes')
      .query({ q: 'com thit' })
      .expect(200);
    expect(listed.body.data.map((x: { id: string }) => x.id)).toEqual([r.id]);
  });

  it('refuses a deleted food, an unknown food and absurd grams, writing nothing', async () => {
    const own = await cook.agent
      .post('/api/kitchen/foods')
      .set('X-CSRF-Token', cook.csrf)
      .send({ name: 'Nấm rơm chợ quê', group: 'vegetables', nutrients: { energyKcal: 31 } })
      .expect(201);
    const food = own.body.data;
    const recipe = (
      await post(cook, {
        ...plate(),
        name: 'Canh nấm',
        ingredients: [{ foodId: food.id, grams: 40 }],
      }).expect(201)
    ).body.data;
    await cook.agent
      .delete(`/api/kitchen/foods/${food.id}`)
      .set('X-CSRF-Token', cook.csrf)
      .send({ version: food.version })
      .expect(200);
    const before = await Recipe.countDocuments();
    const deleted = await post(cook, {
      ...plate(),
      ingredients: [{ foodId: food.id, grams: 40 }],
    }).expect(409);
    expect(deleted.body.error).toMatchObject({
      code: 'food_deleted',
      fields: { 'ingredients.0.foodId': expect.any(String) },
    });
    // Editing the recipe that still names it is refused until the food is replaced.
    await patch(cook, recipe.id, { version: recipe.version, name: 'Canh nấm rơm' }).expect(409);
    const unknown = await post(cook, {
      ...plate(),
      ingredients: [{ foodId: 'a'.repeat(24), grams: 40 }],
    }).expect(400);
    expect(unknown.body.error.fields['ingredients.0.foodId']).toBeDefined();
    const absurd = await post(cook, {
      ...plate(),
      ingredients: [
        { foodId: id('1004'), grams: -10 },
        { foodId: id('7017'), grams: 5000 },
      ],
    }).expect(400);
    expect(Object.keys(absurd.body.error.fields).sort()).toEqual([
      'ingredients.0.grams',
      'ingredients.1.grams',
    ]);
    expect(await Recipe.countDocuments()).toBe(before);
    const fixed = await patch(cook, recipe.id, {
      version: recipe.version,
      ingredients: [{ foodId: id('4083'), grams: 60 }],
    }).expect(200);
    expect(fixed.body.data.ingredients[0].food.name).toBe('Rau muống');
  });

  it('detects a stale edit: of two cooks editing the same version, the second gets 409', async () => {
    const r = (await post(cook, { ...plate(), name: 'Cá kho' }).expect(201)).body.data;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        patch(cook, r.id, { version: r.version, preparation: `Lần ${i}` }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.error.code)).toEqual(
      Array(9).fill('stale_version'),
    );
    const stale = await patch(cook, r.id, { version: r.version, name: 'Cá kho tộ' }).expect(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect((await Recipe.findById(r.id).lean())!.name).toBe('Cá kho');
  });

  it('carries a new price into the recipes that use the food, without making their edits stale', async () => {
    const r = (await post(cook, { ...plate(), name: 'Đậu phụ rán' }).expect(201)).body.data;
    const tofu = (await cook.agent.get(`/api/kitchen/foods/${id('3025')}`).expect(200)).body.data;
    await cook.agent
      .patch(`/api/kitchen/foods/${id('3025')}`)
      .set('X-CSRF-Token', cook.csrf)
      .send({ version: tofu.version, pricePerKg: 30000 })
      .expect(200);
    const after = (await nurse.agent.get(`/api/kitchen/recipes/${r.id}`).expect(200)).body.data;
    const adult = after.portions.find((p: { group: string }) => p.group === 'adult');
    // 15,188.57 đ as before, plus 50 g tofu at 30,000 đ/kg = 1,500 đ.
    expect(adult).toMatchObject({ cost: 16689, unpriced: false });
    expect(after.version).toBe(r.version);
    await patch(cook, r.id, { version: r.version, preparation: 'Rán vàng đều.' }).expect(200);
  });

  it('lets nurses read recipes but not write them', async () => {
    await post(nurse, plate()).expect(403);
  });
});
