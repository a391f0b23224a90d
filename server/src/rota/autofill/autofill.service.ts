// Auto-filling a month: build the problem from the rota, solve it in a worker (jobs.ts: progress,
// cancel, one job per unit-month), then apply the result to the month's draft. Applying writes
// only the planned units' shifts, never a locked cell, never a published month, and only when
// nothing changed in the month since the problem was read (else 409 rota_autofill_stale).
import mongoose from 'mongoose';
import type { z } from 'zod';
import type {
  AutofillApplyView,
  AutofillJobView,
  autofillStartSchema,
  CellLocksView,
  cellLockSchema,
} from '@care/shared/rota-autofill';
import { isStaffRuleError } from '@care/shared/rota-autofill';
import { shiftInstants } from '@care/shared/rota-rules';
import { recordAudit, recordAudits } from '../../audit/audit.service';
import { isDuplicateKey } from '../../platform/db';
import { AppError, badRequest, notFound } from '../../platform/errors';
import { updateVersioned } from '../../platform/versioned';
import { checkMonth } from '../rota-check';
import { RotaEntry, RotaMonth, type EntryDoc, type MonthDoc } from '../rota-entry.model';
import { withStaffLocks } from '../rota-locks';
import { getDutyStaff } from '../staff.service';
import { cancelSolve, getSolveJob, startSolve, type SolveJob } from '../solver/jobs';
import { solveOptionsSchema } from '../solver/problem';
import { RotaCellLock, type CellLockDoc } from './cell-lock.model';
import { buildRotaProblem, monthFingerprint, slotIdOf, type RotaProblemBuild } from './from-rota';

type Person = { id: string; fullName: string };
type Run = { build: RotaProblemBuild; applied: boolean };
/** What each job read (kept as long as the job manager keeps the job). */
const runs = new Map<string, Run>();

export async function startAutofill(
  month: string,
  input: z.output<typeof autofillStartSchema>,
  actor: Person,
): Promise<AutofillJobView> {
  const build = await buildRotaProblem(month, input.unitId);
  const options = solveOptionsSchema.parse({ timeLimitSeconds: input.timeLimitSeconds });
  const job = startSolve(build.problem, options, actor.id);
  runs.set(job.id, { build, applied: false });
  return present(job, runs.get(job.id)!);
}

function runOf(month: string, jobId: string): { job: SolveJob; run: Run } {
  const run = runs.get(jobId);
  if (!run || run.build.month !== month) throw notFound();
  return { job: getSolveJob(jobId), run };
}

/** Shifts the result asks for and the draft's planned shifts, outside locked cells. */
function plan(job: SolveJob, run: Run) {
  const { build } = run;
  const free = (staffId: string, day: string) => !build.locked.has(`${staffId}|${day}`);
  const slots = new Map(build.problem.slots.map((s) => [s.id, s]));
  const wanted = new Map<string, { staffId: string; day: string; templateId: string }>();
  for (const a of job.solution?.assignments ?? []) {
    const slot = slots.get(a.slotId);
    if (slot && free(a.staffId, slot.day))
      wanted.set(`${a.staffId}|${a.slotId}`, {
        staffId: a.staffId,
        day: slot.day,
        templateId: slot.templateId,
      });
  }
  const current = new Map<string, EntryDoc>();
  for (const e of build.managed)
    if (free(e.staffId, e.day)) current.set(`${e.staffId}|${slotIdOf(e.day, e.templateId)}`, e);
  return {
    add: [...wanted].filter(([k]) => !current.has(k)).map(([, w]) => w),
    remove: [...current].filter(([k]) => !wanted.has(k)).map(([, e]) => e),
  };
}

const usable = (job: SolveJob) =>
  !!job.solution &&
  (job.status === 'done' || job.status === 'cancelled') &&
  ['optimal', 'feasible', 'cancelled'].includes(job.solution.solver.status);

function present(job: SolveJob, run: Run): AutofillJobView {
  const finished = job.status !== 'running';
  const seconds = finished
    ? (job.solution?.solver.seconds ?? job.progress.seconds)
    : (Date.now() - Date.parse(job.startedAt)) / 1000;
  const { add, remove } = plan(job, run);
  return {
    id: job.id,
    month: run.build.month,
    unitIds: run.build.unitIds,
    status: job.status,
    startedAt: job.startedAt,
    seconds: Math.round(seconds * 10) / 10,
    progress: { phase: job.progress.phase, percent: job.progress.percent },
    result:
      finished && job.solution
        ? {
            solverStatus: job.solution.solver.status,
            explanation: job.solution.explanation,
            add: usable(job) ? add.length : 0,
            remove: usable(job) ? remove.length : 0,
            applied: run.applied,
          }
        : null,
    error: job.error,
  };
}

export function readAutofill(month: string, jobId: string): AutofillJobView {
  const { job, run } = runOf(month, jobId);
  return present(job, run);
}

export function cancelAutofill(month: string, jobId: string): AutofillJobView {
  const { run } = runOf(month, jobId);
  return present(cancelSolve(jobId), run);
}

const stale = () => new AppError('rota_autofill_stale');

export async function applyAutofill(
  month: string,
  jobId: string,
  actor: Person,
): Promise<AutofillApplyView> {
  const { job, run } = runOf(month, jobId);
  if (run.applied || !usable(job)) throw new AppError('rota_autofill_not_ready');
  const { build } = run;
  const doc = await RotaMonth.findById(month).lean<MonthDoc>();
  if (doc?.state === 'published') throw new AppError('rota_month_published');
  if ((await monthFingerprint(month)) !== build.fingerprint) throw stale();
  // Claim the month at the version the solve read: of two applies, or an apply and a publish,
  // one wins and the other is stale.
  await updateVersioned<MonthDoc>(RotaMonth, month, build.monthVersion, {}).catch((e) => {
    if (e instanceof AppError && e.code === 'stale_version') throw stale();
    throw e;
  });
  run.applied = true;
  const { add, remove } = plan(job, run);
  const docs = add.map((w) => {
    const t = build.templates.get(w.templateId)!;
    const { start, end } = shiftInstants(w.day, t);
    return {
      _id: new mongoose.Types.ObjectId(),
      staffId: w.staffId,
      day: w.day,
      month,
      year: month.slice(0, 4),
      unitId: t.unitId,
      templateId: w.templateId,
      start: new Date(start),
      end: new Date(end),
      createdBy: { id: actor.id, fullName: actor.fullName },
      version: 0,
    };
  });
  const staffIds = [...new Set([...docs, ...remove].map((e) => e.staffId))];
  await withStaffLocks(staffIds, async () => {
    const removed = remove.length
      ? await RotaEntry.deleteMany({ _id: { $in: remove.map((e) => e._id) } })
      : { deletedCount: 0 };
    try {
      if (removed.deletedCount !== remove.length) throw stale();
      if (docs.length) await RotaEntry.insertMany(docs, { ordered: true });
    } catch (e) {
      // Put the month back as it was: the planner's edit that raced this apply wins.
      await RotaEntry.deleteMany({ _id: { $in: docs.map((d) => d._id) } });
      const gone = remove.map((r) => r._id.toString());
      const still = new Set(
        (await RotaEntry.find({ _id: { $in: gone } }, { _id: 1 }).lean<EntryDoc[]>()).map((r) =>
          r._id.toString(),
        ),
      );
      await RotaEntry.insertMany(
        remove.filter((r) => !still.has(r._id.toString())),
        { ordered: false },
      ).catch(() => undefined);
      run.applied = false;
      if (isDuplicateKey(e) || (e instanceof AppError && e.code === 'rota_autofill_stale'))
        throw stale();
      throw e;
    }
  });
  await recordAudits([
    ...docs.map((d) => ({
      actor,
      action: 'create' as const,
      entity: 'rota_entry' as const,
      entityId: d._id.toString(),
      entityLabel: `${d.staffId} · ${d.day}`,
    })),
    ...remove.map((d) => ({
      actor,
      action: 'delete' as const,
      entity: 'rota_entry' as const,
      entityId: d._id.toString(),
      entityLabel: `${d.staffId} · ${d.day}`,
    })),
  ]);
  await recordAudit({
    actor,
    action: 'update',
    entity: 'rota_month',
    entityId: month,
    entityLabel: `${month} · xếp lịch tự động (+${docs.length} / −${remove.length})`,
  });
  const { violations } = await checkMonth(month);
  return {
    month,
    added: docs.length,
    removed: remove.length,
    violations,
    hardViolations: violations.filter(isStaffRuleError).length,
  };
}

// ---- locked cells ----
const presentLocks = (month: string, docs: CellLockDoc[]): CellLocksView => ({
  month,
  locks: docs
    .map((l) => ({ staffId: l.staffId, day: l.day, lockedBy: l.lockedBy }))
    .sort((a, b) => (a.day + a.staffId < b.day + b.staffId ? -1 : 1)),
});

export async function listLocks(month: string): Promise<CellLocksView> {
  return presentLocks(month, await RotaCellLock.find({ month }).lean<CellLockDoc[]>());
}

export async function setLock(
  month: string,
  input: z.output<typeof cellLockSchema>,
  actor: Person,
): Promise<CellLocksView> {
  if (!input.day.startsWith(`${month}-`)) throw badRequest({ day: 'invalid_date' });
  const user = await getDutyStaff(input.staffId);
  const label = `${user.fullName} · ${input.day}`;
  if (input.locked) {
    try {
      const result = await RotaCellLock.updateOne(
        { staffId: input.staffId, day: input.day },
        {
          $setOnInsert: {
            staffId: input.staffId,
            day: input.day,
            month,
            lockedBy: { id: actor.id, fullName: actor.fullName },
          },
        },
        { upsert: true },
      );
      if (result.upsertedCount > 0)
        await recordAudit({
          actor,
          action: 'create',
          entity: 'rota_lock',
          entityId: `${input.staffId}|${input.day}`,
          entityLabel: label,
        });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e; // a parallel lock of the same cell: locked either way
    }
  } else {
    const result = await RotaCellLock.deleteOne({ staffId: input.staffId, day: input.day });
    if (result.deletedCount > 0)
      await recordAudit({
        actor,
        action: 'delete',
        entity: 'rota_lock',
        entityId: `${input.staffId}|${input.day}`,
        entityLabel: label,
      });
  }
  return listLocks(month);
}
