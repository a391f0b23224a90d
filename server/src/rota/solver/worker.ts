// The solver's worker thread: solves the problem it is given, posts progress, and stops at the
// next solver checkpoint once the shared cancel flag is raised (keeping the best rota so far).
import { parentPort, workerData } from 'node:worker_threads';
import type { RotaProblem, RotaSolution, SolveOptions } from './problem';
import { solveRota, type SolveProgress } from './solve';

export type WorkerInput = {
  problem: RotaProblem;
  options: SolveOptions;
  cancel: SharedArrayBuffer;
};
export type WorkerMessage =
  | { type: 'progress'; progress: SolveProgress }
  | { type: 'result'; solution: RotaSolution }
  | { type: 'error'; message: string };

const { problem, options, cancel } = workerData as WorkerInput;
const flag = new Int32Array(cancel);
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

solveRota(problem, options, {
  onProgress: (progress) => post({ type: 'progress', progress }),
  shouldStop: () => Atomics.load(flag, 0) === 1,
}).then(
  (solution) => post({ type: 'result', solution }),
  (error: unknown) =>
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
);
