// Demo dishes (from foods of the 2007 table, with indicative 2026 market prices) and a four-week
// menu cycle for every diet group: the menu tests and the demo seed build from them.
import type { DietGroupId } from '../diet-groups';
import type { MenuEntry } from '../menus';
import type { Meal } from '../nutrition';
import type { Course, DietTag, RecipeCreateInput } from '../recipes';
import type { textures } from '../residents';

/** The `_id` of a table 2007 food (server/src/kitchen/food.model.ts `tableFoodId`). */
export const tableFoodIdOf = (code: string) => `0000f00d${code.padStart(16, '0')}`;

/** Indicative prices, đồng per kg as bought (provincial markets, late 2026). */
export const demoPrices: Record<string, number> = {
  '1004': 18_000, // rice
  '1013': 20_000, // rice noodles
  '1020': 15_000, // bún
  '7017': 140_000, // lean pork
  '7003': 260_000, // beef
  '7013': 120_000, // free-range chicken, whole
  '7069': 180_000, // giò lụa
  '8024': 60_000, // tilapia, whole
  '8052': 180_000, // field shrimp
  '9001': 45_000, // eggs
  '3025': 30_000, // tofu
  '3032': 15_000, // soy milk
  '4083': 12_000, // water spinach
  '4016': 15_000, // mustard greens
  '4096': 15_000, // kohlrabi
  '4003': 15_000, // pumpkin
  '4005': 20_000, // tomato
  '4002': 12_000, // wax gourd
  '5007': 20_000, // banana
  '5002': 30_000, // orange
  '2008': 20_000, // sweet potato
  '10001': 35_000, // fresh milk
  '6010': 50_000, // soybean oil
  '13017': 40_000, // fish sauce
};

type Dish = {
  key: string;
  name: string;
  course: Course;
  items: [code: string, grams: number][];
  dietTags?: DietTag[];
  textures?: (typeof textures)[number][];
};

const all: DietTag[] = ['vegetarian', 'diabetic_suitable', 'low_salt'];
export const demoDishes: Dish[] = [
  {
    key: 'rice',
    name: 'Cơm trắng',
    course: 'staple',
    items: [['1004', 140]],
    dietTags: all,
    textures: ['soft'],
  },
  {
    key: 'porridge',
    name: 'Cháo thịt băm',
    course: 'porridge',
    items: [
      ['1004', 45],
      ['7017', 35],
      ['6010', 3],
    ],
    dietTags: ['low_salt'],
    textures: ['soft', 'minced', 'pureed'],
  },
  {
    key: 'pho',
    name: 'Phở bò',
    course: 'staple',
    items: [
      ['1013', 180],
      ['7003', 45],
      ['6010', 3],
    ],
    textures: ['soft'],
  },
  {
    key: 'bun',
    name: 'Bún giò',
    course: 'staple',
    items: [
      ['1020', 200],
      ['7069', 40],
    ],
  },
  {
    key: 'pork_egg',
    name: 'Thịt lợn kho trứng',
    course: 'main',
    items: [
      ['7017', 60],
      ['9001', 30],
      ['13017', 5],
      ['6010', 5],
    ],
    textures: ['minced'],
  },
  {
    key: 'tilapia',
    name: 'Cá rô phi sốt cà chua',
    course: 'main',
    items: [
      ['8024', 90],
      ['4005', 30],
      ['6010', 6],
    ],
    dietTags: ['diabetic_suitable', 'low_salt'],
    textures: ['minced'],
  },
  {
    key: 'shrimp',
    name: 'Tôm rim',
    course: 'main',
    items: [
      ['8052', 70],
      ['13017', 5],
      ['6010', 5],
    ],
    textures: ['minced'],
  },
  {
    key: 'tofu',
    name: 'Đậu phụ sốt cà chua',
    course: 'main',
    items: [
      ['3025', 80],
      ['4005', 40],
      ['6010', 6],
    ],
    dietTags: all,
    textures: ['soft', 'minced'],
  },
  {
    key: 'chicken',
    name: 'Thịt gà luộc',
    course: 'main',
    items: [['7013', 90]],
    dietTags: ['diabetic_suitable', 'low_salt'],
    textures: ['minced', 'pureed'],
  },
  {
    key: 'beef',
    name: 'Thịt bò xào cải',
    course: 'main',
    items: [
      ['7003', 55],
      ['4016', 60],
      ['6010', 6],
    ],
    dietTags: ['diabetic_suitable'],
    textures: ['minced'],
  },
  {
    key: 'pork_minced',
    name: 'Thịt băm rim',
    course: 'main',
    items: [
      ['7017', 70],
      ['6010', 5],
      ['13017', 4],
    ],
    textures: ['minced', 'pureed'],
  },
  {
    key: 'spinach_soup',
    name: 'Canh rau muống',
    course: 'soup',
    items: [['4083', 60]],
    dietTags: all,
    textures: ['minced', 'pureed'],
  },
  {
    key: 'pumpkin_soup',
    name: 'Canh bí đỏ thịt băm',
    course: 'soup',
    items: [
      ['4003', 80],
      ['7017', 15],
    ],
    dietTags: ['diabetic_suitable', 'low_salt'],
    textures: ['pureed', 'minced'],
  },
  {
    key: 'gourd_soup',
    name: 'Canh bí xanh',
    course: 'soup',
    items: [['4002', 80]],
    dietTags: all,
    textures: ['pureed'],
  },
  {
    key: 'greens',
    name: 'Rau cải luộc',
    course: 'vegetable',
    items: [['4016', 100]],
    dietTags: all,
    textures: ['minced'],
  },
  {
    key: 'kohlrabi',
    name: 'Su hào xào',
    course: 'vegetable',
    items: [
      ['4096', 100],
      ['6010', 5],
    ],
    dietTags: all,
    textures: ['minced'],
  },
  {
    key: 'banana',
    name: 'Chuối tiêu',
    course: 'dessert',
    items: [['5007', 100]],
    dietTags: ['vegetarian', 'low_salt'],
    textures: ['pureed'],
  },
  { key: 'orange', name: 'Cam', course: 'dessert', items: [['5002', 120]], dietTags: all },
  {
    key: 'milk',
    name: 'Sữa bò tươi',
    course: 'drink',
    items: [['10001', 200]],
    dietTags: ['vegetarian', 'low_salt'],
  },
  { key: 'soy_milk', name: 'Sữa đậu nành', course: 'drink', items: [['3032', 200]], dietTags: all },
  {
    key: 'sweet_potato',
    name: 'Khoai lang luộc',
    course: 'snack',
    items: [['2008', 120]],
    dietTags: ['vegetarian', 'low_salt'],
    textures: ['soft', 'pureed'],
  },
];

export function demoRecipeInputs(): (RecipeCreateInput & { key: string })[] {
  return demoDishes.map((d) => ({
    key: d.key,
    name: d.name,
    course: d.course,
    ingredients: d.items.map(([code, grams]) => ({ foodId: tableFoodIdOf(code), grams })),
    dietTags: d.dietTags ?? [],
    textures: (d.textures ?? []).map((texture) => ({ texture, note: '' })),
  }));
}

const mains = ['pork_egg', 'tilapia', 'chicken', 'beef', 'shrimp', 'pork_minced', 'tofu'];
const soups = ['spinach_soup', 'pumpkin_soup', 'gourd_soup'];
const vegetables = ['greens', 'kohlrabi'];
const breakfasts = ['porridge', 'pho', 'bun'];
const ageGroups: DietGroupId[] = [
  'child_1_2',
  'child_3_5',
  'child_6_9',
  'child_10_14',
  'youth_15_19',
  'adult',
  'elderly',
];

/**
 * One cycle day's menus for every group (dish keys). Week × weekday picks the dishes; the special
 * groups take what suits them (diabetic: no sweet dessert or milk, soft: porridge). On Wednesdays
 * the elderly lunch on tofu and dine with no meat or fish: a protein shortfall the planner flags.
 */
export function demoCycleDay(
  week: number,
  weekday: number,
): { meal: Meal; group: DietGroupId; keys: string[] }[] {
  const n = (week - 1) * 7 + (weekday - 1);
  const pick = (list: string[], k: number) => list[(n + k) % list.length]!;
  const lunchMain = pick(mains, 0);
  const dinnerMain = pick(mains, 3);
  const out: { meal: Meal; group: DietGroupId; keys: string[] }[] = [];
  for (const group of [...ageGroups, 'low_salt' as const, 'diabetic' as const, 'soft' as const]) {
    const suit = (k: string) =>
      group === 'diabetic' && (k === 'banana' || k === 'milk' || k === 'sweet_potato')
        ? k === 'milk'
          ? 'soy_milk'
          : 'orange'
        : group === 'low_salt' &&
            (k === 'pork_egg' || k === 'shrimp' || k === 'pork_minced' || k === 'beef')
          ? 'chicken'
          : k;
    const breakfast = group === 'soft' ? 'porridge' : pick(breakfasts, 0);
    let dinner = [group === 'soft' ? 'porridge' : 'rice', dinnerMain, pick(vegetables, 0)];
    let lunch = [
      'rice',
      lunchMain,
      pick(soups, 0),
      pick(vegetables, 1),
      n % 2 ? 'banana' : 'orange',
    ];
    let snack = n % 2 ? 'sweet_potato' : 'milk';
    if (group === 'elderly' && weekday === 3) {
      snack = 'sweet_potato';
      lunch = ['rice', 'tofu', 'gourd_soup', 'greens', 'orange'];
      dinner = ['rice', 'gourd_soup', 'kohlrabi'];
    }
    out.push(
      { meal: 'breakfast', group, keys: [suit(breakfast)] },
      {
        meal: 'lunch',
        group,
        keys: [...new Set(lunch.map(suit))],
      },
      { meal: 'afternoon_snack', group, keys: [suit(snack)] },
      { meal: 'dinner', group, keys: [...new Set(dinner.map(suit))] },
    );
    if (group.startsWith('child') || group === 'elderly' || group === 'diabetic')
      out.push({
        meal: 'late_snack',
        group,
        keys: [suit(group === 'diabetic' ? 'soy_milk' : 'milk')],
      });
  }
  return out;
}

/** The whole cycle's days as the API takes them, given each dish key's recipe id. */
export function demoCycleDays(weeks: number, ids: ReadonlyMap<string, string>) {
  const days: { week: number; weekday: number; entries: MenuEntry[] }[] = [];
  for (let week = 1; week <= weeks; week++)
    for (let weekday = 1; weekday <= 7; weekday++)
      days.push({
        week,
        weekday,
        entries: demoCycleDay(week, weekday).map((e) => ({
          meal: e.meal,
          group: e.group,
          recipeIds: [...new Set(e.keys.map((k) => ids.get(k)!))],
        })),
      });
  return days;
}
