import type { CarePlanView } from '@care/shared/care-plans';
import { AuditEvent } from '../audit/audit-event.model';
import {
  admitForCare,
  approve,
  approvedPlan,
  completeDraft,
  postAssessment,
  send,
} from '../testing/care-plan-fixtures';
import { useTestApp } from '../testing/test-app';
import { CarePlan } from './care-plan.model';

const t = useTestApp();
const plansUrl = (residentId: unknown) => `/api/residents/${String(residentId)}/care-plans`;

describe('POST /api/residents/:id/care-plans/:planId/approve', () => {
  it('lets a manager approve: who and when are recorded, the next review is scheduled', async () => {
    const resident = await admitForCare();
    const sw = await t.signedIn('social_worker');
    const draft = await completeDraft(sw, String(resident._id));
    const forbidden = await approve(sw, draft);
    expect(forbidden.status).toBe(403);
    const manager = await t.signedIn('manager');
    const res = await approve(manager, draft).expect(200);
    expect(res.body.data).toMatchObject({
      status: 'approved',
      approvedBy: { id: manager.userId },
      version: draft.version + 1,
    });
    const approvedOn = res.body.data.approvedOn as string;
    expect(res.body.data.nextReviewOn > approvedOn).toBe(true);
    const audit = await AuditEvent.find({ entityId: draft.id, action: 'update' }).lean();
    expect(audit[0]!.changes.find((c) => c.field === 'status')).toMatchObject({
      before: 'draft',
      after: 'approved',
    });
    expect(audit[0]!.actorId?.toString()).toBe(manager.userId);
  });

  it('refuses an incomplete draft, naming the goals, and a stale version', async () => {
    const resident = await admitForCare();
    const manager = await t.signedIn('manager');
    const assessment = await postAssessment(manager, String(resident._id));
    const stub = await send(manager, 'post', plansUrl(resident._id), {
      assessmentId: assessment.id,
      planDate: '2026-11-01',
      reviewFrequency: 'monthly',
    }).expect(201);
    const incomplete = await approve(manager, stub.body.data).expect(400);
    expect(incomplete.body.error.fields['goals.0.interventions']).toBe(
      'Cần ít nhất một biện pháp can thiệp trước khi phê duyệt',
    );
    const stale = await approve(manager, { ...stub.body.data, version: 7 });
    expect(stale.status).toBe(409);
    expect((await CarePlan.findById(stub.body.data.id).lean())?.status).toBe('draft');
  });

  it('gives one plan in force when two managers approve two revisions at the same moment', async () => {
    const resident = await admitForCare();
    const residentId = String(resident._id);
    const [a, b] = [await t.signedIn('manager'), await t.signedIn('manager')];
    let inForce = await approvedPlan(a, residentId);
    for (let round = 0; round < 3; round++) {
      const revise = (m: typeof a) =>
        send(m, 'post', `${plansUrl(residentId)}/${inForce.id}/revise`).expect(201);
      const drafts = [(await revise(a)).body.data, (await revise(b)).body.data];
      const answers = await Promise.all([approve(a, drafts[0]), approve(b, drafts[1])]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(answers.find((r) => r.status === 409)!.body.error.code).toBe('draft_outdated');
      const winner = answers.find((r) => r.status === 200)!.body.data;
      const list = (await a.agent.get(plansUrl(residentId)).expect(200)).body.data as {
        id: string;
        status: string;
      }[];
      expect(list.filter((p) => p.status === 'approved').map((p) => p.id)).toEqual([winner.id]);
      expect(list.find((p) => p.id === inForce.id)!.status).toBe('superseded');
      // The stored records agree: one approved, the loser still a draft.
      const stored = await CarePlan.find({ residentId }).lean();
      expect(stored.filter((p) => p.status === 'approved').map((p) => String(p._id))).toEqual([
        winner.id,
      ]);
      const loser = drafts.find((d) => d.id !== winner.id)!;
      expect(stored.find((p) => String(p._id) === loser.id)!.status).toBe('draft');
      inForce = winner;
    }
  });

  it('leaves one plan in force when five new drafts are approved at once', async () => {
    const resident = await admitForCare();
    const residentId = String(resident._id);
    const managers = await Promise.all(Array.from({ length: 5 }, () => t.signedIn('manager')));
    const drafts: CarePlanView[] = [];
    for (const m of managers) drafts.push(await completeDraft(m, residentId));
    const answers = await Promise.all(managers.map((m, i) => approve(m, drafts[i]!)));
    expect(answers.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const list = (await managers[0]!.agent.get(plansUrl(residentId)).expect(200)).body.data as {
      id: string;
      status: string;
    }[];
    expect(list.filter((p) => p.status === 'approved')).toHaveLength(1);
    const stored = await CarePlan.find({ residentId }).lean();
    expect(stored.filter((p) => p.status === 'approved')).toHaveLength(1);
    // Each approval that succeeded has its audit entry; refused ones have none.
    const approvals = await AuditEvent.find({ entity: 'care_plan', action: 'update' }).lean();
    const approvedIds = answers.filter((r) => r.status === 200).map((r) => r.body.data.id);
    for (const id of approvedIds)
      expect(
        approvals.some(
          (e) =>
            e.entityId === id &&
            e.changes.some((c) => c.field === 'status' && c.after === 'approved'),
        ),
      ).toBe(true);
    const refused = drafts.filter((d) => !approvedIds.includes(d.id)).map((d) => d.id);
    expect(approvals.filter((e) => refused.includes(e.entityId))).toEqual([]);
  });
});
