// A cook plans next week from the cycle, fixes the elderly group's protein shortfall by adding a
// dish, reads the conflicts, prints the market list and downloads it as XLSX.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { centreDay } from '@care/shared/dates';
import { addDay, mondayOf } from '@care/shared/menus';
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

    // The elderly (the group shown first) are short of protein on Wednesday.
    const row = page.locator(`[data-analysis-day="${wednesday}"]`);
    await row.locator('[data-flag="protein-under"]').waitFor();
    await page.locator(`[data-day="${wednesday}"]`).getByText('Chưa đạt').waitFor();
    await screenshot(page, 'menus-planner');
    expect(await seriousA11yFindings(page)).toEqual([]);

    // Adding chicken with ginger (the kitchen seed's dish) to Wednesday's dinner fixes it.
    const cell = page.locator(`[data-cell="${wednesday}/dinner"]`);
    await cell.getByRole('combobox').click();
    await cell.getByRole('combobox').fill('Gà kho');
    await page.getByRole('option', { name: 'Gà kho gừng' }).click();
    await cell.getByText('Gà kho gừng').waitFor();
    await row.locator('[data-flag="protein-under"]').waitFor({ state: 'detached' });

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
