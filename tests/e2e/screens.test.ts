// The screens behind each navigation entry, driven as a user would, with screenshots for the README.
import type { BrowserContext, Page } from 'playwright-core';
import { useTestApp } from '@care/server/testing/test-app';
import { User } from '@care/server/users/user.model';
import { Resident } from '@care/server/residents/resident.model';
import { foldName } from '@care/shared/text';
import { updateUser } from '@care/server/users/users.service';
import { screenshot, seriousA11yFindings, useBrowser, openAs } from './browser';

jest.setTimeout(60_000);
const t = useTestApp();
const b = useBrowser(t);

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await b.browser.newContext({ viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
});
afterEach(async () => context?.close());

const open = (username: string, path: string) => openAs(b, page, username, path);

/** The demo centre's first resident (in hospital on the demo day, still in the register). */
const firstResident = async () => (await Resident.findOne({ code: 'DT-0001' }).lean())!.fullName;

describe('residents', () => {
  it('lets a manager find a resident by name without diacritics and open each tab of the record', async () => {
    const name = await firstResident();
    await open('manager', '/residents');
    await page.getByRole('table').waitFor();
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, 'residents');
    await page.getByLabel('Tìm theo họ tên').fill(foldName(name));
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name }).waitFor();
    await page.getByText('Dân tộc').first().waitFor();
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, 'resident');
    const tabs: [string, string][] = [
      ['Chăm sóc hằng ngày', 'Độ mềm thức ăn'],
      ['Quá trình nuôi dưỡng', 'Hồ sơ tiếp nhận'],
      ['Ghi chép', 'Lưu ghi chép'],
      ['Sự cố', 'Báo cáo sự cố'],
      ['Gia đình, hồi gia', 'Kế hoạch hồi gia'],
      ['Giấy tờ', 'Tải lên'],
      ['Dòng thời gian', 'Sửa hồ sơ'],
      ['Lịch sử truy cập', 'Xem toàn bộ hồ sơ'],
    ];
    for (const [tab, marker] of tabs) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.getByText(marker, { exact: true }).first().waitFor();
      expect(await seriousA11yFindings(page)).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Quá trình nuôi dưỡng' }).click();
    await screenshot(page, 'resident-stay');
  });

  it('shows a carer the list but not the full record', async () => {
    await open('carer', '/residents');
    await page.getByRole('table').waitFor();
    // Carers open the care summary from the list, never the full record.
    const name = await firstResident();
    await page.getByLabel('Tìm theo họ tên').fill(name);
    const link = page.getByRole('link', { name });
    expect(await link.getAttribute('href')).toMatch(/\/summary$/);
  });
});

describe('staff accounts', () => {
  it('lets the admin create an account and deactivate it after confirming', async () => {
    await open('admin', '/admin/users');
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill('thu.le');
    await dialog.getByLabel('Họ và tên').fill('Lê Thị Thu');
    await dialog
      .getByRole('combobox', { name: /^Vai trò/ })
      .or(dialog.getByRole('textbox', { name: /^Vai trò/ }))
      .first()
      .click();
    await page.getByRole('option', { name: 'Điều dưỡng' }).click();
    await dialog.getByLabel(/^Mật khẩu ban đầu/).fill('Thu@2026x');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByText('Đã tạo tài khoản cho Lê Thị Thu.').waitFor();

    await page.getByLabel('Tìm theo tên').fill('thu.le');
    await page.getByRole('button', { name: 'Khác: thao tác với tài khoản Lê Thị Thu' }).click();
    await page.getByRole('menuitem', { name: 'Vô hiệu hóa' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Vô hiệu hóa' }).click();
    await page.getByText('Đã vô hiệu hóa tài khoản Lê Thị Thu.').waitFor();
    await page.getByRole('table').getByText('Đã vô hiệu hóa').waitFor();
    await page.goto(`${b.baseUrl}/admin/users`);
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length >= 10);
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, 'users');
  });
});

describe('editing an account someone else just changed', () => {
  it('keeps the other change, tells the user and offers to reload', async () => {
    const target = await t.addUser({
      role: 'carer',
      fullName: 'Phan Văn Tùng',
      username: 'tung.phan',
    });
    await open('admin', '/admin/users?q=tung.phan');
    await page.getByRole('button', { name: 'Sửa tài khoản Phan Văn Tùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Họ và tên/).fill('Phan Văn Tùng Anh');
    // Meanwhile another administrator changes the role.
    await updateUser(target._id.toString(), { version: 0, role: 'nurse' }, null);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Tài khoản vừa được người khác thay đổi').waitFor();
    const stored = await User.findById(target._id).lean();
    expect(stored).toMatchObject({ fullName: 'Phan Văn Tùng', role: 'nurse', version: 1 });
    await page.getByRole('button', { name: 'Tải lại' }).click();
    // The form now shows the record as it is, the other administrator's role included.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role=dialog] input')].some(
        (i) => (i as HTMLInputElement).value === 'Điều dưỡng',
      ),
    );
    await dialog.getByLabel(/^Họ và tên/).fill('Phan Văn Tùng Anh');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu tài khoản Phan Văn Tùng Anh.').waitFor();
    expect(await User.findById(target._id).lean()).toMatchObject({
      fullName: 'Phan Văn Tùng Anh',
      role: 'nurse',
    });
  });
});

describe('audit trail', () => {
  it('shows the admin who read which resident record', async () => {
    const name = await firstResident();
    await open('nurse', '/residents');
    await page.getByLabel('Tìm theo họ tên').fill(name);
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name }).waitFor();
    // The admin signs in on a browser of their own: a nurse's request still in flight cannot
    // bring her session back.
    await context.close();
    context = await b.browser.newContext({ viewport: { width: 1366, height: 768 } });
    page = await context.newPage();
    await open('admin', '/admin/audit?action=read');
    await page.getByLabel('Hồ sơ', { exact: true }).fill('DT-0001');
    await page.waitForURL(/record=DT-0001/);
    await page.getByRole('table').getByText('Xem hồ sơ').first().waitFor();
    await page.getByRole('table').getByText('DT-0001').first().waitFor();
    // Rows of the previous filter stay dimmed until the new page arrives.
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('tbody')!).opacity === '1',
    );
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, 'audit');
  });
});

describe("the centre's incidents", () => {
  it('lists the open incidents for a carer, filters them, and says when none match', async () => {
    await open('carer', '/');
    await page.getByRole('navigation').getByRole('link', { name: 'Sự cố' }).click();
    const table = page.getByRole('table', { name: 'Sự cố của Trung tâm' });
    await table.getByRole('row').nth(1).waitFor();
    expect(await seriousA11yFindings(page)).toEqual([]);
    const pick = async (label: string, option: string) => {
      await page
        .getByRole('combobox', { name: label })
        .or(page.getByRole('textbox', { name: label }))
        .first()
        .click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    await pick('Trạng thái', 'Đã đóng');
    await page.waitForURL(/status=closed/);
    await pick('Loại sự cố', 'Nghi bị xâm hại');
    await pick('Mức độ', 'Nhẹ');
    await page.waitForURL(/severity=minor/);
    await page
      .getByText(/Chưa có sự cố nào đã đóng|Đã đóng/)
      .first()
      .waitFor();
    expect(await seriousA11yFindings(page)).toEqual([]);
  });
});
