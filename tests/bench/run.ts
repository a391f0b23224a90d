// Benchmark: `npm start` to a served login page (database binary cached), then sign-in and
// first-page API latency on the demo centre. Writes tests/bench/results.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const port = 3999;
const base = `http://127.0.0.1:${port}`;
const rounds = Number(process.env.BENCH_ROUNDS ?? 100);

async function waitForLoginPage(started: number): Promise<number> {
  for (;;) {
    try {
      const res = await fetch(`${base}/login`);
      if (res.ok && (await res.text()).includes('<div id="root">'))
        return (Date.now() - started) / 1000;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 180_000) throw new Error('no login page after 180 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function portInUse(): Promise<boolean> {
  return fetch(base).then(
    () => true,
    () => false,
  );
}

async function startApp(dataDir: string) {
  if (await portInUse())
    throw new Error(`port ${port} is already in use: stop what listens there first`);
  const started = Date.now();
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOGIN_IP_LIMIT: '1000000',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
    detached: true,
  });
  const seconds = await waitForLoginPage(started);
  const stop = async () => {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((r) => child.once('exit', r));
    for (let i = 0; i < 100 && (await portInUse()); i++)
      await new Promise((r) => setTimeout(r, 100));
  };
  return { seconds, stop };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

class Client {
  private cookie = '';
  csrf = '';
  async call(method: string, url: string, body?: unknown) {
    const res = await fetch(base + url, {
      method,
      headers: {
        cookie: this.cookie,
        'content-type': 'application/json',
        'x-csrf-token': this.csrf,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status}`);
    return res.json() as Promise<{ data: { csrfToken?: string } }>;
  }
}

async function measureApi() {
  const login: number[] = [];
  const firstPage: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const client = new Client();
    let t = performance.now();
    client.csrf = (await client.call('GET', '/api/auth/session')).data.csrfToken!;
    client.csrf = (
      await client.call('POST', '/api/auth/login', { username: 'manager', password: 'Demo@2026' })
    ).data.csrfToken!;
    login.push(performance.now() - t);
    t = performance.now();
    await Promise.all([
      client.call('GET', '/api/auth/session'),
      client.call('GET', '/api/residents/counts'),
      client.call('GET', '/api/residents?page=1&pageSize=20'),
    ]);
    firstPage.push(performance.now() - t);
  }
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return {
    login: { p50: ms(percentile(login, 50)), p95: ms(percentile(login, 95)) },
    firstPage: { p50: ms(percentile(firstPage, 50)), p95: ms(percentile(firstPage, 95)) },
  };
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'carecentre-bench-'));
  try {
    const first = await startApp(dataDir);
    await first.stop();
    const second = await startApp(dataDir);
    const api = await measureApi();
    await second.stop();
    const lines = [
      `# Benchmark results`,
      ``,
      `Measured by \`npm run bench\` (tests/bench/run.ts) on ${new Date().toISOString().slice(0, 10)}, ` +
        `2 cores, Node ${process.version}, embedded FerretDB 1.24.2 on PostgreSQL 15 (binary cached; a first run includes initdb), ${rounds} rounds.`,
      ``,
      `| figure | result | goal |`,
      `| --- | --- | --- |`,
      `| \`npm start\` → login page served, first run (client build + empty database + demo seed) | ${first.seconds.toFixed(1)} s | < 30 s |`,
      `| \`npm start\` → login page served, later runs (client build, data kept) | ${second.seconds.toFixed(1)} s | < 30 s |`,
      `| sign-in (GET session + POST login), p50 / p95 | ${api.login.p50} / ${api.login.p95} | |`,
      `| first page API (session + resident counts + first residents page, in parallel), p50 / p95 | ${api.firstPage.p50} / ${api.firstPage.p95} | |`,
      ``,
    ];
    writeFileSync(path.join(__dirname, 'results.md'), lines.join('\n'));
    process.stdout.write(lines.join('\n'));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(String((e as Error).stack ?? e) + '\n');
  process.exit(1);
});
