// Auto-rostering jobs off the request thread: each solve runs in its own worker thread; the API
// starts one, reads its progress and result, or cancels it. One running job per unit-month.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../platform/errors';
import type { RotaProblem, RotaSolution, SolveOptions } from './problem';
import type { SolveProgress } from './solve';
import type { WorkerInput, WorkerMessage } from './worker';

export type JobStatus = 'running' | 'done' | 'cancelled' | 'failed';

export type SolveJob = {
  id: string;
  /** `yyyy-MM` and the unit ids planned: a second start for the same scope is refused. */
  scope: string;
  startedBy: string;
  startedAt: string;
  status: JobStatus;
  progress: SolveProgress;
  solution: RotaSolution | null;
  error: string | null;
};

/** Finished jobs are kept this long for the planner to read their result. */
const keepFinishedMs = 60 * 60_000;
/** After a cancel, how long the worker may take to stop at a checkpoint before it is ended. */
const cancelGraceMs = 2_000;

type Entry = {
  job: SolveJob;
  worker: Worker;
  cancel: Int32Array;
  done: Promise<SolveJob>;
  finishedAt?: number;
};
const jobs = new Map<string, Entry>();

export const scopeOf = (problem: Pick<RotaProblem, 'month' | 'units'>) =>
  `${problem.month}:${problem.units
    .map((u) => u.id)
    .sort()
    .join(',')}`;

function spawn(input: WorkerInput): Worker {
  // From the bundle (npm start) the worker is its own file beside main.js; from the TypeScript
  // sources (dev, tests) it is loaded through tsx.
  if (!__filename.endsWith('.ts'))
    return new Worker(path.join(__dirname, 'rota-solver-worker.js'), { workerData: input });
  const tsx = JSON.stringify(require.resolve('tsx/cjs/api'));
  const file = JSON.stringify(path.join(__dirname, 'worker.ts'));
  return new Worker(`require(${tsx}).register(); require(${file});`, {
    eval: true,
    workerData: input,
  });
}

function sweep(now = Date.now()) {
  for (const [id, entry] of jobs)
    if (entry.finishedAt && now - entry.finishedAt > keepFinishedMs) jobs.delete(id);
}

/** Starts a solve in a worker; 409 when one is already running for the same units and month. */
export function startSolve(
  problem: RotaProblem,
  options: SolveOptions,
  startedBy: string,
): SolveJob {
  sweep();
  const scope = scopeOf(problem);
  const units = new Set(problem.units.map((u) => u.id));
  for (const { job } of jobs.values()) {
    const [month, ids] = job.scope.split(':') as [string, string];
    if (
      job.status === 'running' &&
      month === problem.month &&
      ids.split(',').some((u) => units.has(u))
    )
      throw new AppError('rota_solve_running');
  }
  const buffer = new SharedArrayBuffer(4);
  const cancel = new Int32Array(buffer);
  const worker = spawn({ problem, options, cancel: buffer });
  const job: SolveJob = {
    id: randomUUID(),
    scope,
    startedBy,
    startedAt: new Date().toISOString(),
    status: 'running',
    progress: { phase: 'building', seconds: 0, gap: null, objective: null, percent: 0 },
    solution: null,
    error: null,
  };
  const entry: Entry = { job, worker, cancel, done: Promise.resolve(job) };
  entry.done = new Promise<SolveJob>((resolve) => {
    const finish = (status: JobStatus, patch: Partial<SolveJob> = {}) => {
      if (job.status !== 'running') return;
      Object.assign(job, { status, ...patch });
      entry.finishedAt = Date.now();
      void worker.terminate();
      resolve(job);
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') job.progress = message.progress;
      else if (message.type === 'result') {
        const cancelled = Atomics.load(cancel, 0) === 1;
        finish(cancelled ? 'cancelled' : 'done', {
          solution: message.solution,
          progress: { ...job.progress, phase: 'checking', percent: 100 },
        });
      } else finish('failed', { error: message.message });
    });
    worker.on('error', (error) => finish('failed', { error: error.message }));
    worker.on('exit', () =>
      finish(Atomics.load(cancel, 0) === 1 ? 'cancelled' : 'failed', { error: 'worker stopped' }),
    );
  });
  jobs.set(job.id, entry);
  return job;
}

export function getSolveJob(id: string): SolveJob {
  const entry = jobs.get(id);
  if (!entry) throw new AppError('not_found');
  return entry.job;
}

/** Asks the worker to stop at its next checkpoint (keeping the best rota so far); ends it if it does not. */
export function cancelSolve(id: string): SolveJob {
  const entry = jobs.get(id);
  if (!entry) throw new AppError('not_found');
  if (entry.job.status !== 'running') return entry.job;
  Atomics.store(entry.cancel, 0, 1);
  const timer = setTimeout(() => void entry.worker.terminate(), cancelGraceMs);
  void entry.done.then(() => clearTimeout(timer));
  return entry.job;
}

/** Resolves when the job has finished (for tests and the benchmark). */
export function solveFinished(id: string): Promise<SolveJob> {
  const entry = jobs.get(id);
  if (!entry) throw new AppError('not_found');
  return entry.done;
}
