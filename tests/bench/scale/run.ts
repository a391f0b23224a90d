// `npm run bench:scale`: a large centre (500 residents, 1,000,000 care notes and 1,000,000 audit
// events over 5 years, five years of the rota) on each engine, read by 20 concurrent users; writes tests/bench/scale/results.md.
//   BENCH_ENGINES=postgresql,sqlite   engines to run (MONGODB_URI adds "mongodb")
//   BENCH_SCALE=1                     fraction of the full size (SQLite always runs at 2 %)
//   BENCH_SECONDS=20                  measuring time per engine and phase
//   BENCH_DATA_DIR=folder             keep the generated centre there and reuse it next time
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { startDatabase, type Database } from '@care/server/platform/database/launcher';
import { connectDatabase } from '@care/server/platform/db';
import { fullScale, generateCentre, loadCentre, withRota, type Scale } from './centre';
import { measureReads, measureWrites, waitForIndexes, type ReadFigures } from './measure';
import { queryNames } from './queries';

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
  reads: Record<'alone' | 'app' | 'driver' | 'flatOut', ReadFigures & { perSecond?: number }>;
};

async function runEngine(engine: string): Promise<EngineResult> {
  const scale = scaled(engine === 'sqlite' ? Math.min(scaleFactor, 0.02) : scaleFactor);
  say(`\n▶ ${engine}: ${scale.notes} notes, ${scale.audit} audit events`);
  const kept = process.env.BENCH_DATA_DIR;
  const dataDir = kept
    ? path.join(kept, engine)
    : mkdtempSync(path.join(tmpdir(), `carecentre-scale-${engine}-`));
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
    await connectDatabase(uri, kept ? `scale_${scale.notes}` : `scale_${Date.now()}`);
    const started = Date.now();
    const loaded = kept ? await loadCentre(mongoose.connection.db!) : null;
    const centre = loaded
      ? await withRota(mongoose.connection.db!, loaded, scale.years, say)
      : await generateCentre(mongoose.connection.db!, scale, say);
    await waitForIndexes(engine);
    const generateSeconds = (Date.now() - started) / 1000;
    say(`  ready in ${generateSeconds.toFixed(0)} s`);
    const writes = await measureWrites(uri, seconds);
    say(`  writes/s: ${writes.proxied.toFixed(0)} (direct: ${writes.direct?.toFixed(0) ?? '—'})`);
    const reads = {
      alone: await measureReads('app', centre, seconds, 1),
      app: await measureReads('app', centre, seconds, 20, 1_000),
      driver: await measureReads('driver', centre, seconds, 20, 1_000),
      flatOut: await measureReads('app', centre, seconds, 20, 0),
    };
    if (!kept) await mongoose.connection.dropDatabase();
    return { engine, scale, generateSeconds, writes, reads };
  } finally {
    await mongoose.disconnect();
    if (kept) await database?.stop();
    else {
      await database?.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

function report(results: EngineResult[]): string {
  const ms = (v: number | undefined) =>
    v === undefined ? '—' : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`;
  const lines = [
    '# Scale benchmark',
    '',
    `Measured by \`npm run bench:scale\` (tests/bench/scale/) on ${new Date().toISOString().slice(0, 10)}: ` +
      `2 cores, Node ${process.version}, ${seconds} s per phase. Each user sends one of the reads below ` +
      '(a random mix), waits for the answer, then thinks 0.5–1.5 s (a busy duty desk clicks far less ' +
      'often). "app" = the app\'s services and mongoose models; "driver" = the same query shapes ' +
      'through the plain MongoDB driver; "alone" = one user; "flat out" = 20 users with no thinking ' +
      '(the machine saturated). Goal: p95 under 150 ms for 20 users on the embedded default.',
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
          : '.') +
        ` Reads per second: ${r.reads.app.perSecond?.toFixed(0)} with 20 users thinking, ` +
        `${r.reads.flatOut.perSecond?.toFixed(0)} flat out.`,
      '',
      '| read | alone p50 | 20 users p50 | 20 users p95 | driver, 20 users p95 | flat out p95 | documents returned |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const name of queryNames) {
      const f = (k: keyof EngineResult['reads']) => r.reads[k][name];
      lines.push(
        `| ${name} | ${ms(f('alone')?.p50)} | ${ms(f('app')?.p50)} | ${ms(f('app')?.p95)} | ` +
          `${ms(f('driver')?.p95)} | ${ms(f('flatOut')?.p95)} | ${f('app')?.docs.toFixed(0) ?? '—'} |`,
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
  const file = path.join(__dirname, 'results.md');
  writeFileSync(file, text);
  spawnSync('npx', ['prettier', '--write', file], { stdio: 'ignore' });
  say('\n' + text);
}

main().catch((e: unknown) => {
  process.stderr.write(String((e as Error).stack ?? e) + '\n');
  process.exit(1);
});
