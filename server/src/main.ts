// Starts the whole product: database (embedded unless configured), demo centre on first run, API and client.
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { loadConfig } from './platform/config';
import { connectDatabase } from './platform/db';
import { runMigrations } from './migrations/migrations';
import { recoverSwaps } from './rota/swap-recovery';
import { startDatabase } from './platform/database/launcher';
import { defaultDataDir } from './platform/paths';
import { keptSessionSecret } from './platform/session-secret';
import { createLogger } from './platform/logger';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const say = (line: string) => process.stdout.write(line + '\n');
  const dataDir = config.dataDir ?? defaultDataDir;
  const database = await startDatabase({ dataDir, log: say });
  if (!process.env.SESSION_SECRET) config.sessionSecret = keptSessionSecret(dataDir);
  database.onFatal((message) => {
    logger.fatal(message);
    process.stderr.write(`\n${message}\nThe app stops: the database cannot be kept running.\n`);
    void shutdown(1);
  });
  const shutdown = async (code: number) => {
    await database.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception');
    void shutdown(1);
  });

  await connectDatabase(config.mongodbUri ?? database.uri, config.dbName);
  await runMigrations(say);
  // A swap approval the last run stopped half-way is finished or undone before anyone reads the rota.
  for (const r of await recoverSwaps())
    say(
      `Swap request ${r.id}: the interrupted approval was ${r.outcome === 'busy' ? 'left for later (shifts busy)' : r.outcome}.`,
    );
  if (config.seedDemo || !config.production) {
    const { seedIfEmpty } = await import('@care/seed/seed-centre');
    const seeded = await seedIfEmpty();
    if (seeded) say('Seeded the demo centre (first run).');
  }

  const app = createApp(config, logger);
  // Express 5 calls back on success and on failure (e.g. the port is taken).
  const server = app.listen(config.port, config.host, (err?: Error) => {
    if (err) {
      const reason =
        (err as NodeJS.ErrnoException).code === 'EADDRINUSE'
          ? `Port ${config.port} on ${config.host} is already in use by another program. Stop it, or set PORT to a free port.`
          : `Cannot listen on ${config.host}:${config.port}: ${err.message}`;
      process.stderr.write(`\n${reason}\n`);
      void shutdown(1);
      return;
    }
    const { port } = server.address() as AddressInfo;
    say('');
    say(`  Care centre is running: http://localhost:${port}`);
    say(`  Database: ${database.description}`);
    if (!config.production) {
      say(
        '  Demo logins (password Demo@2026): admin, manager, socialworker, nurse, carer, kitchen',
      );
    }
    say('');
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`\n${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
