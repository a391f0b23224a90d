// A manager locks a cell of next month's draft, auto-fills the month for one unit, reads the
// explanation, applies it to the draft, and the locked cell keeps its shift.
import type { BrowserContext, Page } from 'playwright-core';
import { centreDay } from '@care/shared/dates';
import { addMonths } from '@care/shared/rota';
import { useTestApp } from '@care/server/testing/test-app';
import { RotaEntry } from '@care/server/rota/rota-entry.model';
import { RotaUnit } from '@care/server/rota/setup.models';
import { RotaCellLock } from '@care/server/rota/autofill/cell-lock.model';
import { screenshot, seriousA11yFindings, signIn, useBrowser } from './browser';

jest.setTimeout(150_000);
const t = useTestApp();
const b = useBrowser(t);

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await b.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  page = await context.newPage();
});
afterEach(async () => context?.close());

it('lets a manager lock a cell, auto-fill next month for one unit and apply it, keeping the lock', async () => {
  const month = addMonths(centreDay().slice(0, 7), 1);
  const unit = await RotaUnit.findOne({ code: 'TE' }).lean();
  const kept = await RotaEntry.findOne({ month, unitId: unit!._id.toString() })
    .sort({ day: 1 })
    .lean();
  expect(kept).not.toBeNull();
  const path = `/rota?month=${month}`;
  await page.goto(`${b.baseUrl}/login?next=${encodeURIComponent(path)}`);
  await signIn(page, 'manager');
  await page.getByRole('button', { name: 'Tự động xếp lịch' }).waitFor();

  // Lock the cell from the keyboard: focus it, press L.
  const cell = page.locator(`#cell-${kept!.staffId}-${kept!.day}`);
  await cell.focus();
  await page.keyboard.press('l');
  await cell.locator('[data-locked]').waitFor();
  expect(await cell.getAttribute('aria-label')).toMatch(/Đã khoá$/);
  expect(await RotaCellLock.countDocuments({ staffId: kept!.staffId, day: kept!.day })).toBe(1);

  await page.getByRole('button', { name: 'Tự động xếp lịch' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByRole('combobox', { name: 'Xếp cho' })
    .or(dialog.getByRole('textbox', { name: 'Xếp cho' }))
    .first()
    .click();
  await page.getByRole('option', { name: 'Khu Trẻ em', exact: true }).click();
  await dialog.getByText('10 giây').click();
  await screenshot(page, 'rota-autofill-start');
  await dialog.getByRole('button', { name: 'Bắt đầu xếp lịch' }).click();
  await dialog.getByRole('progressbar').waitFor();
  await screenshot(page, 'rota-autofill-running');
  await dialog.getByText('Kết quả xếp lịch').waitFor({ timeout: 90_000 });
  const figure = (label: string) =>
    dialog.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  expect(await figure('Vi phạm quy định').textContent()).toBe('0');
  expect(await figure('Ô khoá được giữ').textContent()).toMatch(/^(\d+) \/ \1$/);
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'rota-autofill-result');

  await dialog.getByRole('button', { name: 'Áp dụng vào bản nháp' }).click();
  await dialog.getByText('Đã áp dụng vào bản nháp').waitFor();
  expect(await dialog.getByRole('status').textContent()).toMatch(
    /Vi phạm quy định về người lao động: 0/,
  );
  await screenshot(page, 'rota-autofill-applied');
  await dialog.getByRole('button', { name: 'Đóng', exact: true }).last().click();

  // The locked cell kept its very entry; the unit's month is filled.
  expect(await RotaEntry.findById(kept!._id).lean()).toMatchObject({
    staffId: kept!.staffId,
    day: kept!.day,
    templateId: kept!.templateId,
  });
  await cell.locator('[data-locked]').waitFor();
  await cell.scrollIntoViewIfNeeded();
  await screenshot(page, 'rota-autofill-grid');
});
