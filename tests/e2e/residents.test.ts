// The register and the admission form, driven as staff would on the reseeded demo centre.
import type { BrowserContext, Page } from 'playwright-core';
import { foldName } from '@care/shared/text';
import { Resident } from '@care/server/residents/resident.model';
import { useTestApp } from '@care/server/testing/test-app';
import { useBrowser, openAs } from './browser';

jest.setTimeout(90_000);
const t = useTestApp();
const b = useBrowser(t);

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await b.browser.newContext({ viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
});
afterEach(async () => context?.close());

const open = (username: string, path: string) => openAs(b, page, username, path);

/** Picks an option of a Mantine select or multi-select by its label. */
async function choose(label: string | RegExp, option: string) {
  await page
    .getByRole('combobox', { name: label })
    .or(page.getByRole('textbox', { name: label }))
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

describe('the register', () => {
  it('finds a resident typed without diacritics and in another word order', async () => {
    const resident = await Resident.findOne({ current: true, fullName: /\S+ \S+ \S+/ }).lean();
    const typed = foldName(resident!.fullName).split(/\s+/).reverse().join(' ');
    expect(typed).not.toBe(resident!.fullName);
    await open('socialworker', '/residents');
    await page.getByRole('table').waitFor();
    await page.getByLabel('Tìm theo họ tên').fill(typed);
    await page.waitForURL(/q=/);
    await page.getByRole('link', { name: resident!.fullName }).first().waitFor();
  });

  it('sends a carer to the care summary, not the full record', async () => {
    await open('carer', '/residents');
    const link = page.getByRole('table').getByRole('link').first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/residents\/[0-9a-f]{24}\/summary$/);
    expect(await page.getByRole('link', { name: 'Tiếp nhận đối tượng' }).count()).toBe(0);
  });
});

describe('the admission form', () => {
  it('lets a manager admit a new resident and opens the new record', async () => {
    await open('manager', '/residents');
    await page.getByRole('link', { name: 'Tiếp nhận đối tượng' }).click();
    await page.getByRole('heading', { name: 'Tiếp nhận đối tượng' }).waitFor();
    await page.getByLabel(/^Họ và tên/).fill('Hà Thị Lành');
    await choose(/^Giới tính/, 'Nữ');
    await page.getByLabel(/^Ngày sinh/).fill('1948-05-17');
    await choose(/^Diện đối tượng/, 'Người cao tuổi');
    await choose(/^Hình thức tiếp nhận/, 'Đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn');
    await page.getByLabel(/^Số quyết định/).fill('125/QĐ-SYT');
    await page.getByLabel(/^Cơ quan ban hành/).fill('Sở Y tế tỉnh Lào Cai');
    await page.getByLabel('Đơn đề nghị tiếp nhận').check();
    await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await page.waitForURL(/\/residents\/[0-9a-f]{24}$/);
    const id = page.url().split('/').pop();
    const stored = await Resident.findById(id).lean();
    expect(stored).toMatchObject({
      fullName: 'Hà Thị Lành',
      gender: 'female',
      birthDate: '1948-05-17',
      categories: ['elderly'],
    });
  });

  it('shows Vietnamese messages on the fields and creates nothing for bad input', async () => {
    const before = await Resident.countDocuments();
    await open('socialworker', '/residents/new');
    await page.getByRole('heading', { name: 'Tiếp nhận đối tượng' }).waitFor();
    await page.getByLabel(/^Họ và tên/).fill('A');
    await page.getByLabel(/^Mã thẻ bảo hiểm y tế/).fill('123');
    await page.getByLabel(/^Số định danh cá nhân/).fill('12345');
    await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await page.getByText('Thông tin chưa hợp lệ. Vui lòng sửa các ô được đánh dấu đỏ.').waitFor();
    await page.getByText('Cần ít nhất 2 ký tự').waitFor();
    await page.getByText('Mã thẻ BHYT phải gồm 10 chữ số (hoặc 15 ký tự theo mẫu cũ)').waitFor();
    await page.getByText('Số định danh phải gồm 12 chữ số (hoặc 9 chữ số với CMND cũ)').waitFor();
    expect(await page.getByText('Vui lòng nhập thông tin này').count()).toBeGreaterThan(0);
    // What was typed stays, and a social worker sees no HIV field.
    expect(await page.getByLabel(/^Họ và tên/).inputValue()).toBe('A');
    expect(await page.getByText('Tình trạng HIV').count()).toBe(0);
    expect(await Resident.countDocuments()).toBe(before);
  });
});
