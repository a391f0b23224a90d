import { addMonthsToDay } from '@care/shared/care-plan-rules';
import type { CarePlanView } from '@care/shared/care-plans';
import { centreDay } from '@care/shared/dates';
import { AuditEvent } from '../audit/audit-event.model';
import { admitForCare, approvedPlan, send } from '../testing/care-plan-fixtures';
import { useTestApp, type TestClient } from '../testing/test-app';
import { CarePlan } from './care-plan.model';

const t = useTestApp();
const reviewsUrl = (plan: CarePlanView) =>
  `/api/residents/${plan.residentId}/care-plans/${plan.id}/reviews`;

const review = (plan: CarePlanView, over: object = {}) => ({
  version: plan.version,
  reviewedOn: centreDay(),
  progress: plan.goals.map((g, i) => ({
    goalId: g.id,
    status: i === 0 ? 'achieved' : 'in_progress',
    note: i === 0 ? 'Huyết áp ổn định 3 tuần liền' : '',
  })),
  comment: 'Tiến triển tốt, tiếp tục kế hoạch.',
  ...over,
});

async function planInForce(): Promise<{ manager: TestClient; plan: CarePlanView }> {
  const resident = await admitForCare();
  const manager = await t.signedIn('manager');
  return { manager, plan: await approvedPlan(manager, String(resident._id)) };
}

describe('POST /api/residents/:id/care-plans/:planId/reviews', () => {
  it('records progress per goal by a social worker, moves the next review date and audits it', async () => {
    const { plan } = await planInForce();
    const today = centreDay();
    expect(plan.nextReviewOn).toBe(addMonthsToDay(plan.approvedOn!, 1));
    const sw = await t.signedIn('social_worker');
    const res = await send(sw, 'post', reviewsUrl(plan), review(plan)).expect(201);
    expect(res.body.data.reviews).toEqual([
      expect.objectContaining({
        reviewedOn: today,
        reviewer: { id: sw.userId, fullName: expect.any(String) },
        comment: 'Tiến triển tốt, tiếp tục kế hoạch.',
        progress: [
          { goalId: plan.goals[0]!.id, status: 'achieved', note: 'Huyết áp ổn định 3 tuần liền' },
          { goalId: plan.goals[1]!.id, status: 'in_progress', note: '' },
        ],
      }),
    ]);
    expect(res.body.data.nextReviewOn).toBe(addMonthsToDay(today, 1));
    expect(res.body.data.version).toBe(plan.version + 1);
    const audit = await AuditEvent.find({ entityId: plan.id, action: 'update' })
      .sort({ _id: 1 })
      .lean();
    expect(audit.at(-1)!.changes[0]).toMatchObject({ field: 'review', before: null });
    expect(audit.at(-1)!.actorId?.toString()).toBe(sw.userId);
  });

  it('answers 409 to a review sent at a stale version, keeping the first', async () => {
    const { manager, plan } = await planInForce();
    await send(manager, 'post', reviewsUrl(plan), review(plan)).expect(201);
    const stale = await send(manager, 'post', reviewsUrl(plan), review(plan, { comment: 'Lần 2' }));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect((await CarePlan.findById(plan.id).lean())!.reviews).toHaveLength(1);
  });

  it('refuses missing or foreign goals and days out of range, in Vietnamese, writing nothing', async () => {
    const { manager, plan } = await planInForce();
    const res = await send(
      manager,
      'post',
      reviewsUrl(plan),
      review(plan, {
        reviewedOn: '2026-01-01',
        progress: [{ goalId: '0'.repeat(24), status: 'achieved', note: '' }],
      }),
    ).expect(400);
    expect(res.body.error.fields).toEqual({
      'progress.0.goalId': 'Mục tiêu này không thuộc kế hoạch',
      progress: 'Cần ghi tiến độ cho mọi mục tiêu của kế hoạch',
      reviewedOn: 'Ngày rà soát không được trước ngày phê duyệt hoặc lần rà soát trước',
    });
    const bad = await send(
      manager,
      'post',
      reviewsUrl(plan),
      review(plan, { progress: [{ goalId: plan.goals[0]!.id, status: 'almost', note: '' }] }),
    ).expect(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['progress.0.status']);
    const stored = (await CarePlan.findById(plan.id).lean())!;
    expect(stored.reviews).toHaveLength(0);
    expect(stored.version).toBe(plan.version);
  });

  it('is refused on drafts and superseded versions', async () => {
    const { manager, plan } = await planInForce();
    const base = `/api/residents/${plan.residentId}/care-plans`;
    const draft = (await send(manager, 'post', `${base}/${plan.id}/revise`).expect(201)).body.data;
    const onDraft = await send(manager, 'post', reviewsUrl(draft), review(draft));
    expect(onDraft.status).toBe(409);
    expect(onDraft.body.error.code).toBe('plan_not_current');
    await send(manager, 'post', `${base}/${draft.id}/approve`, { version: draft.version }).expect(
      200,
    );
    const fresh = (await manager.agent.get(`${base}/${plan.id}`).expect(200)).body.data;
    const onOld = await send(manager, 'post', reviewsUrl(fresh), review(fresh));
    expect(onOld.status).toBe(409);
    expect(onOld.body.error.code).toBe('plan_not_current');
  });

  it.each(['nurse', 'carer', 'kitchen'] as const)('forbids the %s role', async (role) => {
    const { plan } = await planInForce();
    const user = await t.signedIn(role);
    await send(user, 'post', reviewsUrl(plan), review(plan)).expect(403);
  });
});
