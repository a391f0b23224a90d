// When the embedded database dies, requests get a quick 503 in the user's language, the launcher
// restarts it, and the app recovers by itself; when it keeps dying, the launcher gives up.
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import request from 'supertest';
import { createApp } from '../../app';
import { loadConfig } from '../config';
import { connectDatabase } from '../db';
import { createLogger } from '../logger';
import { startDatabase, type Database } from './launcher';

const timed = async <T>(work: () => Promise<T>) => {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
};

describe('a supervised embedded database', () => {
  let database: Database;
  let dataDir: string;
  const fatal: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'carecentre-supervision-'));
    database = await startDatabase({
      dataDir,
      log: () => {},
      // A slow first restart leaves a window in which the database is really away.
      supervisor: { backoffMs: [2_500, 200], maxFailures: 2 },
    });
    database.onFatal((m) => fatal.push(m));
    await connectDatabase(database.uri, 'supervision');
  });
  afterAll(async () => {
    await mongoose.disconnect();
    await database.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 database_unavailable within 2 s while FerretDB is dead, then recovers', async () => {
    const app = createApp(loadConfig({ NODE_ENV: 'test' }), createLogger('silent'));
    await request(app).get('/api/health').expect(200);
    const pid = database.pids().ferretdb!;
    process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 100));

    const health = await timed(() => request(app).get('/api/health'));
    expect(health.result.status).toBe(503);
    expect(health.result.body.data.database).toBe('down');
    expect(health.ms).toBeLessThan(2_000);

    const session = await timed(() => request(app).get('/api/users').set('Accept-Language', 'vi'));
    // Sessions live in the database too: even an anonymous call needs it.
    expect(session.ms).toBeLessThan(2_000);
    if (session.result.status !== 401) {
      expect(session.result.status).toBe(503);
      expect(session.result.body.error.code).toBe('database_unavailable');
      expect(session.result.body.error.message).toMatch(/Cơ sở dữ liệu/);
    }

    // The launcher restarts FerretDB and the driver reconnects: no restart of the app.
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await request(app).get('/api/health')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect(database.pids().ferretdb).not.toBe(pid);
    expect(fatal).toEqual([]);
  }, 30_000);

  it('recovers from a killed PostgreSQL too', async () => {
    const app = createApp(loadConfig({ NODE_ENV: 'test' }), createLogger('silent'));
    const pid = database.pids().postgres!;
    process.kill(pid, 'SIGKILL');
    const during = await timed(() => request(app).get('/api/health'));
    expect([200, 503]).toContain(during.result.status);
    expect(during.ms).toBeLessThan(2_000);
    const deadline = Date.now() + 20_000;
    let status = 0;
    const restarted = () => ![undefined, pid].includes(database.pids().postgres);
    while (Date.now() < deadline && (status !== 200 || !restarted())) {
      status = (await request(app).get('/api/health')).status;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect(restarted()).toBe(true);
  }, 30_000);

  it('gives up with a clear message when the database cannot be restarted', async () => {
    const pgdata = database.pgdata!;
    renameSync(pgdata, `${pgdata}.away`);
    try {
      process.kill(database.pids().postgres!, 'SIGKILL');
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline && fatal.length === 0)
        await new Promise((r) => setTimeout(r, 200));
      expect(fatal[0]).toMatch(/postgres failed \d+ times in a row; giving up/);
    } finally {
      renameSync(`${pgdata}.away`, pgdata);
    }
  }, 30_000);
});
