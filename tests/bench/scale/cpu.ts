// `npm run bench:cpu -w tests`: CPU time per read in each process (this Node process, FerretDB,
// PostgreSQL), one user, reads one after another, on a centre kept by the scale benchmark
// (BENCH_DATA_DIR). CPU time, unlike latency, barely changes with other load on the machine, so
// it shows where a read's cost goes. First the raw collection reads under the rota grid and the
// register, then the benchmark's reads through the app. N=40 repeats; PARTS_ONLY=1 skips the
// app reads. Set EMBEDDED_FERRETDB_PPROF=127.0.0.1:6060 to profile FerretDB meanwhile.
import { readFileSync, readdirSync } from 'node:fs';
import mongoose from 'mongoose';
import { startDatabase } from '@care/server/platform/database/launcher';
import { connectDatabase } from '@care/server/platform/db';
import { loadCentre, withRota } from './centre';
import { queryNames, runQuery } from './queries';

const tick = 100;
function cpuOf(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / tick;
  } catch {
    return 0;
  }
}
function children(ppid: number): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(f[1]) === ppid) out.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return out;
}
async function main() {
  if (!process.env.BENCH_DATA_DIR)
    throw new Error('Set BENCH_DATA_DIR to a centre kept by bench:scale');
  const db = await startDatabase({
    dataDir: process.env.BENCH_DATA_DIR + '/postgresql',
    engine: 'postgresql',
  });
  await connectDatabase(db.uri, 'scale_1000000');
  const centre = await withRota(
    mongoose.connection.db!,
    (await loadCentre(mongoose.connection.db!))!,
    5,
    console.log,
  );
  const pids = db.pids();
  console.log(pids);
  const pg = Number(Object.entries(pids).find(([k]) => k.includes('postgres'))![1]);
  const fe = Number(Object.entries(pids).find(([k]) => k.includes('ferret'))![1]);
  const pgAll = () => [pg, ...children(pg)].reduce((s, p) => s + cpuOf(p), 0);
  const n = Number(process.env.N ?? 40);
  const dbx = mongoose.connection.db!;
  const month = centre.rota!.months[30]!;
  const parts: [string, () => Promise<unknown>][] = [
    ['entries month', () => dbx.collection('rota_entries').find({ month }).toArray()],
    [
      'rota_months year',
      () =>
        dbx
          .collection('rota_months')
          .find({ year: month.slice(0, 4) })
          .toArray(),
    ],
    ['templates', () => dbx.collection('shift_templates').find({}).toArray()],
    ['coverage', () => dbx.collection('coverage_rules').find({}).toArray()],
    [
      'users',
      () =>
        dbx
          .collection('users')
          .find({ role: { $ne: 'admin' } })
          .toArray(),
    ],
    ['profiles', () => dbx.collection('staff_profiles').find({}).toArray()],
    ['leave', () => dbx.collection('leave').find({ months: month, status: 'approved' }).toArray()],
    ['residents current', () => dbx.collection('residents').find({ current: true }).toArray()],
    [
      'residents current+cat',
      () => dbx.collection('residents').find({ current: true, categories: 'orphan' }).toArray(),
    ],
    [
      'residents current+cat count',
      () => dbx.collection('residents').countDocuments({ current: true, categories: 'orphan' }),
    ],
    ['residents all', () => dbx.collection('residents').find({}).toArray()],
  ];
  for (const [label, run] of parts) {
    await run();
    const a = { fe: cpuOf(fe), pg: pgAll(), t: performance.now() };
    let docs = 0;
    for (let i = 0; i < n; i++) {
      const r = await run();
      docs = Array.isArray(r) ? r.length : Number(r);
    }
    console.log(
      `${label.padEnd(30)} docs ${String(docs).padStart(5)} wall ${((performance.now() - a.t) / n).toFixed(1).padStart(6)} ms  ferretdb ${(((cpuOf(fe) - a.fe) * 1000) / n).toFixed(1).padStart(6)}  postgres ${(((pgAll() - a.pg) * 1000) / n).toFixed(1).padStart(6)}`,
    );
  }
  if (process.env.PARTS_ONLY) {
    await mongoose.disconnect();
    await db.stop();
    return;
  }
  for (const name of queryNames) {
    for (let i = 0; i < 3; i++) await runQuery('app', name, centre, i);
    const a = { node: process.cpuUsage(), fe: cpuOf(fe), pg: pgAll(), t: performance.now() };
    for (let i = 0; i < n; i++) await runQuery('app', name, centre, i + 10);
    const nodeMs = (process.cpuUsage(a.node).user + process.cpuUsage(a.node).system) / 1000 / n;
    const feMs = ((cpuOf(fe) - a.fe) * 1000) / n;
    const pgMs = ((pgAll() - a.pg) * 1000) / n;
    const wall = (performance.now() - a.t) / n;
    console.log(
      `${name.padEnd(40)} wall ${wall.toFixed(0).padStart(4)} ms  node ${nodeMs.toFixed(0).padStart(4)}  ferretdb ${feMs.toFixed(0).padStart(4)}  postgres ${pgMs.toFixed(0).padStart(4)}`,
    );
  }
  await mongoose.disconnect();
  await db.stop();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
