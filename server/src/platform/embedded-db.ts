// Yields a MongoDB connection string: MONGODB_URI, else a `mongod` on the PATH, else FerretDB 1.24
// (SQLite backend) built once from its Go module into a cache folder and started on loopback.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import mongoose from 'mongoose';

const { MongoClient } = mongoose.mongo;

export const repoRoot = path.resolve(__dirname, '../../..');
const ferretSource = path.join(repoRoot, 'server', 'ferretdb');

export type Database = {
  uri: string;
  kind: 'external' | 'mongod' | 'ferretdb';
  stop: () => Promise<void>;
};
type Log = (line: string) => void;

export async function startDatabase(opts: { dataDir: string; log?: Log }): Promise<Database> {
  const log = opts.log ?? ((l) => process.stderr.write(l + '\n'));
  if (process.env.MONGODB_URI)
    return { uri: process.env.MONGODB_URI, kind: 'external', stop: async () => {} };
  if (onPath('mongod')) return startMongod(path.join(opts.dataDir, 'mongod'), log);
  const binary = await ensureFerretBinary(log);
  return startFerret(binary, path.join(opts.dataDir, 'ferretdb'));
}

function onPath(cmd: string): boolean {
  return (
    spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore', env: process.env }).status === 0
  );
}

function cacheDir(): string {
  const base =
    process.env.CARECENTRE_CACHE ??
    path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'carecentre');
  mkdirSync(base, { recursive: true });
  return base;
}

/** The binary's name carries a hash of its sources, so a changed launcher is rebuilt. */
export function ferretBinaryPath(): string {
  const hash = createHash('sha256');
  for (const f of ['go.mod', 'go.sum', 'main.go'])
    hash.update(readFileSync(path.join(ferretSource, f)));
  return path.join(cacheDir(), `embeddedferretdb-1.24.2-${hash.digest('hex').slice(0, 12)}`);
}

export async function ensureFerretBinary(log: Log): Promise<string> {
  const target = ferretBinaryPath();
  if (existsSync(target)) return target;
  if (!onPath('go')) {
    throw new Error(
      'No database available. Install one of: Go 1.22+ (to build the embedded FerretDB: apt-get install golang), ' +
        'MongoDB (`mongod` on the PATH), or set MONGODB_URI to a running MongoDB.',
    );
  }
  log('Building the embedded database (FerretDB 1.24.2) — first run only, 1–3 minutes…');
  const tmp = `${target}.${process.pid}.tmp`;
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const go = spawn('go', ['build', '-o', tmp, '.'], {
      cwd: ferretSource,
      env: { ...process.env, GOFLAGS: '-mod=mod -buildvcs=false', CGO_ENABLED: '0' },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    const tick = setInterval(
      () => log(`  …still building (${Math.round((Date.now() - started) / 1000)} s)`),
      15_000,
    );
    let errors = '';
    go.stderr.on('data', (d: Buffer) => {
      errors += d.toString();
      process.stderr.write(d);
    });
    go.on('error', (e) => {
      clearInterval(tick);
      reject(e);
    });
    go.on('exit', (code) => {
      clearInterval(tick);
      if (code === 0) resolve();
      else
        reject(
          new Error(`Building FerretDB failed (go build exit ${code}):\n${errors.slice(-2000)}`),
        );
    });
  });
  renameSync(tmp, target);
  log(`Embedded database built in ${Math.round((Date.now() - started) / 1000)} s: ${target}`);
  return target;
}

function stopper(child: ChildProcess): () => Promise<void> {
  const onExit = () => child.kill('SIGTERM');
  process.once('exit', onExit);
  return () =>
    new Promise((resolve) => {
      process.off('exit', onExit);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

async function startFerret(binary: string, dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  // stdin stays open while we live; when this process dies, FerretDB sees EOF and exits.
  const child = spawn(binary, ['-data', dataDir, '-listen', '127.0.0.1:0'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const uri = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) =>
      reject(new Error(`FerretDB exited (${code}) before it was ready:\n${stderr}`)),
    );
    child.once('error', reject);
  });
  await waitUntilAnswering(uri);
  return { uri, kind: 'ferretdb', stop: stopper(child) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function startMongod(dataDir: string, log: Log): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  log(`Starting mongod on 127.0.0.1:${port}`);
  const child = spawn(
    'mongod',
    ['--dbpath', dataDir, '--bind_ip', '127.0.0.1', '--port', String(port)],
    {
      stdio: 'ignore',
    },
  );
  const uri = `mongodb://127.0.0.1:${port}/`;
  await waitUntilAnswering(uri);
  return { uri, kind: 'mongod', stop: stopper(child) };
}

async function waitUntilAnswering(uri: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1_000 });
    try {
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (e) {
      if (Date.now() > deadline)
        throw new Error(`The database at ${uri} did not answer: ${String(e)}`);
      await new Promise((r) => setTimeout(r, 250));
    } finally {
      await client.close().catch(() => {});
    }
  }
}
