// A PostgreSQL cluster of our own for FerretDB: made with initdb, listening only on a Unix socket in
// a private folder, started and stopped with the app. PostgreSQL refuses to run as root, so when the
// app runs as root the cluster runs as the `postgres` system user, in a folder that user owns
// (it cannot enter a 0700 data folder of root's); the data folder records where it is.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { privateDir, socketDir } from './private-files';
import { isAlive, onPath, sleep, systemUser, type SystemUser } from './processes';

const execFileAsync = promisify(execFile);

export type PostgresInstall = { bin: string; major: number };

/** PostgreSQL server binaries on the PATH or in Debian's /usr/lib/postgresql/<major>/bin. */
export function findPostgres(): PostgresInstall | null {
  const candidates: string[] = [];
  if (onPath('pg_config')) {
    const out = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
    if (out.status === 0) candidates.push(out.stdout.trim());
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const majors = readdirSync(debian)
      .filter((d) => /^\d+$/.test(d))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...majors.map((m) => path.join(debian, m, 'bin')));
  }
  for (const bin of candidates) {
    if (!existsSync(path.join(bin, 'postgres')) || !existsSync(path.join(bin, 'initdb'))) continue;
    const out = spawnSync(path.join(bin, 'postgres'), ['--version'], { encoding: 'utf8' });
    const major = /(\d+)(?:\.\d+)?/.exec(out.stdout ?? '')?.[1];
    if (out.status === 0 && major) return { bin, major: Number(major) };
  }
  return null;
}

export type Cluster = {
  install: PostgresInstall;
  /** The folder holding `pgdata/`. */
  root: string;
  pgdata: string;
  sockets: string;
  runAs: SystemUser | null;
  url: string;
};

const markerName = 'postgres-cluster.txt';

/** Where the cluster lives for `dataDir`, creating it with initdb on first use. */
export function prepareCluster(
  install: PostgresInstall,
  dataDir: string,
  log: (l: string) => void,
): Cluster {
  const root = process.getuid?.() === 0;
  const runAs = root ? systemUser('postgres') : null;
  if (root && !runAs) {
    throw new Error(
      'PostgreSQL refuses to run as root and there is no `postgres` system user to run it as. ' +
        "Install Debian's postgresql package (it creates the user), run the app as a normal user, " +
        'or set MONGODB_URI.',
    );
  }
  const absData = path.resolve(dataDir);
  const clusterRoot = runAs
    ? path.join(
        runAs.home,
        'carecentre',
        createHash('sha256').update(absData).digest('hex').slice(0, 16),
      )
    : path.join(absData, 'postgres');
  const marker = path.join(absData, markerName);
  // A cluster kept outside a data folder that no longer records it belongs to a deleted data folder.
  if (runAs && !existsSync(marker) && existsSync(clusterRoot))
    rmSync(clusterRoot, { recursive: true, force: true });

  ownedDir(path.dirname(clusterRoot), runAs);
  ownedDir(clusterRoot, runAs);
  const pgdata = path.join(clusterRoot, 'pgdata');
  const sockets = ownedDir(socketDir(path.join(clusterRoot, 'run')), runAs);
  checkExisting(pgdata, install);
  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    log(`Creating the PostgreSQL ${install.major} cluster in ${pgdata}…`);
    const out = asUser(runAs, path.join(install.bin, 'initdb'), [
      '-D',
      pgdata,
      '-U',
      'ferretdb',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-instructions',
    ]);
    const done = spawnSync(out.cmd, out.args, { encoding: 'utf8' });
    if (done.status !== 0)
      throw new Error(`initdb failed in ${pgdata}:\n${(done.stderr ?? '').slice(-2000)}`);
  }
  writeFileSync(marker, `${clusterRoot}\n`, { mode: 0o600 });
  const url = `postgres://ferretdb@/postgres?host=${encodeURIComponent(sockets)}`;
  return { install, root: clusterRoot, pgdata, sockets, runAs, url };
}

function ownedDir(dir: string, owner: SystemUser | null): string {
  privateDir(dir);
  if (owner) chownSync(dir, owner.uid, owner.gid);
  return dir;
}

function checkExisting(pgdata: string, install: PostgresInstall) {
  if (!existsSync(pgdata)) return;
  const versionFile = path.join(pgdata, 'PG_VERSION');
  if (!existsSync(versionFile)) {
    if (readdirSync(pgdata).length === 0) return;
    throw new Error(
      `${pgdata} is not a PostgreSQL cluster (no PG_VERSION). Move it away or set DATA_DIR to another folder.`,
    );
  }
  const version = Number(readFileSync(versionFile, 'utf8').trim());
  if (version !== install.major) {
    throw new Error(
      `${pgdata} was made by PostgreSQL ${version}, but PostgreSQL ${install.major} is installed. ` +
        'Restore a backup (npm run restore) into a new data folder.',
    );
  }
}

/** The command that runs `bin` as `user` (when we are root) and dies with us. */
function asUser(user: SystemUser | null, bin: string, args: string[]) {
  if (!onPath('setpriv')) return { cmd: bin, args };
  const who = user
    ? [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--init-groups']
    : ([] as string[]);
  return { cmd: 'setpriv', args: [...who, '--pdeathsig', 'SIGINT', bin, ...args] };
}

/** A postmaster left running by an app that was killed: stop it before starting ours. */
async function stopOrphan(pgdata: string) {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8'), 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

/** Starts the postmaster; resolves once it accepts connections. */
export async function startPostgres(cluster: Cluster): Promise<ChildProcess> {
  await stopOrphan(cluster.pgdata);
  const { cmd, args } = asUser(cluster.runAs, path.join(cluster.install.bin, 'postgres'), [
    '-D',
    cluster.pgdata,
    '-c',
    'listen_addresses=',
    '-c',
    `unix_socket_directories=${cluster.sockets}`,
    '-c',
    'unix_socket_permissions=0700',
    '-c',
    'max_connections=100',
    '-c',
    'log_min_messages=warning',
    // FerretDB sends the field name as a query parameter; only a plan made with the actual values
    // matches the expression indexes (see server/ferretdb/pgindexes.go).
    '-c',
    'plan_cache_mode=force_custom_plan',
  ]);
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(new Error(`PostgreSQL exited (${code}) before it was ready:\n${stderr}`)),
    ),
  );
  const started = Date.now();
  const ready = (async () => {
    while (Date.now() - started < 60_000 && child.exitCode === null && !child.signalCode) {
      if (await acceptsConnections(cluster)) return;
      await sleep(100);
    }
    throw new Error(`PostgreSQL did not start within 60 s:\n${stderr}`);
  })();
  try {
    await Promise.race([ready, exited]);
  } catch (e) {
    child.kill('SIGINT');
    throw e;
  }
  return child;
}

/** Asks pg_isready without blocking the event loop (the app may be serving while it restarts). */
async function acceptsConnections(cluster: Cluster): Promise<boolean> {
  if (!existsSync(path.join(cluster.sockets, '.s.PGSQL.5432'))) return false;
  const isReady = path.join(cluster.install.bin, 'pg_isready');
  if (!existsSync(isReady)) return true;
  const args = ['-q', '-h', cluster.sockets, '-U', 'ferretdb', '-d', 'postgres'];
  return execFileAsync(isReady, args).then(
    () => true,
    () => false,
  );
}

/** Removes a cluster kept outside its data folder (tests, or a data folder being deleted). */
export function removeCluster(cluster: Cluster) {
  if (cluster.runAs) rmSync(cluster.root, { recursive: true, force: true });
  if (cluster.sockets !== path.join(cluster.root, 'run'))
    rmSync(cluster.sockets, { recursive: true, force: true });
}
