// A cook plans next week from the cycle, fixes the elderly group's protein shortfall (their
// Wednesday lunch and dinner left without meat) by adding a dish to each, reads the conflicts, prints the market list and downloads it as XLSX.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { centreDay } from '@care/shared/dates';
import { addDay, mondayOf } from '@care/shared/menus';
import { Recipe } from '@care/server/kitchen/recipe.model';
import { MenuDay } from '@care/server/menus/menu-day.model';
import { useTestApp } from '@care/server/testing/test-app';
import { screenshot, seriousA11yFindings, signIn, useBrowser } from './browser';

jest.setTimeout(360_000);
const t = useTestApp();
const b = useBrowser(t);

describe('the menu planner', () => {
  it('lets a cook plan next week from the cycle, fix a protein shortfall and get the market list', async () => {
    const monday = addDay(mondayOf(centreDay()), 7);
    const wednesday = addDay(monday, 2);
    const context = await b.browser.newContext({
      viewport: { width: 1600, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${b.baseUrl}/login?next=${encodeURIComponent('/menus')}`);
    await signIn(page, 'kitchen');
    await page.getByRole('heading', { name: 'Thực đơn' }).waitFor();
    await page.getByRole('button', { name: 'Tuần sau', exact: true }).click();
    await page.waitForURL(/week=/);

    // Plan next week from the 4-week cycle.
    await page.getByRole('button', { name: 'Áp dụng chu kỳ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Áp dụng chu kỳ' });
    expect(await dialog.getByLabel('Từ ngày').inputValue()).toBe(monday);
    await dialog.getByRole('button', { name: 'Áp dụng', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' }).catch(async (e) => {
      throw new Error(`${String(e)}\n${await dialog.innerText()}`);
    });

    // Wednesday's lunch and dinner for the elderly (the group shown first) lost their meat dishes:
    // they are short of protein that day.
    const meat = new Set(
      (await Recipe.find({ course: 'main' }, { _id: 1 }).lean()).map((r) => r._id.toString()),
    );
    const day = (await MenuDay.findById(wednesday).lean())!;
    await MenuDay.updateOne(
      { _id: wednesday },
      {
        $set: {
          entries: day.entries.map((e) =>
            e.group === 'elderly' && (e.meal === 'lunch' || e.meal === 'dinner')
              ? { ...e, recipeIds: e.recipeIds.filter((id) => !meat.has(id)) }
              : e,
          ),
        },
        $inc: { version: 1 },
      },
    );
    await page.reload();
    const row = page.locator(`[data-analysis-day="${wednesday}"]`);
    await row.locator('[data-flag="protein-under"]').waitFor();
    await page.locator(`[data-day="${wednesday}"]`).getByText('Chưa đạt').waitFor();
    await screenshot(page, 'menus-planner');
    expect(await seriousA11yFindings(page)).toEqual([]);

    // Chicken with ginger (the kitchen seed's dish) at lunch and dinner fixes it.
    const protein = row.locator('td').nth(2);
    const before = Number(await protein.innerText());
    for (const meal of ['lunch', 'dinner']) {
      const cell = page.locator(`[data-cell="${wednesday}/${meal}"]`);
      await cell.getByRole('combobox').click();
      await cell.getByRole('combobox').fill('Gà kho');
      await page.getByRole('option', { name: 'Gà kho gừng' }).click();
      await cell.getByText('Gà kho gừng').waitFor();
    }
    await row.locator('[data-flag="protein-under"]').waitFor({ state: 'detached' });
    expect(Number(await protein.innerText())).toBeGreaterThan(before);

    // The conflicts of the week.
    await page.getByRole('tab', { name: /Cần tránh/ }).click();
    const conflicts = page.getByRole('table', { name: /Người không được ăn món trong tuần/ });
    await conflicts.waitFor();
    expect(await conflicts.locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'menus-conflicts');
    expect(await seriousA11yFindings(page)).toEqual([]);

    // The market list prints, and downloads as XLSX.
    await page.getByRole('tab', { name: 'Lập thực đơn' }).click();
    await page.getByRole('link', { name: 'Danh sách đi chợ' }).click();
    const list = page.getByTestId('market-list');
    await list.waitFor();
    await list.getByText('Gạo tẻ máy').waitFor();
    await list.getByText('Tổng cộng').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await list.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'In', exact: true }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await screenshot(page, 'menus-market-list');
    expect(await seriousA11yFindings(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`di-cho-${monday}-${addDay(monday, 6)}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as never);
    expect(book.getWorksheet('Danh sách đi chợ')!.getColumn(1).values).toContain('Gạo tẻ máy');
    await context.close();
  });
});
