// Browser test harness: Debian's Chromium driven by playwright-core against the real app.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from '@care/server/platform/paths';
import { reseed } from '@care/seed/seed-centre';
import { demoPassword } from '@care/seed/staff';
import type { TestApp } from '@care/server/testing/test-app';

export const screenshotDir = path.join(repoRoot, 'docs', 'screenshots');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type BrowserHarness = { browser: Browser; baseUrl: string };

/** Call after useTestApp(): seeds the demo centre, serves the app on a free port, opens Chromium. */
export function useBrowser(t: TestApp): BrowserHarness {
  const harness = {} as BrowserHarness;
  let server: Server;
  beforeAll(async () => {
    if (!existsSync(path.join(repoRoot, 'client', 'dist', 'index.html'))) {
      throw new Error(
        'client/dist is missing: run `npm run build -w client` (npm test does it first)',
      );
    }
    if (process.env.SCREENSHOTS === '1') mkdirSync(screenshotDir, { recursive: true });
    await reseed();
    server = await new Promise<Server>((resolve) => {
      const s = t.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    harness.baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    harness.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 360_000);
  afterAll(async () => {
    await harness.browser?.close();
    await new Promise((r) => server?.close(r));
  });
  return harness;
}

export async function signIn(page: Page, username: string, password = demoPassword): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('navigation').waitFor();
}

/** Goes to `path` through the sign-in form, as `username`. */
export async function openAs(
  b: BrowserHarness,
  page: Page,
  username: string,
  path: string,
): Promise<Page> {
  await page.goto(`${b.baseUrl}/login?next=${encodeURIComponent(path)}`);
  await signIn(page, username);
  return page;
}

/**
 * People at their own screens: each call opens a fresh browser context (its own session), signs
 * `username` in and goes to `path`; every context is closed after each test.
 */
export function usePeople(b: BrowserHarness, viewport: { width: number; height: number }) {
  let contexts: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
  });
  return async (username: string, path: string): Promise<Page> => {
    const context = await b.browser.newContext({ viewport });
    contexts.push(context);
    return openAs(b, await context.newPage(), username, path);
  };
}

/** axe-core findings of impact serious or critical, as readable lines. */
/** axe runs under the app's real CSP: it is evaluated by the driver, not added as a script tag. */
/** It waits for loading tables (`aria-busy`, dimmed while a new filter loads) to settle first. */
export async function seriousA11yFindings(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: () => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe.run();
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** README pictures: written only by `npm run screenshots`, so a test run leaves the tree clean. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts.ready);
  // Transitions (a drawer closing) finish before the picture is taken.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}
