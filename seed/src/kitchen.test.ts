import { Food } from '@care/server/kitchen/food.model';
import { Recipe } from '@care/server/kitchen/recipe.model';
import { useTestApp } from '@care/server/testing/test-app';
import { demoRecipes, seedKitchen } from './kitchen';

const t = useTestApp();

describe('the demo kitchen', () => {
  it('has the whole table, priced foods for every dish, and 25–40 dishes that all cost something', async () => {
    const cook = await t.addUser({ username: 'bep1', role: 'kitchen' });
    await seedKitchen([{ role: 'kitchen', _id: cook._id, fullName: cook.fullName }]);
    expect(await Food.countDocuments({ source: 'table2007' })).toBe(526);
    expect(demoRecipes.length).toBeGreaterThanOrEqual(25);
    expect(demoRecipes.length).toBeLessThanOrEqual(40);
    expect(await Recipe.countDocuments()).toBe(demoRecipes.length);
    const manager = await t.signedIn('manager');
    const res = await manager.agent
      .get('/api/kitchen/recipes')
      .query({ pageSize: 100 })
      .expect(200);
    for (const recipe of res.body.data) {
      const adult = recipe.portions.find((p: { group: string }) => p.group === 'adult');
      expect({ name: recipe.name, unpriced: adult.unpriced }).toEqual({
        name: recipe.name,
        unpriced: false,
      });
      expect(adult.cost).toBeGreaterThan(0);
      expect(adult.nutrients.energyKcal).toBeGreaterThan(10);
      expect(adult.nutrients.energyKcal).toBeLessThan(900);
    }
  });
});
