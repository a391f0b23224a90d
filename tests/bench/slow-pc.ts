// `npm run bench:slow-pc`: the login page and the first screen on an old PC over a slow provincial
// link (Chromium with 4× CPU slowdown, 1.5 Mbps, 150 ms round trip), through `npm start`'s server.
// Reports the JavaScript sent (compressed) before and after sign-in and the times until each screen
// can be used; writes tests/bench/slow-pc-results.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';

const root = path.resolve(__dirname, '../..');
const port = 3998;
const base = `http://127.0.0.1:${port}`;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

async function startApp(dataDir: string) {
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 1800; i++) {
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return () => process.kill(-child.pid!, 'SIGTERM');
}

async function slowPage(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.5 * 1024 * 1024) / 8,
    uploadThroughput: (0.75 * 1024 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let js = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number; requestId: string }) => {
    if (scripts.has(e.requestId)) js += e.encodedDataLength;
  });
  const scripts = new Set<string>();
  cdp.on('Network.responseReceived', (e: { requestId: string; type: string }) => {
    if (e.type === 'Script') scripts.add(e.requestId);
  });
  return { js: () => js, reset: () => (js = 0) };
}

async function round() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const meter = await slowPage(page);
    let t = Date.now();
    await page.goto(`${base}/login`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    const loginMs = Date.now() - t;
    const loginJs = meter.js();
    meter.reset();
    await page.getByLabel('Tên đăng nhập').fill('manager');
    await page.getByLabel(/^Mật khẩu/).fill('Demo@2026');
    t = Date.now();
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Đối tượng đang nuôi dưỡng').waitFor();
    await page.getByText('Tổng số', { exact: true }).waitFor();
    return { loginMs, loginJs, dashboardMs: Date.now() - t, dashboardJs: meter.js() };
  } finally {
    await browser.close();
  }
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'carecentre-slowpc-'));
  const stop = await startApp(dataDir);
  try {
    await round(); // warm the server (first requests build nothing, but seed caches)
    const results: Awaited<ReturnType<typeof round>>[] = [];
    for (let i = 0; i < rounds; i++) results.push(await round());
    const median = (k: keyof (typeof results)[number]) =>
      [...results.map((r) => r[k])].sort((a, b) => a - b)[Math.floor(results.length / 2)]!;
    const kb = (b: number) => `${(b / 1024).toFixed(0)} kB`;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const lines = [
      '# Slow PC benchmark',
      '',
      `Measured by \`npm run bench:slow-pc\` (tests/bench/slow-pc.ts) on ${new Date().toISOString().slice(0, 10)}: ` +
        `Debian Chromium with 4× CPU slowdown, 1.5 Mbps down, 150 ms round trip, cold cache each ` +
        `round; median of ${rounds} rounds.`,
      '',
      '| figure | result | goal |',
      '| --- | --- | --- |',
      `| JavaScript sent before sign-in (compressed) | ${kb(median('loginJs'))} | < 250 kB |`,
      `| login page usable (button shown) | ${s(median('loginMs'))} | < 3 s |`,
      `| JavaScript sent after sign-in, for the dashboard | ${kb(median('dashboardJs'))} | |`,
      `| sign-in → dashboard with its figures | ${s(median('dashboardMs'))} | |`,
      '',
    ];
    writeFileSync(path.join(__dirname, 'slow-pc-results.md'), lines.join('\n'));
    process.stdout.write(lines.join('\n'));
  } finally {
    stop();
    await new Promise((r) => setTimeout(r, 2000));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(String((e as Error).stack ?? e) + '\n');
  process.exit(1);
});
