// Signs in as each role in real Chromium: navigation by role, accessibility, language, session expiry.
import mongoose from 'mongoose';
import type { BrowserContext, Page } from 'playwright-core';
import { navigationFor } from '@care/shared/permissions';
import type { Role } from '@care/shared/roles';
import { useTestApp } from '@care/server/testing/test-app';
import vi from '../../client/src/app/i18n/vi.json';
import { screenshot, seriousA11yFindings, signIn, useBrowser } from './browser';

jest.setTimeout(60_000);
const t = useTestApp();
const b = useBrowser(t);

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await b.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
  });
  page = await context.newPage();
});
afterEach(async () => context?.close());

const label = (key: string) =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], vi) as string;

describe('the login page', () => {
  it('is in Vietnamese and has no serious accessibility findings', async () => {
    await page.goto(`${b.baseUrl}/`);
    await page.waitForURL(/\/login/);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(await seriousA11yFindings(page)).toEqual([]);
    await screenshot(page, 'login');
  });

  it('says clearly when the password is wrong', async () => {
    await page.goto(`${b.baseUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill('nurse');
    await page.getByLabel(/^Mật khẩu/).fill('wrong-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
  });

  it('works with the keyboard alone', async () => {
    await page.goto(`${b.baseUrl}/login`);
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('autocomplete') === 'username',
    );
    await page.keyboard.type('carer');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Demo@2026');
    await page.keyboard.press('Enter');
    await page.getByRole('navigation').waitFor();
  });
});

const logins: [Role, string][] = [
  ['admin', 'admin'],
  ['manager', 'manager'],
  ['social_worker', 'socialworker'],
  ['nurse', 'nurse'],
  ['carer', 'carer'],
  ['kitchen', 'kitchen'],
];

describe.each(logins)('signed in as %s', (role, username) => {
  it('shows exactly the navigation of the role', async () => {
    await page.goto(`${b.baseUrl}/login`);
    await signIn(page, username);
    const links = await page.getByRole('navigation').getByRole('link').allInnerTexts();
    const expected = [...navigationFor(role).map((e) => label(e.labelKey)), label('nav.account')];
    expect(links.map((l) => l.trim())).toEqual(expected);
    if (role === 'admin' || role === 'manager') {
      expect(await seriousA11yFindings(page)).toEqual([]);
      await screenshot(page, `dashboard-${role}`);
    }
  });
});

describe('the shell', () => {
  it('switches to English in one click and remembers it for the user', async () => {
    await page.goto(`${b.baseUrl}/login`);
    await signIn(page, 'socialworker');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Residents' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const other = await context.browser()!.newContext({ viewport: { width: 1366, height: 768 } });
    const second = await other.newPage();
    await second.goto(`${b.baseUrl}/login`);
    await signIn(second, 'socialworker');
    await second.getByRole('navigation').getByRole('link', { name: 'Residents' }).waitFor();
    await second.getByText('VI', { exact: true }).click();
    await second.getByRole('navigation').getByRole('link', { name: 'Đối tượng' }).waitFor();
    await other.close();
  });

  it('returns to login when the session expires, then back to the same screen', async () => {
    await page.goto(`${b.baseUrl}/login`);
    await signIn(page, 'nurse');
    await page.goto(`${b.baseUrl}/residents?category=elderly`);
    await page.getByRole('table').waitFor();
    await mongoose.connection.collection('sessions').deleteMany({});
    await page.reload();
    await page.waitForURL(/\/login\?next=/);
    await signIn(page, 'nurse');
    await page.waitForURL(/\/residents\?category=elderly$/);
  });

  it('says when the server cannot be reached, and stops saying it once it can', async () => {
    await page.goto(`${b.baseUrl}/login`);
    await signIn(page, 'manager');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Đối tượng' }).click();
    await page.getByRole('table').getByRole('row').nth(2).waitFor();
    await nav.getByRole('link', { name: 'Trang chủ' }).click();
    await context.setOffline(true);
    await nav.getByRole('link', { name: 'Đối tượng' }).click();
    await page.getByRole('alert').getByText('Mất kết nối tới máy chủ').waitFor();
    await context.setOffline(false);
    await nav.getByRole('link', { name: 'Trang chủ' }).click();
    await nav.getByRole('link', { name: 'Đối tượng' }).click();
    await page.getByRole('table').getByRole('row').nth(2).waitFor();
    await page.getByText('Mất kết nối tới máy chủ').waitFor({ state: 'detached' });
  });

  it('moves a page number past the end to the last page', async () => {
    await page.goto(`${b.baseUrl}/login`);
    await signIn(page, 'manager');
    await page.goto(`${b.baseUrl}/residents?page=99`);
    // 101 residents are in care or away in the demo centre: six pages of 20.
    await page.waitForURL(/page=6$/);
    await page.getByText(/^101–101 trên tổng số 101$/).waitFor();
  });

  it('shows a not-found page for an unknown address', async () => {
    await page.goto(`${b.baseUrl}/login`);
    await signIn(page, 'manager');
    await page.goto(`${b.baseUrl}/no-such-screen`);
    await page.getByRole('heading', { name: /Không tìm thấy/ }).waitFor();
  });

  it('fits a 10-inch tablet with the menu behind a button', async () => {
    const tablet = await b.browser.newContext({
      viewport: { width: 800, height: 1280 },
      hasTouch: true,
    });
    try {
      const tab = await tablet.newPage();
      await tab.goto(`${b.baseUrl}/login`);
      await tab.getByLabel('Tên đăng nhập').fill('nurse');
      await tab.getByLabel(/^Mật khẩu/).fill('Demo@2026');
      await tab.getByRole('button', { name: 'Đăng nhập' }).click();
      await tab.getByRole('button', { name: 'Mở menu' }).click();
      await tab.getByRole('navigation').getByRole('link', { name: 'Đối tượng' }).click();
      await tab.getByRole('table').waitFor();
      const overflow = await tab.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth,
      );
      expect(overflow).toBe(false);
      // Every visible control is a touch target of at least 44 px.
      const small = await tab.evaluate(() =>
        [...document.querySelectorAll('button, a[href], input, [role="button"]')]
          // A row link's target is its whole row.
          .map((e) => ({
            html: e.outerHTML.slice(0, 90),
            r: (e.classList.contains('row-link') ? e.closest('tr')! : e).getBoundingClientRect(),
          }))
          .filter(({ r }) => r.width > 0 && r.height > 0 && r.height < 44)
          .map(({ html, r }) => `${Math.round(r.height)} ${html}`),
      );
      expect(small).toEqual([]);
      await screenshot(tab, 'tablet-nurse');
    } finally {
      await tablet.close();
    }
  });
});
