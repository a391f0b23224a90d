import { centreProblem, demoUnits } from '../../../../tests/bench/rota-solver-centres';
import { useTestApp, type TestClient } from '../../testing/test-app';
import { rotaProblemSchema } from './problem';
import { cancelSolve, solveFinished, startSolve } from './jobs';
import { monthSlots, standardTemplates } from './slots';

const t = useTestApp();
let manager: TestClient;
let carer: TestClient;
beforeAll(async () => {
  manager = await t.signedIn('manager');
  carer = await t.signedIn('carer');
});

const week = [
  '2026-05-04',
  '2026-05-05',
  '2026-05-06',
  '2026-05-07',
  '2026-05-08',
  '2026-05-09',
  '2026-05-10',
];
const slots = monthSlots('2026-05', 'u1', [standardTemplates[2]!], [], week);
const small = {
  month: '2026-05',
  units: [{ id: 'u1', name: 'Trẻ em' }],
  slots,
  staff: ['a', 'b', 'c'].map((id) => ({
    id,
    qualifications: ['carer'],
    unitIds: ['u1'],
    sex: 'male',
    contractHours: 160,
  })),
  demands: slots.map((s) => ({ slotId: s.id, qualification: 'carer', min: 1, preferred: 1 })),
};
const post = (c: TestClient, path: string, body: object) =>
  c.agent.post(path).set('X-CSRF-Token', c.csrf).send(body);

describe('POST /api/rota/solve', () => {
  it('solves in a worker, reports progress and returns the checked rota to a manager', async () => {
    const started = await post(manager, '/api/rota/solve', {
      problem: small,
      options: { timeLimitSeconds: 5 },
    }).expect(202);
    expect(started.body.data).toMatchObject({ status: 'running', scope: '2026-05:u1' });
    const job = await solveFinished(started.body.data.id);
    expect(job.status).toBe('done');
    const read = await manager.agent.get(`/api/rota/solve/${job.id}`).expect(200);
    expect(read.body.data.progress.percent).toBe(100);
    expect(read.body.data.solution.assignments).toHaveLength(7);
    expect(read.body.data.solution.explanation.hardViolations).toEqual([]);
    expect(read.body.data.solution.explanation.fairness.nights.spread).toBe(1);
  });

  it('refuses carers, bad problems and unknown jobs', async () => {
    await post(carer, '/api/rota/solve', { problem: small }).expect(403);
    const bad = await post(manager, '/api/rota/solve', {
      problem: { ...small, month: '2026-13' },
    }).expect(400);
    expect(bad.body.error.code).toBe('validation_failed');
    await manager.agent.get('/api/rota/solve/6b1c5d0e-1f7a-4a55-9a55-000000000000').expect(404);
  });
});

describe('solve jobs', () => {
  it('stream progress, refuse a second start for the same unit-month, and stop on cancel', async () => {
    // Two units of the demo centre, to optimality: still solving when cancelled.
    const problem = rotaProblemSchema.parse(centreProblem(demoUnits.slice(0, 2), 3));
    const phases = new Set<string>();
    const job = startSolve(problem, { timeLimitSeconds: 120, mipRelGap: 0 }, 'tester');
    expect(() =>
      startSolve(
        { ...problem, units: [problem.units[0]!] },
        { timeLimitSeconds: 1, mipRelGap: 0 },
        'tester',
      ),
    ).toThrow(expect.objectContaining({ code: 'rota_solve_running', status: 409 }));
    const started = Date.now();
    while (job.progress.phase !== 'solving' && Date.now() - started < 20_000) {
      phases.add(job.progress.phase);
      await new Promise((r) => setTimeout(r, 50));
    }
    phases.add(job.progress.phase);
    expect(phases).toContain('solving');
    const cancelledAt = Date.now();
    cancelSolve(job.id);
    const done = await solveFinished(job.id);
    expect(done.status).toBe('cancelled');
    // Cancelled long before the 120 s limit (a loose bound: CI machines are slow and shared).
    expect(Date.now() - cancelledAt).toBeLessThan(30_000);
    // The best rota so far comes back, checked.
    if (done.solution) expect(done.solution.explanation.hardViolations).toEqual([]);
    // The scope is free again.
    const next = startSolve(
      rotaProblemSchema.parse(small),
      { timeLimitSeconds: 2, mipRelGap: 0 },
      'tester',
    );
    expect((await solveFinished(next.id)).status).toBe('done');
  }, 30_000);
});
