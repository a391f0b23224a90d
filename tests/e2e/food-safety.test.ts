// A cook opens today's food-safety logs from the kitchen dashboard, records the three steps and
// the samples for lunch, is refused a discard before 24 hours with the reason shown, prints the
// logs, and sees lunch leave the dashboard's open logs.
import { centreDay } from '@care/shared/dates';
import type { Page } from 'playwright-core';
import { useTestApp } from '@care/server/testing/test-app';
import { screenshot, seriousA11yFindings, signIn, useBrowser } from './browser';

jest.setTimeout(360_000);
const t = useTestApp();
const b = useBrowser(t);

/** Records every lunch row of the open tab with the form's prefilled values. */
async function recordLunch(page: Page, tab: RegExp) {
  await page.getByRole('tab', { name: tab }).click();
  // The open tab's panel only (the other tabs stay mounted, hidden), once it shows its rows.
  const panel = page.getByRole('tabpanel', { name: tab });
  await panel.getByRole('row').nth(1).waitFor();
  const open = panel.getByRole('button', { name: /^Ghi: .*\(Bữa trưa\)$/ });
  while ((await open.count()) > 0) {
    await open.first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' }).catch(async (e) => {
      throw new Error(`${String(e)}\n${await dialog.innerText()}`);
    });
  }
}

describe('the food-safety logs', () => {
  it('lets a cook record lunch’s three steps and samples, refusing an early discard', async () => {
    const today = centreDay();
    const context = await b.browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${b.baseUrl}/login?next=${encodeURIComponent('/kitchen')}`);
    await signIn(page, 'kitchen');

    // The dashboard is the kitchen's landing screen: headcount, special diets, open logs.
    await page.getByRole('heading', { name: /Bếp hôm nay/ }).waitFor();
    await page.getByTestId('headcounts').waitFor();
    await page.getByRole('table', { name: 'Chế độ ăn đặc biệt và dị ứng' }).waitFor();
    const lunchFlags = page.locator('[data-flag$="/lunch"]');
    await lunchFlags.first().waitFor();
    await screenshot(page, 'kitchen-dashboard');
    expect(await seriousA11yFindings(page)).toEqual([]);

    // Today's logs, made from the approved menu by the seed; breakfast is already recorded.
    await lunchFlags.first().getByRole('link').click();
    await page.waitForURL(/\/kitchen\/food-safety/);
    await page.getByText('Sổ kiểm thực còn mở').waitFor();

    // A sample discarded the same day is refused, with the reason in words.
    const samples = page.getByRole('tabpanel', { name: /Lưu mẫu thức ăn/ });
    await page.getByRole('tab', { name: /Lưu mẫu thức ăn/ }).click();
    await samples
      .getByRole('button', { name: /^Ghi: .*\(Bữa trưa\)$/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Thời gian lấy mẫu').fill(`${today}T10:30`);
    await dialog.getByLabel('Thời gian huỷ mẫu').fill(`${today}T13:00`);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog
      .getByText('Chưa được huỷ mẫu: mẫu phải được lưu đủ 24 giờ kể từ lúc lấy.')
      .waitFor();
    await dialog.getByText('Chưa đủ 24 giờ kể từ lúc lấy mẫu').waitFor();
    await screenshot(page, 'food-safety-sample-refused');
    await dialog.getByLabel('Thời gian huỷ mẫu').fill('');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await recordLunch(page, /Lưu mẫu thức ăn/);
    await recordLunch(page, /Bước 2/);
    await recordLunch(page, /Bước 3/);
    await page.getByRole('tab', { name: /Bước 2/ }).click();
    await screenshot(page, 'food-safety-day');
    expect(await seriousA11yFindings(page)).toEqual([]);

    // The logs print in the forms' layout.
    await page.getByRole('link', { name: 'In sổ' }).click();
    await page.getByRole('table', { name: /Mẫu số 5/ }).waitFor();
    await page
      .getByRole('table', { name: /Mẫu số 1/ })
      .getByText('Đạt')
      .first()
      .waitFor();
    await screenshot(page, 'food-safety-print');
    expect(await seriousA11yFindings(page)).toEqual([]);

    // Lunch has left the dashboard's open logs.
    await page.goto(`${b.baseUrl}/kitchen`);
    await page.getByTestId('headcounts').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-flag$="/lunch"]'));
    expect(await lunchFlags.count()).toBe(0);
    await context.close();
  });
});
