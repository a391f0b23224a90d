// Timesheets: last month is given a published rota and its check-ins (a night across the month's
// end included); a manager opens last month's timesheets, downloads the XLSX (its totals match the
// API's), opens one carer's month day by day; the carer sees their own month only.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { centreDay } from '@care/shared/dates';
import { addDays, addMonths, monthDays } from '@care/shared/rota';
import { shiftInstants } from '@care/shared/rota-rules';
import { Attendance } from '@care/server/duty/duty.models';
import { RotaEntry, RotaMonth } from '@care/server/rota/rota-entry.model';
import { listTemplates } from '@care/server/rota/setup.service';
import { readTimesheets } from '@care/server/timesheets/timesheets.service';
import { User } from '@care/server/users/user.model';
import { useTestApp } from '@care/server/testing/test-app';
import { screenshot, seriousA11yFindings, useBrowser, usePeople } from './browser';

jest.setTimeout(180_000);
const t = useTestApp();
const b = useBrowser(t);
const last = addMonths(centreDay().slice(0, 7), -1);

const open = usePeople(b, { width: 1500, height: 1000 });

/** Last month published for a few people: mornings and nights worked, one night into this month. */
async function workLastMonth() {
  const templates = (await listTemplates()).filter((x) => x.active && x.kind === 'normal');
  const night = templates.find((x) => x.crossesMidnight)!;
  const morning = templates.find((x) => x.unitId === night.unitId && !x.crossesMidnight)!;
  const people = await User.find({ role: 'carer', active: true })
    .sort({ username: 1 })
    .limit(3)
    .lean();
  await RotaMonth.updateOne(
    { _id: last },
    { $set: { state: 'published', year: last.slice(0, 4), publishedAt: new Date() } },
    { upsert: true },
  );
  const days = monthDays(last);
  let k = 0;
  for (const person of people) {
    const staffId = person._id.toString();
    for (let i = k % 3; i < days.length; i += 3) {
      const day = days[i]!;
      const template = i === days.length - 1 || i % 2 ? night : morning;
      const { start, end } = shiftInstants(day, template);
      const entry = await RotaEntry.create({
        staffId,
        day,
        month: last,
        year: last.slice(0, 4),
        unitId: template.unitId,
        templateId: template._id.toString(),
        start: new Date(start),
        end: new Date(end),
      });
      // Most shifts worked with a few minutes either side; every fifth missed.
      if (i % 5 === 4) continue;
      await Attendance.create({
        key: entry._id.toString(),
        entryId: entry._id.toString(),
        staffId,
        staffName: person.fullName,
        unitId: template.unitId,
        templateId: template._id.toString(),
        day,
        month: last,
        year: last.slice(0, 4),
        plannedStart: new Date(start),
        plannedEnd: new Date(end),
        checkInAt: new Date(start - 5 * 60_000),
        checkOutAt: new Date(end + (i % 4) * 10 * 60_000),
        recordedBy: { id: staffId, fullName: person.fullName },
      });
    }
    k++;
  }
  // The last night of the month ends in this month: it must exist for the test to mean anything.
  expect(
    await RotaEntry.countDocuments({ day: days.at(-1)!, templateId: night._id.toString() }),
  ).toBeGreaterThan(0);
  return people;
}

it('lets a manager open last month’s timesheets and download them as XLSX with the right totals', async () => {
  const people = await workLastMonth();
  const expected = await readTimesheets(last);
  expect(expected.rows.length).toBeGreaterThanOrEqual(3);

  const page = await open('manager', '/rota');
  await page.getByRole('link', { name: 'Bảng chấm công' }).click();
  const table = page.getByRole('table', { name: 'Bảng chấm công theo nhân viên' });
  // The rota's link opens the rota's month (this one); one step back is last month.
  const now = addMonths(last, 1);
  await page.getByText(`Tháng ${now.slice(5, 7)}/${now.slice(0, 4)}`, { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Tháng trước' }).click();
  await page.getByText(`Tháng ${last.slice(5, 7)}/${last.slice(0, 4)}`, { exact: true }).waitFor();
  await page.waitForURL(new RegExp(`month=${last}`));
  await table.locator('tbody[aria-busy="false"]').waitFor();
  await table.locator('tfoot [data-total]').waitFor();
  const actual = await table.locator('tfoot [data-field="actualHours"]').textContent();
  expect(actual).toBe(new Intl.NumberFormat('vi-VN').format(expected.totals.actualHours));
  expect(await table.locator('[data-differs]').count()).toBeGreaterThan(0);
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'timesheets-month');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải XLSX' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`cham-cong-${last}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync((await download.path())!) as never);
  const sheet = book.worksheets[0]!;
  const header = sheet.getRow(3).values as unknown[];
  const total = sheet.getRow(sheet.rowCount).values as unknown[];
  expect(total[2]).toBe('Tổng cộng');
  expect(total[header.indexOf('Giờ thực tế')]).toBe(expected.totals.actualHours);
  expect(total[header.indexOf('Giờ theo lịch')]).toBe(expected.totals.plannedHours);
  expect(total[header.indexOf('Giờ làm đêm (22:00–06:00)')]).toBe(expected.totals.nightHours);
  expect(sheet.rowCount).toBe(3 + expected.rows.length + 1);

  // One carer's month, day by day; the last night reaches into this month.
  const carer = people[0]!;
  await table.getByRole('link', { name: new RegExp(`^${carer.fullName}`) }).click();
  const days = page.getByRole('table', { name: 'Chấm công theo ngày' });
  await days.locator('tfoot [data-total]').waitFor();
  expect(await days.locator('tbody tr').count()).toBe(monthDays(last).length);
  expect(await seriousA11yFindings(page)).toEqual([]);
  await screenshot(page, 'timesheets-staff');
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('button', { name: 'In bảng chấm công' }).isVisible()).toBe(false);
  await page.emulateMedia({ media: 'screen' });
  expect(addDays(monthDays(last).at(-1)!, 1).startsWith(addMonths(last, 1))).toBe(true);
});

it('shows a carer their own month only, and refuses someone else’s', async () => {
  const page = await open('carer', `/rota/timesheets?month=${last}`);
  await page
    .getByRole('table', { name: 'Chấm công theo ngày' })
    .locator('tfoot [data-total]')
    .waitFor();
  expect(await page.getByRole('link', { name: 'Tải XLSX' }).count()).toBe(0);
  await screenshot(page, 'timesheets-own');
  const other = await User.findOne({ role: 'nurse' }).lean();
  const res = await page.request.get(
    `${b.baseUrl}/api/timesheets/staff/${other!._id.toString()}?month=${last}`,
  );
  expect(res.status()).toBe(403);
});
