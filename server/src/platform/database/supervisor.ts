// Keeps one database child process running: restarts it with back-off when it dies, and gives up
// (calling `onFatal`) after repeated failures, so the app can exit with a clear message.
import type { ChildProcess } from 'node:child_process';

export type ChildSpec = {
  name: string;
  /** Spawns the child and resolves once it serves; rejects if it cannot start. */
  start: () => Promise<ChildProcess>;
  stopSignal?: NodeJS.Signals;
};

export type SupervisorOptions = {
  log: (line: string) => void;
  onFatal: (message: string) => void;
  /** Consecutive failed starts or early crashes before giving up. */
  maxFailures?: number;
  /** A child that stayed up this long resets the failure count. */
  stableAfterMs?: number;
  backoffMs?: readonly number[];
};

const defaultBackoff = [200, 500, 1_000, 2_000, 4_000, 8_000];

export class Supervisor {
  private child: ChildProcess | null = null;
  private stopping = false;
  private failures = 0;
  private startedAt = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly spec: ChildSpec,
    private readonly options: SupervisorOptions,
  ) {}

  get name(): string {
    return this.spec.name;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get up(): boolean {
    return this.child !== null;
  }

  async start(): Promise<void> {
    this.adopt(await this.spec.start());
  }

  private adopt(child: ChildProcess) {
    this.child = child;
    this.startedAt = Date.now();
    child.once('exit', (code, signal) => {
      if (this.child === child) this.child = null;
      if (this.stopping) return;
      this.options.log(
        `The database process ${this.spec.name} stopped (${signal ?? `exit ${code}`}); restarting…`,
      );
      if (Date.now() - this.startedAt >= (this.options.stableAfterMs ?? 30_000)) this.failures = 0;
      this.scheduleRestart();
    });
  }

  private scheduleRestart() {
    const max = this.options.maxFailures ?? 5;
    if (this.failures >= max) {
      this.options.onFatal(
        `The database process ${this.spec.name} failed ${this.failures + 1} times in a row; giving up.`,
      );
      return;
    }
    const backoff = this.options.backoffMs ?? defaultBackoff;
    const delay = backoff[Math.min(this.failures, backoff.length - 1)]!;
    this.failures++;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.stopping) return;
      this.spec.start().then(
        (child) => {
          if (this.stopping) child.kill(this.spec.stopSignal ?? 'SIGTERM');
          else {
            this.options.log(`The database process ${this.spec.name} is back.`);
            this.adopt(child);
          }
        },
        (err: unknown) => {
          this.options.log(`Restarting ${this.spec.name} failed: ${String(err)}`);
          if (!this.stopping) this.scheduleRestart();
        },
      );
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill(this.spec.stopSignal ?? 'SIGTERM');
    });
  }
}
