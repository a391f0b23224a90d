// Solves one rota problem with HiGHS (WebAssembly) in the calling thread: prepare, write the LP,
// run with a time limit and a MIP gap, read the assignments back, re-check and explain them.
// The job manager runs this inside a worker thread; tests may call it directly.
import loadHighs, { type Highs } from 'highs';
import { checkRota } from './check';
import { explain } from './explain';
import { greedyStart } from './greedy';
import { buildModel } from './model';
import { prepare } from './prepare';
import type { Assignment, RotaProblem, RotaSolution, SolveOptions, SolverReport } from './problem';

export type SolveProgress = {
  phase: 'building' | 'solving' | 'checking';
  /** Seconds since the solve began. */
  seconds: number;
  /** Relative MIP gap of the best rota found so far (null before the first one). */
  gap: number | null;
  /** Objective of the best rota found so far. */
  objective: number | null;
  /** A rough 0–100 for a progress bar: time used against the limit, or the gap closed. */
  percent: number;
};

export type SolveHooks = {
  onProgress?: (progress: SolveProgress) => void;
  /** Asked at every solver checkpoint; true stops the solve, keeping the best rota so far. */
  shouldStop?: () => boolean;
};

/**
 * The search stops once it has found no better rota for this share of the time limit (at least a
 * second): on the centres of the benchmark HiGHS' bound stays far below the start, so the rest of
 * the limit was spent proving nothing and returning the same rota.
 */
export const stallShare = 0.25;

let loaded: Promise<Highs> | undefined;
/** One WebAssembly instance per thread, loaded on first use. */
export const highs = () => (loaded ??= loadHighs());

export async function solveRota(
  problem: RotaProblem,
  options: SolveOptions,
  hooks: SolveHooks = {},
): Promise<RotaSolution> {
  const began = performance.now();
  const seconds = () => (performance.now() - began) / 1000;
  const progress = (p: Omit<SolveProgress, 'seconds'>) =>
    hooks.onProgress?.({ ...p, seconds: seconds() });
  progress({ phase: 'building', gap: null, objective: null, percent: 0 });
  const solver = await highs();
  const prepared = prepare(problem);
  const built = buildModel(prepared);
  const buildSeconds = seconds();

  const start = greedyStart(prepared, () => hooks.shouldStop?.() ?? false);
  const startAssignments = assignmentsOf(prepared, start);
  // The greedy rota keeps every hard rule by construction; checked here, it may end the search.
  const startKeepsRules = checkRota(problem, startAssignments).length === 0;
  const model = solver.createModel(built.model);
  let report: SolverReport;
  let assignments: Assignment[] = [];
  let stopped = false;
  try {
    model.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds,
      mip_rel_gap: options.mipRelGap,
      random_seed: 1,
    });
    // The greedy rota as HiGHS' first incumbent.
    const colValue = new Float64Array(built.model.numCols);
    built.x.forEach((column, i) => (colValue[column] = start[i]!));
    for (const [column, value] of built.aux) colValue[column] = value(start);
    if (built.model.numCols > 0) model.setSolution({ colValue });
    let best = colValue.reduce((sum, v, j) => sum + v * built.model.colCost[j]!, 0);
    let improvedAt = seconds();
    const stallSeconds = Math.max(1, stallShare * options.timeLimitSeconds);
    let stalled = false;
    const { callbackType, modelStatus } = solver.constants;
    let lastReport = -1;
    progress({ phase: 'solving', gap: null, objective: null, percent: 0 });
    stopped = hooks.shouldStop?.() ?? false;
    // The interrupt checkpoint comes often: it both reports progress and honours a cancel.
    const run = model.run({
      [callbackType.mipInterrupt]: (event) => {
        if (stopped || hooks.shouldStop?.()) {
          stopped = true;
          event.interrupt();
          return undefined;
        }
        const now = seconds();
        const primal = event.data.mip_primal_bound;
        const incumbent = primal !== undefined && Number.isFinite(primal);
        if (incumbent && primal < best - 1e-6) {
          best = primal;
          improvedAt = now;
        } else if (incumbent && now - improvedAt > stallSeconds) {
          stalled = true;
          event.interrupt();
          return undefined;
        }
        if (now - lastReport < 0.25) return undefined;
        lastReport = now;
        const gap = event.data.mip_gap;
        progress({
          phase: 'solving',
          gap: gap !== undefined && Number.isFinite(gap) ? gap : null,
          objective: primal !== undefined && Number.isFinite(primal) ? primal : null,
          percent: Math.min(
            99,
            Math.round((100 * (now - buildSeconds)) / options.timeLimitSeconds),
          ),
        });
        return undefined;
      },
    });
    progress({ phase: 'checking', gap: null, objective: null, percent: 99 });
    const statusName =
      (Object.entries(modelStatus).find(([, code]) => code === run.modelStatus)?.[0] as string) ??
      'unknown';
    let hasSolution = Number(model.info.get('primal_solution_status')) === 2;
    if (!hasSolution && stalled && startKeepsRules) {
      // Stopped before HiGHS reported the start as its incumbent: the start is the answer.
      hasSolution = true;
      assignments = startAssignments;
    } else if (hasSolution) {
      const values = model.getSolution().colValue;
      prepared.candidates.forEach((c, i) => {
        const column = built.x[i]!;
        if ((values[column] ?? 0) > 0.5)
          assignments.push({
            staffId: problem.staff[c.staff]!.id,
            slotId: prepared.slots[c.slot]!.id,
            qualification: c.qualification,
          });
      });
    }
    const fromHighs = assignments !== startAssignments;
    const gapValue = hasSolution && fromHighs ? Number(model.info.get('mip_gap')) : NaN;
    report = {
      engine: `HiGHS ${solver.version.string} (WebAssembly)`,
      status:
        stalled && hasSolution
          ? 'feasible'
          : stopped || run.modelStatus === modelStatus.interrupted
            ? 'cancelled'
            : run.modelStatus === modelStatus.optimal
              ? 'optimal'
              : run.modelStatus === modelStatus.infeasible
                ? 'infeasible'
                : hasSolution
                  ? 'feasible'
                  : 'no_solution',
      modelStatus: stalled ? `stalled (no better rota for ${stallSeconds} s)` : statusName,
      timeLimitSeconds: options.timeLimitSeconds,
      mipRelGap: options.mipRelGap,
      gap: Number.isFinite(gapValue) ? Math.max(0, gapValue) : null,
      objective: hasSolution ? (fromHighs ? model.getObjectiveValue() : best) : null,
      seconds: 0,
      buildSeconds,
      variables: built.variables,
      constraints: built.constraints,
      parts: 1,
    };
  } finally {
    model.dispose();
  }
  if (!report) assignments = [];
  const violations = checkRota(problem, assignments);
  const explanation = explain(prepared, assignments, violations, report);
  report.seconds = seconds();
  return { assignments, explanation, solver: report };
}

/** The assignments a choice of candidates makes. */
function assignmentsOf(prepared: ReturnType<typeof prepare>, chosen: Uint8Array): Assignment[] {
  return prepared.candidates.flatMap((c) =>
    chosen[c.index]
      ? [
          {
            staffId: prepared.problem.staff[c.staff]!.id,
            slotId: prepared.slots[c.slot]!.id,
            qualification: c.qualification,
          },
        ]
      : [],
  );
}
