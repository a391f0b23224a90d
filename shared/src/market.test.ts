import { marketList, productionSheet, type MarketFood, type MarketRecipe } from './market';

const food = (id: string, over: Partial<MarketFood>): MarketFood => ({
  id,
  name: id,
  group: 'cereals',
  inediblePct: 0,
  pricePerKg: null,
  allergens: [],
  nutrients: {
    energyKcal: 0,
    protein: 0,
    lipid: 0,
    glucid: 0,
    fibre: 0,
    calcium: 0,
    iron: 0,
    vitaminA: 0,
    vitaminC: 0,
  },
  ...over,
});
const rice = food('rice', { name: 'Gạo tẻ', pricePerKg: 20_000 });
const fish = food('fish', { name: 'Cá chép', group: 'fish', inediblePct: 40, pricePerKg: 100_000 });
const salt = food('salt', { name: 'Muối', group: 'condiments' });
const recipes = new Map<string, MarketRecipe>([
  [
    'r1',
    {
      id: 'r1',
      name: 'Cơm',
      course: 'staple',
      ingredients: [{ grams: 100, byGroup: {}, food: rice }],
    },
  ],
  [
    'r2',
    {
      id: 'r2',
      name: 'Cá kho',
      course: 'main',
      ingredients: [
        { grams: 60, byGroup: { elderly: 50 }, food: fish },
        { grams: 1, byGroup: {}, food: salt },
      ],
    },
  ],
]);
const groups = [
  { id: 'adult' as const, portionFactor: 1 },
  { id: 'elderly' as const, portionFactor: 0.85 },
  { id: 'child_3_5' as const, portionFactor: 0.55 },
];
const days = [
  {
    day: '2026-12-01',
    entries: [
      { meal: 'lunch' as const, group: 'adult' as const, recipeIds: ['r1', 'r2'] },
      { meal: 'lunch' as const, group: 'elderly' as const, recipeIds: ['r1', 'r2'] },
    ],
    headcounts: { adult: 10, elderly: 4 },
  },
  {
    day: '2026-12-02',
    entries: [{ meal: 'dinner' as const, group: 'child_3_5' as const, recipeIds: ['r1'] }],
    headcounts: { child_3_5: 2 },
  },
];

describe('marketList', () => {
  it('sums edible grams per food over groups and days, raises them by the inedible part and prices them as bought', () => {
    const list = marketList(days, recipes, groups);
    // Rice: 100 g × 10 adults + 85 g × 4 elderly + 55 g × 2 children = 1,450 g, no waste, 20,000 đ/kg.
    // Fish: 60 g × 10 + the elderly's own 50 g × 4 = 800 g edible; 40 % inedible → 800 ÷ 0.6 = 1,333.3 g
    // bought, × 100,000 đ/kg = 133,333 đ. Salt: 1 g × 10 + 0.9 g (0.85 to 0.1 g) × 4 = 13.6 g, no price.
    expect(list.groups.map((g) => g.group)).toEqual(['cereals', 'fish', 'condiments']);
    expect(list.groups[0]!.lines[0]).toMatchObject({
      name: 'Gạo tẻ',
      edibleGrams: 1450,
      purchasedGrams: 1450,
      cost: 29_000,
    });
    expect(list.groups[1]!.lines[0]).toMatchObject({
      edibleGrams: 800,
      inediblePct: 40,
      purchasedGrams: 1333.3,
      cost: 133_333,
    });
    expect(list.groups[2]!.lines[0]).toMatchObject({
      edibleGrams: 13.6,
      cost: 0,
      pricePerKg: null,
    });
    expect(list.cost).toBe(162_333);
    expect(list.unpriced).toEqual(['Muối']);
  });

  it('counts nothing for a group with no residents or no headcount', () => {
    const list = marketList([{ ...days[0]!, headcounts: { adult: 0 } }], recipes, groups);
    expect(list.groups).toEqual([]);
    expect(list.cost).toBe(0);
  });
});

describe('productionSheet', () => {
  it('gives the portions of each dish per group and in all, meal by meal in the day order', () => {
    const sheet = productionSheet([...days].reverse(), recipes, ['adult', 'elderly', 'child_3_5']);
    expect(sheet.map((d) => d.day)).toEqual(['2026-12-01', '2026-12-02']);
    expect(sheet[0]!.meals).toEqual([
      {
        meal: 'lunch',
        dishes: [
          {
            recipeId: 'r1',
            name: 'Cơm',
            course: 'staple',
            groups: [
              { group: 'adult', portions: 10 },
              { group: 'elderly', portions: 4 },
            ],
            portions: 14,
          },
          {
            recipeId: 'r2',
            name: 'Cá kho',
            course: 'main',
            groups: [
              { group: 'adult', portions: 10 },
              { group: 'elderly', portions: 4 },
            ],
            portions: 14,
          },
        ],
      },
    ]);
    expect(sheet[1]!.meals[0]!.dishes[0]!.portions).toBe(2);
  });
});
