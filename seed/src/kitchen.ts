// The demo centre's kitchen: the 2007 table in the library, market prices for the foods it cooks
// with, 36 everyday dishes of a provincial centre with portions per diet group, the prefilled
// diet groups and allowance, and a few residents whose group the kitchen set by hand.
import type { DietGroupId } from '@care/shared/diet-groups';
import { recipeCreateSchema, type RecipeCreateInput } from '@care/shared/recipes';
import { ensureFoodTable } from '@care/server/kitchen/food-table';
import { Food, tableFoodId } from '@care/server/kitchen/food.model';
import {
  assignDietGroup,
  listKitchenResidents,
} from '@care/server/kitchen/kitchen-residents.service';
import { readKitchenSettings } from '@care/server/kitchen/kitchen-settings.service';
import { createRecipe } from '@care/server/kitchen/recipes.service';

/** Market prices in Lào Cai, đồng per kg as bought (late 2026, rounded). */
export const demoPrices: Record<string, number> = {
  '1004': 18_000, // gạo tẻ máy
  '1002': 28_000, // gạo nếp
  '1012': 30_000, // bánh mỳ
  '1013': 18_000, // bánh phở
  '1020': 15_000, // bún
  '2008': 18_000, // khoai lang
  '2014': 22_000, // khoai tây
  '3010': 45_000, // đậu xanh
  '3017': 60_000, // lạc hạt
  '3025': 30_000, // đậu phụ
  '3032': 15_000, // sữa đậu nành
  '4002': 12_000, // bí xanh
  '4003': 15_000, // bí ngô
  '4005': 20_000, // cà chua
  '4007': 18_000, // cà rốt
  '4010': 12_000, // cải bắp
  '4016': 15_000, // cải xanh
  '4029': 25_000, // đậu cô ve
  '4036': 15_000, // giá đậu xanh
  '4038': 30_000, // hành lá
  '4054': 15_000, // mướp
  '4083': 12_000, // rau muống
  '4086': 20_000, // rau ngót
  '4096': 14_000, // su hào
  '4103': 40_000, // tỏi
  '5002': 35_000, // cam
  '5007': 20_000, // chuối tiêu
  '5011': 15_000, // dưa hấu
  '5017': 18_000, // đu đủ chín
  '6010': 45_000, // dầu đậu tương
  '7005': 260_000, // thịt bò nạc
  '7013': 110_000, // thịt gà ta
  '7017': 140_000, // thịt lợn nạc
  '7018': 120_000, // thịt lợn nửa nạc nửa mỡ
  '8024': 55_000, // cá rô phi
  '8026': 180_000, // cá thu
  '8052': 150_000, // tôm đồng
  '9001': 58_000, // trứng gà (about 3,500 đ an egg)
  '9004': 50_000, // trứng vịt
  '10001': 32_000, // sữa bò tươi
  '10004': 45_000, // sữa chua
  '12014': 22_000, // đường kính
  '13003': 35_000, // gừng tươi
  '13004': 250_000, // hạt tiêu
  '13005': 8_000, // muối
  '13017': 50_000, // nước mắm
};

type Line = [code: string, grams: number, byGroup?: Partial<Record<DietGroupId, number>>];
const dish = (
  name: string,
  course: RecipeCreateInput['course'],
  lines: Line[],
  more: Partial<Pick<RecipeCreateInput, 'dietTags' | 'textures' | 'preparation'>> = {},
): RecipeCreateInput => ({
  name,
  course,
  ingredients: lines.map(([code, grams, byGroup]) => ({
    foodId: tableFoodId(code).toString(),
    grams,
    byGroup: byGroup ?? {},
  })),
  ...more,
});
const soft = [{ texture: 'soft' as const, note: 'Nấu mềm, cắt miếng nhỏ' }];
const minced = [...soft, { texture: 'minced' as const, note: 'Băm nhỏ, chan nước sốt cho ẩm' }];
const pureed = [...minced, { texture: 'pureed' as const, note: 'Xay nhuyễn, không còn hạt' }];
const veg = ['vegetarian', 'low_salt', 'diabetic_suitable'] as const;

/** Edible grams of one adult portion; children and the elderly get the group's factor. */
export const demoRecipes: RecipeCreateInput[] = [
  dish('Cơm trắng', 'staple', [['1004', 130, { child_1_2: 40, diabetic: 90 }]], {
    // The diabetic group's smaller portion (90 g) makes it suitable for them.
    dietTags: ['vegetarian', 'low_salt', 'diabetic_suitable'],
    textures: [{ texture: 'soft', note: 'Cơm nát, nhiều nước' }],
  }),
  dish(
    'Cháo thịt băm',
    'porridge',
    [
      ['1004', 50],
      ['7017', 30],
      ['4038', 5],
      ['6010', 3],
      ['13017', 3],
    ],
    {
      textures: pureed,
      preparation: 'Ninh gạo nhừ, cho thịt băm khi cháo sôi, nêm nhạt.',
    },
  ),
  dish(
    'Cháo cá rô phi',
    'porridge',
    [
      ['1004', 50],
      ['8024', 40],
      ['4038', 5],
      ['6010', 3],
      ['13003', 2],
    ],
    {
      dietTags: ['diabetic_suitable'],
      textures: pureed,
      preparation: 'Luộc cá, gỡ sạch xương, dầm nhỏ rồi cho vào cháo.',
    },
  ),
  dish(
    'Thịt kho trứng',
    'main',
    [
      ['7018', 60],
      ['9004', 30],
      ['13017', 8],
      ['12014', 3],
    ],
    {
      textures: minced,
    },
  ),
  dish(
    'Thịt lợn kho tiêu',
    'main',
    [
      ['7018', 70],
      ['13017', 8],
      ['12014', 3],
      ['13004', 0.5],
    ],
    {
      textures: minced,
    },
  ),
  dish(
    'Cá rô phi kho',
    'main',
    [
      ['8024', 80],
      ['13017', 6],
      ['12014', 3],
      ['6010', 3],
      ['13003', 2],
    ],
    {
      textures: minced,
      preparation: 'Kho lửa nhỏ; với suất mềm, gỡ xương trước khi chia.',
    },
  ),
  dish(
    'Cá thu sốt cà chua',
    'main',
    [
      ['8026', 70],
      ['4005', 40],
      ['6010', 5],
      ['4038', 3],
    ],
    {
      dietTags: ['diabetic_suitable'],
      textures: minced,
    },
  ),
  dish(
    'Đậu phụ sốt cà chua',
    'main',
    [
      ['3025', 100],
      ['4005', 50],
      ['6010', 5],
      ['4038', 3],
      ['13005', 1],
    ],
    {
      dietTags: ['vegetarian', 'diabetic_suitable'],
      textures: pureed,
    },
  ),
  dish(
    'Trứng rán',
    'main',
    [
      ['9001', 60],
      ['6010', 6],
      ['4038', 3],
      ['13017', 2],
    ],
    {
      textures: soft,
    },
  ),
  dish(
    'Trứng đúc thịt',
    'main',
    [
      ['9001', 50],
      ['7017', 25],
      ['6010', 5],
      ['13017', 3],
    ],
    {
      dietTags: ['diabetic_suitable'],
      textures: minced,
    },
  ),
  dish(
    'Gà kho gừng',
    'main',
    [
      ['7013', 70],
      ['13003', 4],
      ['13017', 6],
      ['6010', 3],
    ],
    {
      textures: minced,
    },
  ),
  dish(
    'Thịt bò xào cải xanh',
    'main',
    [
      ['7005', 50],
      ['4016', 80],
      ['6010', 5],
      ['4103', 3],
      ['13017', 3],
    ],
    {
      dietTags: ['diabetic_suitable'],
      textures: minced,
    },
  ),
  dish(
    'Tôm rim',
    'main',
    [
      ['8052', 40],
      ['13017', 5],
      ['12014', 3],
      ['6010', 3],
    ],
    {
      textures: minced,
    },
  ),
  dish('Thịt lợn luộc', 'main', [['7017', 70]], {
    dietTags: ['low_salt', 'diabetic_suitable'],
    textures: pureed,
  }),
  dish('Rau muống luộc', 'vegetable', [['4083', 150]], { dietTags: [...veg], textures: minced }),
  dish('Bắp cải luộc', 'vegetable', [['4010', 150]], { dietTags: [...veg], textures: pureed }),
  dish(
    'Su hào cà rốt xào',
    'vegetable',
    [
      ['4096', 100],
      ['4007', 20],
      ['6010', 5],
      ['4103', 2],
      ['13005', 0.5],
    ],
    {
      dietTags: ['vegetarian', 'diabetic_suitable'],
      textures: soft,
    },
  ),
  dish(
    'Đậu cô ve xào tỏi',
    'vegetable',
    [
      ['4029', 100],
      ['6010', 5],
      ['4103', 2],
      ['13005', 0.5],
    ],
    {
      dietTags: ['vegetarian', 'diabetic_suitable'],
    },
  ),
  dish(
    'Canh bí xanh nấu tôm',
    'soup',
    [
      ['4002', 100],
      ['8052', 10],
      ['4038', 2],
      ['13017', 3],
    ],
    {
      dietTags: ['diabetic_suitable'],
      textures: pureed,
    },
  ),
  dish(
    'Canh cải nấu thịt',
    'soup',
    [
      ['4016', 80],
      ['7017', 15],
      ['13017', 3],
    ],
    {
      dietTags: ['diabetic_suitable'],
      textures: minced,
    },
  ),
  dish(
    'Canh rau ngót thịt băm',
    'soup',
    [
      ['4086', 60],
      ['7017', 15],
      ['13017', 3],
    ],
    {
      dietTags: ['diabetic_suitable'],
      textures: minced,
    },
  ),
  dish(
    'Canh chua cá',
    'soup',
    [
      ['8024', 40],
      ['4005', 40],
      ['4036', 20],
      ['4038', 3],
      ['13017', 4],
    ],
    {
      dietTags: ['diabetic_suitable'],
      textures: minced,
    },
  ),
  dish(
    'Canh bí đỏ thịt băm',
    'soup',
    [
      ['4003', 100],
      ['7017', 15],
      ['13005', 0.5],
    ],
    {
      dietTags: ['low_salt'],
      textures: pureed,
    },
  ),
  dish(
    'Canh cà chua trứng',
    'soup',
    [
      ['4005', 50],
      ['9001', 20],
      ['4038', 3],
      ['13017', 3],
    ],
    {
      textures: minced,
    },
  ),
  dish(
    'Canh mướp',
    'soup',
    [
      ['4054', 100],
      ['4038', 2],
      ['13005', 0.5],
    ],
    { dietTags: [...veg], textures: pureed },
  ),
  dish(
    'Khoai tây hầm thịt',
    'main',
    [
      ['2014', 80],
      ['4007', 30],
      ['7017', 20],
      ['13005', 0.5],
    ],
    {
      dietTags: ['low_salt'],
      textures: pureed,
    },
  ),
  dish('Chuối tiêu', 'dessert', [['5007', 100, { child_1_2: 50 }]], {
    dietTags: ['vegetarian', 'low_salt'],
    textures: [{ texture: 'pureed', note: 'Nghiền nhuyễn bằng thìa' }],
  }),
  dish('Cam', 'dessert', [['5002', 100]], { dietTags: [...veg] }),
  dish('Dưa hấu', 'dessert', [['5011', 150]], { dietTags: ['vegetarian', 'low_salt'] }),
  dish('Đu đủ chín', 'dessert', [['5017', 100]], { dietTags: [...veg], textures: pureed }),
  dish('Sữa tươi', 'drink', [['10001', 200, { child_1_2: 200, child_3_5: 200, child_6_9: 200 }]], {
    dietTags: ['vegetarian', 'low_salt'],
    textures: [{ texture: 'liquidised', note: 'Uống bằng cốc có vòi nếu cần' }],
  }),
  dish(
    'Sữa đậu nành',
    'drink',
    [
      ['3032', 200],
      ['12014', 5],
    ],
    {
      dietTags: ['vegetarian', 'low_salt'],
      textures: [{ texture: 'liquidised', note: '' }],
    },
  ),
  dish('Sữa chua', 'dessert', [['10004', 100]], {
    dietTags: ['vegetarian', 'low_salt'],
    textures: pureed,
  }),
  dish(
    'Chè đậu xanh',
    'dessert',
    [
      ['3010', 25],
      ['12014', 12],
      ['1002', 10],
    ],
    {
      dietTags: ['vegetarian', 'low_salt'],
      textures: pureed,
    },
  ),
  dish(
    'Xôi lạc',
    'snack',
    [
      ['1002', 80],
      ['3017', 15],
      ['13005', 0.5],
    ],
    { dietTags: ['vegetarian'] },
  ),
  dish(
    'Bún thịt nấu cà chua',
    'staple',
    [
      ['1020', 150],
      ['7017', 40],
      ['4005', 30],
      ['4038', 3],
      ['13017', 4],
    ],
    {
      textures: minced,
    },
  ),
  dish(
    'Phở bò',
    'staple',
    [
      ['1013', 150],
      ['7005', 40],
      ['4038', 5],
      ['13017', 4],
    ],
    {
      textures: minced,
    },
  ),
  dish('Khoai lang luộc', 'snack', [['2008', 150]], { dietTags: [...veg], textures: pureed }),
  dish(
    'Bánh mỳ trứng',
    'snack',
    [
      ['1012', 70],
      ['9001', 50],
      ['6010', 4],
    ],
    {},
  ),
];

type Staff = { role: string; _id: { toString(): string }; fullName: string };

export async function seedKitchen(staff: readonly Staff[]): Promise<{ recipes: number }> {
  await ensureFoodTable();
  await Promise.all(
    Object.entries(demoPrices).map(([code, pricePerKg]) =>
      Food.updateOne({ _id: tableFoodId(code) }, { $set: { pricePerKg } }),
    ),
  );
  await readKitchenSettings();
  const cookDoc = staff.find((s) => s.role === 'kitchen') ?? staff[0]!;
  const cook = { id: cookDoc._id.toString(), fullName: cookDoc.fullName };
  for (const recipe of demoRecipes) await createRecipe(recipeCreateSchema.parse(recipe), cook);
  // Two elderly residents the kitchen serves soft food though their record says regular texture
  // (poor teeth), one adult on low salt by the doctor's word.
  const residents = await listKitchenResidents();
  const elderly = residents.filter((r) => r.group === 'elderly').slice(0, 2);
  const adult = residents.find((r) => r.group === 'adult');
  for (const r of elderly) await assignDietGroup(r.id, 'soft', 0, cook);
  if (adult) await assignDietGroup(adult.id, 'low_salt', 0, cook);
  return { recipes: demoRecipes.length };
}
