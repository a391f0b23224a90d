// `npm run bench:scale`: a large centre (500 residents, 1,000,000 care notes and 1,000,000 audit
// events over 5 years) on each engine, read by 20 concurrent users; writes tests/bench/scale/results.md.
//   BENCH_ENGINES=postgresql,sqlite   engines to run (MONGODB_URI adds "mongodb")
//   BENCH_SCALE=1                     fraction of the full size (SQLite always runs at 2 %)
//   BENCH_SECONDS=20                  measuring time per engine and path
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { startDatabase, type Database } from '@care/server/platform/database/launcher';
import { connectDatabase } from '@care/server/platform/db';
import { fullScale, generateCentre, type Scale } from './centre';
import { measureReads, measureWrites, waitForIndexes, type ReadFigures } from './measure';

const say = (line: string) => process.stdout.write(line + '\n');
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const scaleFactor = Number(process.env.BENCH_SCALE ?? 1);
const engines = (process.env.BENCH_ENGINES ?? 'postgresql,sqlite').split(',').filter(Boolean);
if (process.env.MONGODB_URI && !engines.includes('mongodb')) engines.push('mongodb');

const scaled = (f: number): Scale => ({
  ...fullScale,
  notes: Math.round(fullScale.notes * f),
  audit: Math.round(fullScale.audit * f),
});

type EngineResult = {
  engine: string;
  scale: Scale;
  generateSeconds: number;
  writes: { proxied: number; direct: number | null };
  reads: Record<'app' | 'driver', ReadFigures>;
};

async function runEngine(engine: string): Promise<EngineResult> {
  const scale = scaled(engine === 'sqlite' ? Math.min(scaleFactor, 0.02) : scaleFactor);
  say(`\n▶ ${engine}: ${scale.notes} notes, ${scale.audit} audit events`);
  const dataDir = mkdtempSync(path.join(tmpdir(), `carecentre-scale-${engine}-`));
  let database: Database | null = null;
  try {
    let uri = process.env.MONGODB_URI ?? '';
    if (engine !== 'mongodb') {
      database = await startDatabase({
        dataDir,
        engine: engine as 'postgresql' | 'sqlite',
        log: say,
      });
      uri = database.uri;
    }
    await connectDatabase(uri, `scale_${Date.now()}`);
    const started = Date.now();
    const centre = await generateCentre(mongoose.connection.db!, scale, say);
    await waitForIndexes(engine);
    const generateSeconds = (Date.now() - started) / 1000;
    say(`  generated in ${generateSeconds.toFixed(0)} s`);
    const writes = await measureWrites(uri, seconds);
    say(`  writes/s: ${writes.proxied.toFixed(0)} (direct: ${writes.direct?.toFixed(0) ?? '—'})`);
    const reads = {
      app: await measureReads('app', centre, seconds),
      driver: await measureReads('driver', centre, seconds),
    };
    await mongoose.connection.dropDatabase();
    return { engine, scale, generateSeconds, writes, reads };
  } finally {
    await mongoose.disconnect();
    await database?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(results: EngineResult[]): string {
  const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`);
  const lines = [
    '# Scale benchmark',
    '',
    `Measured by \`npm run bench:scale\` (tests/bench/scale/) on ${new Date().toISOString().slice(0, 10)}: ` +
      `2 cores, Node ${process.version}. 20 concurrent users, each sending the next read as soon as ` +
      `the last one answered (no think time), a random mix of the six reads, ${seconds} s per ` +
      'engine and path. "app" = the app\'s services and mongoose models; "driver" = the same query ' +
      'shapes through the plain MongoDB driver. Goal: p95 under 150 ms on the embedded default.',
  ];
  for (const r of results) {
    lines.push(
      '',
      `## ${r.engine}: ${r.scale.residents} residents, ${r.scale.notes.toLocaleString('en')} care notes, ` +
        `${r.scale.audit.toLocaleString('en')} audit events`,
      '',
      `Bulk generation ${r.generateSeconds.toFixed(0)} s. Single-document writes, 20 writers: ` +
        `${r.writes.proxied.toFixed(0)}/s through the write-serialising layer` +
        (r.writes.direct !== null
          ? `, ${r.writes.direct.toFixed(0)}/s straight to FerretDB (unsafe: lost updates).`
          : '.'),
      '',
      '| read | app p50 | app p95 | driver p50 | driver p95 | documents returned |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const [name, app] of Object.entries(r.reads.app)) {
      const driver = r.reads.driver[name as keyof ReadFigures]!;
      lines.push(
        `| ${name} | ${ms(app.p50)} | ${ms(app.p95)} | ${ms(driver.p50)} | ${ms(driver.p95)} | ${app.docs.toFixed(0)} |`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** Each engine runs in a process of its own (one mongoose connection per process). */
function runInChild(engine: string): EngineResult {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'carecentre-scale-out-')), 'result.json');
  const child = spawnSync(process.execPath, ['--import', 'tsx', __filename], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_ONE_ENGINE: engine, BENCH_OUT: out },
  });
  if (child.status !== 0) throw new Error(`the ${engine} run failed (exit ${child.status})`);
  return JSON.parse(readFileSync(out, 'utf8')) as EngineResult;
}

async function main() {
  const one = process.env.BENCH_ONE_ENGINE;
  if (one) {
    writeFileSync(process.env.BENCH_OUT!, JSON.stringify(await runEngine(one)));
    return;
  }
  const results = engines.map(runInChild);
  const text = report(results);
  writeFileSync(path.join(__dirname, 'results.md'), text);
  say('\n' + text);
}

main().catch((e: unknown) => {
  process.stderr.write(String((e as Error).stack ?? e) + '\n');
  process.exit(1);
});
