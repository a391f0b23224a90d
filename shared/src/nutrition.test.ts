import { defaultKitchenSettings, type DietGroup } from './diet-groups';
import type { FoodFacts } from './foods';
import {
  addSums,
  analyseMenus,
  energyShares,
  foodPortion,
  judge,
  purchasedGrams,
  recipePortion,
  weekStartOf,
} from './nutrition';

// Values of the 2007 table: 1004 polished rice, 7017 lean pork, 4083 water spinach, 4002 winter
// melon (no lipid value); prices are made up for the arithmetic.
const food = (
  inediblePct: number,
  n: [number, number, number | null, number],
  pricePerKg: number | null,
): FoodFacts => ({
  inediblePct,
  nutrients: {
    energyKcal: n[0],
    protein: n[1],
    lipid: n[2],
    glucid: n[3],
    fibre: null,
    calcium: null,
    iron: null,
    vitaminA: null,
    vitaminC: null,
  },
  pricePerKg,
  allergens: [],
});
const rice = food(0, [344, 7.9, 1.0, 75.9], 18_000);
const pork = food(2, [139, 19.0, 7.0, 0], 140_000);
const spinach = food(37.5, [25, 3.2, 0.4, 2.1], 10_000);
const melon = food(25, [12, 0.6, null, 2.4], null);

const adult = defaultKitchenSettings.groups.find((g) => g.id === 'adult')!;
const meal = {
  ingredients: [
    { grams: 120, byGroup: {}, food: rice },
    { grams: 80, byGroup: { child_3_5: 30 }, food: pork },
    { grams: 100, byGroup: {}, food: spinach },
  ],
};

describe('foodPortion', () => {
  it('scales values per 100 g edible part to the edible grams', () => {
    const p = foodPortion(pork, 80);
    expect(p.nutrients.energyKcal).toBeCloseTo(111.2, 6);
    expect(p.nutrients.protein).toBeCloseTo(15.2, 6);
    expect(p.nutrients.lipid).toBeCloseTo(5.6, 6);
  });

  it('buys the inedible part too: 100 g of edible water spinach is 160 g bought, 1,600 đ at 10,000 đ/kg', () => {
    expect(purchasedGrams(spinach, 100)).toBeCloseTo(160, 6);
    expect(foodPortion(spinach, 100).cost).toBeCloseTo(1600, 6);
    // 80 g lean pork (2 % waste) is 81.63 g bought: 11,428.57 đ at 140,000 đ/kg.
    expect(foodPortion(pork, 80).cost).toBeCloseTo(11_428.571, 2);
  });

  it('names the nutrients a food has no value for and a missing price', () => {
    const p = foodPortion(melon, 200);
    expect(p.incomplete).toEqual(['lipid', 'fibre', 'calcium', 'iron', 'vitaminA', 'vitaminC']);
    expect(p.unpriced).toBe(true);
    expect(p.nutrients.energyKcal).toBeCloseTo(24, 6);
  });
});

describe('recipePortion and energy shares', () => {
  it('sums a plate of rice, pork and water spinach for an adult', () => {
    const p = recipePortion(meal, adult);
    expect(p.nutrients.energyKcal).toBeCloseTo(549, 6);
    expect(p.nutrients.protein).toBeCloseTo(27.88, 6);
    expect(p.nutrients.lipid).toBeCloseTo(7.2, 6);
    expect(p.nutrients.glucid).toBeCloseTo(93.18, 6);
    expect(p.cost).toBeCloseTo(2160 + 11_428.571 + 1600, 2);
    // 4·27.88 = 111.52, 9·7.2 = 64.8, 4·93.18 = 372.72 kcal of 549.04.
    const s = energyShares(p.nutrients);
    expect(s.protein).toBeCloseTo(20.31, 2);
    expect(s.lipid).toBeCloseTo(11.8, 2);
    expect(s.glucid).toBeCloseTo(67.89, 2);
    expect(s.protein + s.lipid + s.glucid).toBeCloseTo(100, 9);
  });

  it("uses a group's own grams, else the adult grams times its portion factor", () => {
    const child = defaultKitchenSettings.groups.find((g) => g.id === 'child_3_5')!;
    const p = recipePortion(meal, child);
    // rice 120 × 0.55 = 66 g, pork 30 g (own figure), spinach 55 g.
    expect(p.nutrients.energyKcal).toBeCloseTo(344 * 0.66 + 139 * 0.3 + 25 * 0.55, 6);
  });

  it('adds meals into a day', () => {
    const day = addSums([recipePortion(meal, adult), foodPortion(melon, 100)]);
    expect(day.nutrients.energyKcal).toBeCloseTo(561, 6);
    expect(day.incomplete).toContain('lipid');
    expect(day.unpriced).toBe(true);
  });
});

describe('judge', () => {
  const group: DietGroup = { ...adult, energyKcal: 2000, proteinG: 60 };
  const sum = (energyKcal: number, protein: number, lipid: number, glucid: number, cost = 0) => ({
    nutrients: { ...recipePortion(meal, adult).nutrients, energyKcal, protein, lipid, glucid },
    incomplete: [],
    cost,
    unpriced: false,
  });

  it('accepts a day within 10 % of the energy target and inside every range', () => {
    // 4·75 + 9·55 + 4·300 = 1995 kcal: P 15.0 %, L 24.8 %, G 60.2 %.
    expect(judge(sum(1995, 75, 55, 300, 50_000), group, 66_667)).toEqual([]);
  });

  it('flags energy and protein under target, too much fat and a cost over the allowance', () => {
    // 4·50 = 200, 9·80 = 720, 4·220 = 880 of 1800 kcal: P 11.1 %, L 40 %, G 48.9 %.
    const flags = judge(sum(1700, 50, 80, 220, 70_000), group, 66_667);
    expect(flags.map((f) => `${f.kind}:${f.status}`)).toEqual([
      'energy:under',
      'protein:under',
      'proteinPct:under',
      'lipidPct:over',
      'glucidPct:under',
      'cost:over',
    ]);
    expect(flags[0]).toMatchObject({ min: 1800, max: 2200, value: 1700 });
  });
});

describe('analyseMenus', () => {
  const recipes = new Map([['a'.repeat(24), meal]]);
  const dish = { recipeId: 'a'.repeat(24), portions: 1 };

  it('gives each group its days and the average day of each week, with the allowance', () => {
    const view = analyseMenus(
      {
        days: ['2026-11-29', '2026-11-30', '2026-12-01'].map((day) => ({
          day,
          meals: [
            { meal: 'lunch' as const, group: 'adult' as const, dishes: [dish] },
            {
              meal: 'dinner' as const,
              group: 'adult' as const,
              dishes: [{ ...dish, portions: 2 }],
            },
          ],
        })),
      },
      recipes,
      defaultKitchenSettings,
    );
    const adultView = view.groups[0]!;
    expect(adultView.group).toBe('adult');
    expect(adultView.days).toHaveLength(3);
    expect(adultView.days[0]!.nutrients.energyKcal).toBe(1647);
    // 500,000 đ × 4.0 ÷ 30 days.
    expect(adultView.days[0]!.allowance).toBe(66_667);
    // 29 Nov 2026 is a Sunday: two weeks.
    expect(adultView.weeks.map((w) => [w.weekStart, w.days])).toEqual([
      ['2026-11-23', 1],
      ['2026-11-30', 2],
    ]);
    expect(adultView.weeks[1]!.totalCost).toBe(Math.round(2 * 3 * 15_188.571));
    expect(adultView.weeks[1]!.flags.map((f) => f.kind)).toContain('lipidPct');
  });

  it('knows the Monday of a week', () => {
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
  });
});
