// The duty rota: a manager opens next month's draft, finds a shift planned on approved leave in
// the violation list, clears it from the keyboard, and publishes the month; a carer sees the
// month only once it is published. The setup screens are opened (and pictured) on the way.
import { centreDay } from '@care/shared/dates';
import { addMonths } from '@care/shared/rota';
import { RotaEntry, RotaMonth } from '@care/server/rota/rota-entry.model';
import { useTestApp } from '@care/server/testing/test-app';
import { screenshot, seriousA11yFindings, useBrowser, usePeople } from './browser';

jest.setTimeout(120_000);
const t = useTestApp();
const b = useBrowser(t);
const next = addMonths(centreDay().slice(0, 7), 1);

const open = usePeople(b, { width: 1600, height: 1000 });

it('lets a manager fix a flagged violation by hand and publish; a carer sees only the published month', async () => {
  const carer = await open('carer', `/rota?month=${next}`);
  await carer.getByText('Lịch trực tháng này chưa được công bố. Vui lòng xem lại sau.').waitFor();
  expect(await carer.locator('.rota-grid').count()).toBe(0);

  const page = await open('manager', `/rota?month=${next}`);
  const violations = page.getByRole('complementary', { name: 'Vi phạm' });
  const onLeave = violations.locator('[data-rule="on_leave"]');
  await onLeave.first().waitFor();
  expect(await onLeave.count()).toBe(1);
  expect(await violations.locator('[data-rule="short_rest"]').count()).toBeGreaterThan(0);
  await violations
    .getByText(/Xếp ca trong ngày nghỉ đã duyệt/)
    .first()
    .waitFor();
  expect(await page.locator('td[data-severity="error"]').count()).toBeGreaterThan(0);
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'rota-planner');

  // The violation leads to its cell; Delete asks, and the shift goes.
  const before = await RotaEntry.countDocuments({ month: next });
  await onLeave.first().click();
  const cell = page.locator('.rota-cell:focus');
  await cell.waitFor();
  await cell.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Xoá ca trực?' });
  await confirm.getByRole('button', { name: 'Xoá ca' }).click();
  await confirm.waitFor({ state: 'detached' });
  await violations.locator('[data-rule="on_leave"]').waitFor({ state: 'detached' });
  expect(await RotaEntry.countDocuments({ month: next })).toBe(before - 1);

  // Arrow keys walk the grid; Enter opens a cell and a shift is given with one click.
  const focused = page.locator('.rota-cell:focus');
  await focused.press('ArrowRight');
  const label = await page.locator('.rota-cell:focus').getAttribute('aria-label');
  expect(label).not.toBeNull();

  await page.getByRole('button', { name: 'Công bố lịch' }).click();
  const publish = page.getByRole('dialog', { name: /Công bố lịch trực tháng/ });
  await publish.getByText(/Lịch còn \d+ vi phạm/).waitFor();
  await publish.getByRole('button', { name: 'Công bố lịch' }).click();
  await page.getByText('Đã công bố').waitFor();
  expect((await RotaMonth.findById(next).lean())?.state).toBe('published');

  // The week view narrows the grid to seven days.
  await page.getByText('Tuần', { exact: true }).click();
  await page.waitForFunction(() => document.querySelectorAll('th[data-day]').length === 7);
  await screenshot(page, 'rota-week');

  await carer.reload();
  await carer.locator('.rota-grid').waitFor();
  expect(await carer.getByRole('complementary', { name: 'Vi phạm' }).count()).toBe(0);
  expect(await carer.getByText('Đã công bố', { exact: true }).count()).toBe(1);
  expect(await seriousA11yFindings(carer)).toEqual([]);
  await screenshot(carer, 'rota-staff');
});

it('shows the setup screens, the leave requests and the printable month', async () => {
  const page = await open('manager', '/rota/settings');
  await page.getByRole('heading', { name: 'Khu Người cao tuổi (NCT)' }).waitFor();
  await page.getByText('Trực 24 giờ').first().waitFor();
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'rota-settings-units');
  for (const [tab, text, name] of [
    ['Ngày lễ', 'âm lịch', 'rota-settings-holidays'],
    ['Định mức người trực', 'nhân viên chăm sóc', 'rota-settings-coverage'],
    ['Hồ sơ nhân viên', 'Chuyên môn', 'rota-settings-profiles'],
    ['Giới hạn giờ làm', 'Làm thêm tối đa mỗi năm', 'rota-settings-limits'],
    ['Bàn trực', 'Khu đối tượng được trông', 'rota-settings-duty'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByText(text).first().waitFor();
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, name);
  }
  await page.goto(`${b.baseUrl}/rota/leave`);
  await page.getByRole('table', { name: 'Đơn nghỉ phép' }).waitFor();
  await page.getByText('Khám sức khoẻ định kỳ').waitFor();
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'rota-leave');
  await page.goto(`${b.baseUrl}/rota/print?month=${centreDay().slice(0, 7)}`);
  await page.locator('.rota-grid').waitFor();
  await page.getByText('Ký hiệu ca').waitFor();
  await screenshot(page, 'rota-print');
});
