// A cook finds a food typed without accents, prices it, builds a dish and sees its nutrients.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { Food, tableFoodId } from '@care/server/kitchen/food.model';
import { Recipe } from '@care/server/kitchen/recipe.model';
import { useTestApp } from '@care/server/testing/test-app';
import { screenshot, seriousA11yFindings, signIn, useBrowser } from './browser';

jest.setTimeout(120_000);
const t = useTestApp();
const b = useBrowser(t);

/** Pictures to look at while building the screens (outside the tree); README ones via SCREENSHOTS. */
async function look(page: Page, name: string) {
  if (process.env.KITCHEN_SHOTS)
    await page.screenshot({
      path: path.join(process.env.KITCHEN_SHOTS, `${name}.png`),
      fullPage: true,
    });
  await screenshot(page, name);
}

describe('the kitchen', () => {
  it('lets a cook find a food without accents, price it, build a dish and read its nutrients', async () => {
    const context = await b.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${b.baseUrl}/login?next=${encodeURIComponent('/kitchen/foods')}`);
    await signIn(page, 'kitchen');
    await page.getByRole('heading', { name: 'Nhà bếp' }).waitFor();

    // The food library: typed without accents, found with them.
    await page.getByRole('searchbox', { name: 'Tìm thực phẩm' }).fill('thit lon nac');
    const foods = page.getByRole('table', { name: 'Thực phẩm' });
    await foods.getByText('Thịt lợn nạc', { exact: true }).waitFor();
    await look(page, 'kitchen-foods');
    expect(await seriousA11yFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sửa Thịt lợn nạc' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa Thịt lợn nạc' });
    await dialog.getByText(/chỉ sửa giá và chất gây dị ứng/).waitFor();
    const price = dialog.getByLabel(/^Giá mua/);
    await price.fill('150000');
    await look(page, 'kitchen-food-price');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu Thịt lợn nạc.').waitFor();
    expect((await Food.findById(tableFoodId('7017')).lean())!.pricePerKg).toBe(150000);
    await foods.getByText('150.000 đ').waitFor();

    // A new dish from two foods: nutrients and cost per group appear as the cook types.
    await page.getByRole('tab', { name: 'Món ăn' }).click();
    await page.getByRole('link', { name: 'Thêm món ăn' }).click();
    await page.getByRole('heading', { name: 'Món ăn mới' }).waitFor();
    await page.getByLabel('Tên món').fill('Canh bí xanh nấu thịt');
    await page
      .getByRole('combobox', { name: 'Loại món' })
      .or(page.getByRole('textbox', { name: 'Loại món' }))
      .first()
      .click();
    await page.getByRole('option', { name: 'Canh', exact: true }).click();
    const picker = page
      .getByRole('combobox', { name: 'Thêm nguyên liệu' })
      .or(page.getByRole('textbox', { name: 'Thêm nguyên liệu' }))
      .first();
    await picker.fill('bi xanh');
    await page.getByRole('option', { name: 'Bí đao (bí xanh) (4002)' }).click();
    await page.getByLabel('Gam ăn được / suất: Bí đao (bí xanh)').fill('120');
    await picker.fill('thit lon nac');
    await page.getByRole('option', { name: 'Thịt lợn nạc (7017)' }).click();
    await page.getByLabel('Gam ăn được / suất: Thịt lợn nạc').fill('30');
    // Adult portion: 12 kcal × 1.2 + 139 kcal × 0.3 = 56.1 kcal; bought 160 g melon at 12,000 đ/kg
    // and 30.6 g pork at 150,000 đ/kg = 6,512 đ.
    const adult = page.locator('tr[data-group="adult"]');
    await adult.getByText('6.512 đ').waitFor();
    expect(await adult.textContent()).toMatch(/Người lớn 20–59 tuổi56/);
    await look(page, 'kitchen-recipe');
    expect(await seriousA11yFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu món Canh bí xanh nấu thịt.').waitFor();
    await page.waitForURL(/\/kitchen\/recipes\/[0-9a-f]{24}$/);
    const saved = await Recipe.findOne({ name: 'Canh bí xanh nấu thịt' }).lean();
    expect(saved).toMatchObject({
      course: 'soup',
      foodIds: [tableFoodId('4002').toString(), tableFoodId('7017').toString()],
    });

    // Diet groups and residents by group, as the kitchen reads them.
    await page.getByRole('tab', { name: 'Nhóm khẩu phần' }).click();
    await page
      .getByRole('table', { name: 'Nhóm khẩu phần' })
      .getByText('66.667 đ')
      .first()
      .waitFor();
    await look(page, 'kitchen-diet-groups');
    expect(await seriousA11yFindings(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Đối tượng theo nhóm' }).click();
    // The demo centre's elderly residents (two of them served soft food by the kitchen's choice).
    await page.getByRole('button', { name: /^Người cao tuổi \(từ 60\): [1-9]/ }).click();
    const table = page.getByRole('table', { name: 'Đối tượng theo nhóm' });
    await table
      .getByRole('combobox', { name: /^Nhóm khẩu phần của / })
      .or(table.getByRole('textbox', { name: /^Nhóm khẩu phần của / }))
      .first()
      .waitFor();
    await look(page, 'kitchen-residents');
    expect(await seriousA11yFindings(page)).toEqual([]);
    await context.close();
  });
});
