// Auto-rostering benchmark: the demo centre (37 staff, 5 units) and a large centre (150 staff,
// 8 units), one month each. Each is solved as the worker does it (solveRota); starting the worker
// thread itself adds about a second from the TypeScript sources (tsx), less from the bundle.
// Run: npm run bench:rota -w tests (prints a Markdown table to paste into rota-solver-results.md).
// BENCH_RUNS=3 repeats each centre and prints every run (report the medians).
import { rotaProblemSchema } from '@care/server/rota/solver/problem';
import { solveRota } from '@care/server/rota/solver/solve';
import { centreProblem, demoUnits, largeUnits } from './rota-solver-centres';

const runs = [
  { name: 'Demo centre (37 staff, 5 units)', units: demoUnits, timeLimitSeconds: 2, goal: 5 },
  { name: 'Large centre (150 staff, 8 units)', units: largeUnits, timeLimitSeconds: 45, goal: 60 },
];

async function main() {
  const rows: string[] = [];
  const repeat = Number(process.env.BENCH_RUNS ?? 1);
  for (const run of runs.flatMap((r) => Array.from({ length: repeat }, () => r))) {
    const problem = rotaProblemSchema.parse(centreProblem(run.units, 7));
    const began = performance.now();
    const cpuBefore = process.cpuUsage();
    const s = await solveRota(problem, { timeLimitSeconds: run.timeLimitSeconds, mipRelGap: 0.01 });
    const wall = (performance.now() - began) / 1000;
    // CPU time of this process (HiGHS runs in this thread): what the solve costs whatever else
    // shares the machine (the wall time grows with the load; HiGHS' time limit is wall time).
    const used = process.cpuUsage(cpuBefore);
    const cpu = (used.user + used.system) / 1e6;
    const e = s.explanation;
    rows.push(
      `| ${run.name} | ${problem.slots.length} | ${s.solver.variables} / ${s.solver.constraints} | ${wall.toFixed(1)} s (goal ${run.goal} s) | ${cpu.toFixed(1)} s | ${s.solver.timeLimitSeconds} s, gap ${s.solver.gap === null ? '–' : (100 * s.solver.gap).toFixed(0) + '%'} (${s.solver.modelStatus}) | ${e.coverage.minimum.percent}% / ${e.coverage.preferred.percent}% | ${e.hardViolations.length} | ${e.fairness.nights.spread} / ${e.fairness.weekends.spread} / ${e.fairness.holidays.spread} | ${e.preferences.hits} of ${e.preferences.total} |`,
    );
    console.log(rows[rows.length - 1]);
  }
  console.log(
    [
      '| Centre | Slots | Variables / rows | Time (end to end, as in the worker) | CPU time | Solver limit, gap at stop | Coverage min / preferred | Hard violations | Spread nights / weekends / holidays (worst team) | Wishes met |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
