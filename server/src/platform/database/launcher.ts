// Yields a MongoDB connection string, trying in order: MONGODB_URI; a `mongod` on the PATH; FerretDB
// 1.24 on a PostgreSQL cluster of our own (when PostgreSQL server binaries are found); FerretDB on
// SQLite as a demo-only last resort. Embedded engines are supervised (restarted when they die), own
// their data folder through a lock file, and listen only on Unix sockets in private folders.
import { accessSync, constants, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import { DataFolderInUse, lockDataFolder } from './data-lock';
import { ensureFerretBinary, startFerret, type FerretBackend } from './ferretdb';
import { startMongod } from './mongod';
import {
  findPostgres,
  prepareCluster,
  removeCluster,
  startPostgres,
  type Cluster,
} from './postgres';
import { privateDir, socketDir } from './private-files';
import { onPath, type Log } from './processes';
import { Supervisor, type ChildSpec } from './supervisor';

export { ensureFerretBinary } from './ferretdb';

export type EngineKind = 'external' | 'mongod' | 'ferretdb-postgresql' | 'ferretdb-sqlite';

export type Database = {
  uri: string;
  kind: EngineKind;
  /** One line for the start banner: which engine, and where its files are. */
  description: string;
  stop: () => Promise<void>;
  /** Called once if a supervised child keeps dying; the app should then exit non-zero. */
  onFatal: (handler: (message: string) => void) => void;
  /** Process ids of the supervised children, by name (for operators and tests). */
  pids: () => Record<string, number | undefined>;
  /** The PostgreSQL cluster's pgdata folder, when the engine has one. */
  pgdata?: string;
  /** Stops and deletes every file of the engine, including a cluster kept outside the data folder. */
  destroy: () => Promise<void>;
};

export type StartOptions = {
  dataDir: string;
  log?: Log;
  /** Force an embedded engine (CARECENTRE_ENGINE); otherwise the order above. */
  engine?: 'postgresql' | 'sqlite';
  supervisor?: { maxFailures?: number; backoffMs?: readonly number[] };
};

export async function startDatabase(opts: StartOptions): Promise<Database> {
  const log = opts.log ?? ((l) => process.stderr.write(l + '\n'));
  const forced = opts.engine ?? engineFromEnv();
  if (process.env.MONGODB_URI && !forced) return external(process.env.MONGODB_URI);

  const dataDir = usableDataDir(path.resolve(opts.dataDir));
  process.umask(0o077);
  const release = lockDataFolder(dataDir);
  try {
    let fatal: (message: string) => void = (m) => log(m);
    const supervise = (spec: ChildSpec) =>
      new Supervisor(spec, { log, onFatal: (m) => fatal(m), ...opts.supervisor });
    const engine = await chooseEngine(forced, dataDir, log, supervise);
    // Tools (backup, restore) reach a running app's engine through this file.
    writeFileSync(path.join(dataDir, runningFile), JSON.stringify({ uri: engine.uri }), {
      mode: 0o600,
    });
    const stop = async () => {
      for (const s of engine.supervisors) await s.stop();
      rmSync(path.join(dataDir, runningFile), { force: true });
      release();
    };
    return {
      uri: engine.uri,
      kind: engine.kind,
      description: engine.description,
      stop,
      onFatal: (handler) => (fatal = handler),
      pids: () => Object.fromEntries(engine.supervisors.map((s) => [s.name, s.pid])),
      pgdata: engine.cluster?.pgdata,
      destroy: async () => {
        await stop();
        if (engine.cluster) removeCluster(engine.cluster);
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

const runningFile = 'engine.json';

/**
 * For command-line tools: the engine of the app running on `dataDir` when there is one (the data
 * folder is locked by it), else a freshly started one.
 */
export async function openDatabase(opts: StartOptions): Promise<Database> {
  try {
    return await startDatabase(opts);
  } catch (e) {
    if (!(e instanceof DataFolderInUse)) throw e;
    const { uri } = JSON.parse(
      readFileSync(path.join(path.resolve(opts.dataDir), runningFile), 'utf8'),
    ) as { uri: string };
    return { ...external(uri), description: 'the running app’s database' };
  }
}

function usableDataDir(dir: string): string {
  try {
    privateDir(dir);
    accessSync(dir, constants.W_OK);
    return dir;
  } catch (e) {
    throw new Error(
      `Cannot use the data folder ${dir} (${(e as NodeJS.ErrnoException).code ?? String(e)}): ` +
        'it must be a folder this user can write. Fix its permissions or set DATA_DIR to another folder.',
    );
  }
}

function engineFromEnv(): 'postgresql' | 'sqlite' | undefined {
  const e = process.env.CARECENTRE_ENGINE;
  if (e === 'postgresql' || e === 'sqlite') return e;
  if (e) throw new Error(`CARECENTRE_ENGINE must be postgresql or sqlite, not "${e}".`);
  return undefined;
}

function external(uri: string): Database {
  const host = /@([^/?]+)/.exec(uri)?.[1] ?? /\/\/([^/?]+)/.exec(uri)?.[1] ?? '?';
  return {
    uri,
    kind: 'external',
    description: `MongoDB at ${host} (MONGODB_URI)`,
    stop: async () => {},
    onFatal: () => {},
    pids: () => ({}),
    destroy: async () => {},
  };
}

type Engine = {
  uri: string;
  kind: EngineKind;
  description: string;
  supervisors: Supervisor[];
  cluster?: Cluster;
};

async function chooseEngine(
  forced: 'postgresql' | 'sqlite' | undefined,
  dataDir: string,
  log: Log,
  supervise: (spec: ChildSpec) => Supervisor,
): Promise<Engine> {
  const named = (name: string, spec: Omit<ChildSpec, 'name'>) => supervise({ name, ...spec });

  if (!forced && onPath('mongod')) {
    let uri = '';
    const mongod = named('mongod', {
      start: async () => {
        const started = await startMongod(dataDir);
        uri = started.uri;
        await waitUntilAnswering(uri);
        return started.child;
      },
    });
    await mongod.start();
    return {
      uri,
      kind: 'mongod',
      description: `mongod (data in ${dataDir}/mongod)`,
      supervisors: [mongod],
    };
  }

  const install = forced === 'sqlite' ? null : findPostgres();
  if (forced === 'postgresql' && !install)
    throw new Error(
      'CARECENTRE_ENGINE=postgresql, but no PostgreSQL server binaries were found ' +
        "(on the PATH or in /usr/lib/postgresql/*/bin). Install Debian's postgresql package.",
    );
  const binary = await ensureFerretBinary(log);
  const sockets = privateDir(socketDir(path.join(dataDir, 'run')));
  const supervisors: Supervisor[] = [];
  let backend: FerretBackend;
  let cluster: Cluster | undefined;
  let description: string;
  if (install) {
    const c = prepareCluster(install, dataDir, log);
    cluster = c;
    const postgres = named('postgres', { start: () => startPostgres(c), stopSignal: 'SIGINT' });
    await postgres.start();
    supervisors.push(postgres);
    backend = { handler: 'postgresql', postgresqlUrl: c.url };
    description =
      `FerretDB 1.24.2 on PostgreSQL ${install.major} (cluster in ${c.pgdata}` +
      `${c.runAs ? `, run as ${c.runAs.name}` : ''})`;
  } else {
    backend = { handler: 'sqlite', dataDir: path.join(dataDir, 'ferretdb') };
    description = `FerretDB 1.24.2 on SQLite (files in ${dataDir}/ferretdb)`;
    log(
      `WARNING: ${forced === 'sqlite' ? 'CARECENTRE_ENGINE=sqlite' : 'no PostgreSQL found'}; ` +
        'using FerretDB on SQLite, a demo engine for a few thousand records. ' +
        "Install PostgreSQL (Debian's postgresql package) for real use.",
    );
  }
  let uri = '';
  const ferret = named('ferretdb', {
    start: async () => {
      const started = await startFerret(binary, backend, sockets);
      uri = started.uri;
      await waitUntilAnswering(uri).catch((e: unknown) => {
        started.child.kill('SIGKILL');
        throw e;
      });
      return started.child;
    },
  });
  try {
    await ferret.start();
  } catch (e) {
    for (const s of supervisors) await s.stop();
    throw e;
  }
  supervisors.push(ferret);
  return {
    uri,
    kind: install ? 'ferretdb-postgresql' : 'ferretdb-sqlite',
    description,
    supervisors: supervisors.reverse(),
    cluster,
  };
}

export async function waitUntilAnswering(uri: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new mongoose.mongo.MongoClient(uri, { serverSelectionTimeoutMS: 1_000 });
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
