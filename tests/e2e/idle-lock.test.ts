// The idle lock of shared duty-desk tablets in real Chromium: it locks after the idle time (6 s
// here), opens with the password, and lets another member of staff sign in on the same screen.
import type { Page } from 'playwright-core';
import { useTestApp } from '@care/server/testing/test-app';
import { seriousA11yFindings, signIn, useBrowser } from './browser';

jest.setTimeout(90_000);
const t = useTestApp({ IDLE_LOCK_MINUTES: '0.1' });
const b = useBrowser(t);

const focusInside = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.closest(s) != null, selector);

it('locks an idle screen, unlocks it with the password, and switches user on the same path', async () => {
  const context = await b.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${b.baseUrl}/login?next=${encodeURIComponent('/residents')}`);
    await signIn(page, 'manager');
    await page.getByRole('table').getByRole('link').first().click();
    await page.waitForURL(/\/residents\/[0-9a-f]{24}$/);
    await page.getByText('Dân tộc').first().waitFor();
    const path = new URL(page.url()).pathname;
    const name = await page.getByRole('heading', { level: 1 }).innerText();

    const lock = page.getByRole('dialog', { name: 'Màn hình đã khóa' });
    const signedOut = page.waitForResponse((r) => r.url().endsWith('/api/auth/logout'));
    await lock.waitFor();
    expect(await page.title()).toMatch(/^Màn hình đã khóa/);
    expect((await signedOut).status()).toBe(200);
    // The lock ended the server session: nothing can be read behind the panel.
    const status = await page.evaluate(() => fetch('/api/residents').then((r) => r.status));
    expect(status).toBe(401);
    // The page under the panel is inert; the keyboard stays in the panel.
    expect(await page.locator('#root').getAttribute('inert')).not.toBeNull();
    expect(await focusInside(page, '[role="dialog"]')).toBe(true);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInside(page, '[role="dialog"]')).toBe(true);
    }
    expect(await seriousA11yFindings(page)).toEqual([]);

    // A wrong password says so; the right one (Enter submits) opens the same screen again.
    await lock.getByLabel(/^Mật khẩu/).fill('not-the-password');
    await page.keyboard.press('Enter');
    await lock.getByRole('alert').waitFor();
    await lock.getByLabel(/^Mật khẩu/).fill('Demo@2026');
    await page.keyboard.press('Enter');
    await lock.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(path);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    expect(await page.locator('#root').getAttribute('inert')).toBeNull();

    // Locked again, a carer signs in: same address, shown what a carer may see (not the record).
    await lock.waitFor();
    await lock.getByRole('button', { name: 'Đăng nhập người khác' }).click();
    await lock.getByLabel(/^Tên đăng nhập/).fill('carer');
    await lock.getByLabel(/^Mật khẩu/).fill('Demo@2026');
    await page.keyboard.press('Enter');
    await lock.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(path);
    await page.getByRole('heading', { name: 'Không có quyền truy cập' }).waitFor();
    expect(await page.getByText(name).count()).toBe(0);
    await page.getByText('Nhân viên chăm sóc', { exact: true }).first().waitFor();
  } finally {
    await context.close();
  }
});
