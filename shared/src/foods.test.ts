import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  foodCreateSchema,
  foodFromTableRow,
  groupOfTableCode,
  parseFoodTable,
  tableAllergens,
} from './foods';

const rows = parseFoodTable(
  readFileSync(path.join(__dirname, '..', 'data', 'vn-food-composition-2007.csv'), 'utf8'),
);
const byCode = (code: string) => foodFromTableRow(rows.find((r) => r.code === code)!);

describe('the food composition table as a library', () => {
  it('reads all 526 foods with distinct codes, names with commas intact', () => {
    expect(rows).toHaveLength(526);
    expect(new Set(rows.map((r) => r.code)).size).toBe(526);
    expect(rows.find((r) => r.code === '1001')!.name_en).toBe('Glutinous rice, milled');
  });

  it('keeps the printed values, and no value where the table has none', () => {
    expect(byCode('7017')).toMatchObject({
      name: 'Thịt lợn nạc',
      group: 'meat',
      inediblePct: 2,
      nutrients: { energyKcal: 139, protein: 19, lipid: 7, glucid: 0 },
    });
    expect(byCode('9001').nutrients).toMatchObject({
      energyKcal: 166,
      protein: 14.8,
      lipid: 11.6,
      glucid: 0.5,
    });
    expect(byCode('4002').nutrients.lipid).toBeNull();
  });

  it('knows the group of a code', () => {
    expect(groupOfTableCode('1004')).toBe('cereals');
    expect(groupOfTableCode('8024')).toBe('fish');
    expect(groupOfTableCode('10001')).toBe('milk');
    expect(groupOfTableCode('14007')).toBe('beverages');
  });

  it('starts allergen tags from group and name', () => {
    expect(tableAllergens({ code: '3025', name_vi: 'Đậu phụ' })).toEqual(['soy']);
    expect(tableAllergens({ code: '9001', name_vi: 'Trứng gà' })).toEqual(['egg']);
    expect(tableAllergens({ code: '8024', name_vi: 'Cá rô phi' })).toEqual(['fish']);
    expect(tableAllergens({ code: '8040', name_vi: 'Tôm đồng' })).toEqual(['shellfish']);
    expect(tableAllergens({ code: '10001', name_vi: 'Sữa bò tươi' })).toEqual(['milk']);
    expect(tableAllergens({ code: '5002', name_vi: 'Bơ' })).toEqual([]);
    expect(tableAllergens({ code: '4005', name_vi: 'Cà chua' })).toEqual([]);
  });

  it('reads whole words, and knows the names that mean something else', () => {
    const of = (code: string) => tableAllergens(rows.find((r) => r.code === code)! as never);
    expect(of('14003')).toEqual([]); // Cốc tai: no "ốc" (snail)
    expect(of('3009')).toEqual([]); // Đậu trứng cuốc: a bean
    expect(of('5045')).toEqual([]); // Quả trứng gà: a fruit
    expect(of('8025')).toEqual(['fish']); // Cá thờn bơn: no "bơ" (butter)
    expect(of('8014')).toEqual(['fish']); // Cá mè: a fish, not sesame
    expect(of('8046')).toEqual(['shellfish']); // Rạm: a crab
    expect(of('9008')).toEqual(['fish']); // Trứng cá: roe
    expect(of('13011')).toEqual(['shellfish']); // Mắm tôm: shrimp
    expect(of('13014')).toEqual(['fish']); // Nước mắm
    expect(of('3032')).toEqual(['soy']); // Sữa đậu nành
    expect(of('1012')).toEqual(['wheat']); // Bánh mỳ
    expect(of('2015')).toEqual([]); // Miến dong: canna starch
    expect(of('11015')).toEqual(['fish']); // Cá thu hộp
  });

  it('every table row is a valid food by the shared schema', () => {
    for (const row of rows) {
      const food = foodFromTableRow(row);
      const parsed = foodCreateSchema.safeParse({
        name: food.name,
        group: food.group,
        inediblePct: food.inediblePct,
        nutrients: food.nutrients,
      });
      expect({ code: row.code, ok: parsed.success }).toEqual({ code: row.code, ok: true });
    }
  });
});

describe('foodCreateSchema', () => {
  it('refuses negative and absurd values', () => {
    const bad = foodCreateSchema.safeParse({
      name: 'Rau ngót nhà trồng',
      group: 'vegetables',
      inediblePct: 120,
      nutrients: { energyKcal: -5, protein: 250 },
      pricePerKg: -1,
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'inediblePct',
      'nutrients.energyKcal',
      'nutrients.protein',
      'pricePerKg',
    ]);
  });
});
