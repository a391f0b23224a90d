// The embedded FerretDB 1.24: built once from `server/ferretdb/` with Go into a cache folder, then
// run as a child that prints its connection string (a Unix socket) and exits when our stdin closes.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../paths';
import { onPath, type Log } from './processes';
import {
  applyEdits,
  decodeExactSource,
  edits,
  expectedSites,
  patchFingerprint,
  patchSjsonFile,
} from './ferretdb-patch';

const ferretSource = path.join(repoRoot, 'server', 'ferretdb');

function cacheDir(): string {
  const base =
    process.env.CARECENTRE_CACHE ??
    path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'carecentre');
  mkdirSync(base, { recursive: true });
  return base;
}

const goEnv = { ...process.env, GOFLAGS: '-mod=mod -buildvcs=false', CGO_ENABLED: '0' };

/**
 * Copies the pinned FerretDB module beside the build, patches its sjson files there (see
 * ferretdb-patch.ts), and writes the overlay: our go.mod with a `replace` pointing at the copy
 * (Go refuses overlays of files in its module cache).
 */
async function writeOverlay(dir: string): Promise<string> {
  // Downloads the module first on a machine that has not built it yet (an empty module cache).
  const moduleDir = await new Promise<string>((resolve, reject) =>
    execFile(
      'go',
      ['mod', 'download', '-json', 'github.com/FerretDB/FerretDB'],
      { cwd: ferretSource, env: goEnv },
      (error, stdout) => {
        if (error) return reject(error);
        const dir = (JSON.parse(stdout) as { Dir?: string }).Dir;
        if (dir) resolve(dir);
        else reject(new Error(`go mod download gave no folder for FerretDB: ${stdout}`));
      },
    ),
  );
  rmSync(dir, { recursive: true, force: true });
  const copy = path.join(dir, 'FerretDB');
  cpSync(moduleDir, copy, { recursive: true });
  writable(copy);
  const sjson = path.join(copy, 'internal', 'handler', 'sjson');
  let sites = 0;
  for (const f of readdirSync(sjson).filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))) {
    const patched = patchSjsonFile(readFileSync(path.join(sjson, f), 'utf8'));
    sites += patched.sites;
    if (patched.sites) writeFileSync(path.join(sjson, f), patched.text);
  }
  if (sites !== expectedSites)
    throw new Error(
      `FerretDB's sjson sources changed: ${sites} decode sites, ${expectedSites} expected`,
    );
  writeFileSync(path.join(sjson, 'decode_exact.go'), decodeExactSource);
  for (const file of new Set(edits.map((e) => e.file))) {
    const target = path.join(copy, file);
    writeFileSync(target, applyEdits(file, readFileSync(target, 'utf8')));
  }
  const goMod = path.join(dir, 'go.mod');
  writeFileSync(
    goMod,
    `${readFileSync(path.join(ferretSource, 'go.mod'), 'utf8')}\nreplace github.com/FerretDB/FerretDB => ${copy}\n`,
  );
  const file = path.join(dir, 'overlay.json');
  writeFileSync(file, JSON.stringify({ Replace: { [path.join(ferretSource, 'go.mod')]: goMod } }));
  return file;
}

/** The module cache's files and folders are read-only: the copy is made writable. */
function writable(dir: string) {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) writable(p);
    else chmodSync(p, 0o644);
  }
}

/** The binary's name carries a hash of its sources, so a changed program is rebuilt. */
export function ferretBinaryPath(): string {
  const hash = createHash('sha256');
  const sources = readdirSync(ferretSource)
    .filter((f) => f.endsWith('.go') || f === 'go.mod' || f === 'go.sum')
    .sort();
  for (const f of sources) hash.update(f).update(readFileSync(path.join(ferretSource, f)));
  hash.update(patchFingerprint);
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
  const overlay = await writeOverlay(`${tmp}.overlay`);
  await new Promise<void>((resolve, reject) => {
    const go = spawn('go', ['build', '-overlay', overlay, '-o', tmp, '.'], {
      cwd: ferretSource,
      env: goEnv,
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
  rmSync(`${tmp}.overlay`, { recursive: true, force: true });
  log(`Embedded database built in ${Math.round((Date.now() - started) / 1000)} s: ${target}`);
  return target;
}

export type FerretBackend =
  { handler: 'postgresql'; postgresqlUrl: string } | { handler: 'sqlite'; dataDir: string };

/** Starts FerretDB behind its write-serialising proxy; resolves with the child and its URI. */
export async function startFerret(
  binary: string,
  backend: FerretBackend,
  sockets: string,
): Promise<{ child: ChildProcess; uri: string }> {
  const args = ['-handler', backend.handler, '-sockets', sockets];
  if (backend.handler === 'postgresql') args.push('-postgresql-url', backend.postgresqlUrl);
  else args.push('-data', backend.dataDir);
  // stdin stays open while we live; when this process dies, FerretDB sees EOF and exits.
  const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
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
  return { child, uri };
}
