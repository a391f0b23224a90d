import { AuditEvent } from '../audit/audit-event.model';
import {
  admitForCare,
  approve,
  approvedPlan,
  completeDraft,
  completeGoals,
  postAssessment,
  send,
} from '../testing/care-plan-fixtures';
import { useTestApp } from '../testing/test-app';
import { CarePlan } from './care-plan.model';

const t = useTestApp();
const plansUrl = (residentId: unknown) => `/api/residents/${String(residentId)}/care-plans`;

describe('POST /api/residents/:id/care-plans', () => {
  it('drafts a plan from an assessment: one goal stub per domain with identified needs', async () => {
    const resident = await admitForCare('elderly');
    const sw = await t.signedIn('social_worker');
    const assessment = await postAssessment(sw, String(resident._id));
    const res = await send(sw, 'post', plansUrl(resident._id), {
      assessmentId: assessment.id,
      planDate: '2026-11-01',
      reviewFrequency: 'quarterly',
    }).expect(201);
    const plan = res.body.data;
    expect(plan).toMatchObject({
      number: 1,
      status: 'draft',
      approvedBy: null,
      nextReviewOn: null,
      createdBy: { id: sw.userId },
    });
    const withNeeds = Object.entries(assessment.domains).filter(([, d]) => d.needs.length);
    expect(plan.goals.length).toBeGreaterThan(0);
    expect(plan.goals.length).toBeLessThanOrEqual(withNeeds.length);
    expect(plan.goals[0]).toMatchObject({
      domain: 'health',
      interventions: [],
      responsible: [{ id: sw.userId, fullName: expect.any(String) }],
      targetDate: '2027-02-01',
    });
    expect(plan.goals[0].description).toContain(assessment.domains.health.needs[0]);
    const audit = await AuditEvent.find({ entity: 'care_plan', entityId: plan.id }).lean();
    expect(audit.map((e) => [e.action, e.entityLabel])).toEqual([['create', resident.code]]);
  });

  it('answers 400 with Vietnamese field messages and writes nothing', async () => {
    const resident = await admitForCare();
    const sw = await t.signedIn('social_worker');
    const assessment = await postAssessment(sw, String(resident._id));
    const planAudit = () => AuditEvent.countDocuments({ entity: 'care_plan' });
    const [plans, audit] = [await CarePlan.countDocuments(), await planAudit()];
    const goals = completeGoals(sw.userId!);
    const res = await send(sw, 'post', plansUrl(resident._id), {
      assessmentId: assessment.id,
      planDate: '2026-11-01',
      reviewFrequency: 'monthly',
      goals: [
        { ...goals[0], targetDate: '2026-10-01' },
        { ...goals[1], domain: 'housing' },
      ],
    }).expect(400);
    expect(res.body.error.fields['goals.0.targetDate']).toBe(
      'Thời hạn không được trước ngày lập kế hoạch',
    );
    expect(res.body.error.fields['goals.1.domain']).toBe(
      'Vui lòng chọn một giá trị trong danh sách',
    );
    const empty = await send(sw, 'post', plansUrl(resident._id), {
      assessmentId: assessment.id,
      planDate: '2026-11-01',
      reviewFrequency: 'monthly',
      goals: [],
    }).expect(400);
    expect(empty.body.error.fields.goals).toBe('Kế hoạch cần ít nhất một mục tiêu');
    const cook = await t.addUser({ role: 'kitchen', username: `cook${Date.now()}` });
    const staff = await send(sw, 'post', plansUrl(resident._id), {
      assessmentId: assessment.id,
      planDate: '2026-11-01',
      reviewFrequency: 'monthly',
      goals: [{ ...goals[0], responsibleIds: [String(cook._id)] }],
    }).expect(400);
    expect(staff.body.error.fields['goals.0.responsibleIds']).toMatch(/nhân viên/);
    const other = await admitForCare();
    const foreign = await send(sw, 'post', plansUrl(other._id), {
      assessmentId: assessment.id,
      planDate: '2026-11-01',
      reviewFrequency: 'monthly',
    }).expect(400);
    expect(Object.keys(foreign.body.error.fields)).toEqual(['assessmentId']);
    expect(await CarePlan.countDocuments()).toBe(plans);
    expect(await planAudit()).toBe(audit);
  });

  it.each(['nurse', 'carer', 'kitchen'] as const)('forbids the %s role', async (role) => {
    const resident = await admitForCare();
    const user = await t.signedIn(role);
    const res = await send(user, 'post', plansUrl(resident._id), {
      assessmentId: '0'.repeat(24),
      planDate: '2026-11-01',
      reviewFrequency: 'monthly',
    });
    expect(res.status).toBe(403);
  });
});

describe('PATCH /api/residents/:id/care-plans/:planId', () => {
  it('replaces a draft at the version read; a stale version is a 409 that changes nothing', async () => {
    const resident = await admitForCare();
    const sw = await t.signedIn('social_worker');
    const draft = await completeDraft(sw, String(resident._id));
    const goals = draft.goals.map((g) => ({
      id: g.id,
      domain: g.domain,
      description: g.description,
      interventions: g.interventions,
      responsibleIds: g.responsible.map((s) => s.id),
      targetDate: g.targetDate,
    }));
    const body = {
      version: draft.version,
      assessmentId: draft.assessmentId,
      planDate: draft.planDate,
      reviewFrequency: 'quarterly',
      goals: [goals[0], { ...goals[1], description: 'Tham gia câu lạc bộ thơ' }],
    };
    const res = await send(sw, 'patch', `${plansUrl(resident._id)}/${draft.id}`, body).expect(200);
    expect(res.body.data).toMatchObject({ version: 1, reviewFrequency: 'quarterly' });
    // Goals keep their ids across edits: the compare relies on them.
    expect(res.body.data.goals.map((g: { id: string }) => g.id)).toEqual(goals.map((g) => g.id));
    const stale = await send(sw, 'patch', `${plansUrl(resident._id)}/${draft.id}`, {
      ...body,
      reviewFrequency: 'monthly',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect(await CarePlan.findById(draft.id).lean()).toMatchObject({
      reviewFrequency: 'quarterly',
      version: 1,
    });
    const updates = await AuditEvent.find({ entityId: draft.id, action: 'update' }).lean();
    expect(updates.map((e) => e.changes.map((c) => c.field))).toEqual([
      ['reviewFrequency', 'goals'],
    ]);
  });

  it('refuses to edit an approved version', async () => {
    const resident = await admitForCare();
    const manager = await t.signedIn('manager');
    const plan = await approvedPlan(manager, String(resident._id));
    const res = await send(manager, 'patch', `${plansUrl(resident._id)}/${plan.id}`, {
      version: plan.version,
      assessmentId: plan.assessmentId,
      planDate: plan.planDate,
      reviewFrequency: 'monthly',
      goals: completeGoals(manager.userId!),
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('plan_not_draft');
  });
});

describe('POST /api/residents/:id/care-plans/:planId/revise', () => {
  it('starts a new draft from the plan in force; approving it supersedes the old, kept unchanged', async () => {
    const resident = await admitForCare();
    const residentId = String(resident._id);
    const manager = await t.signedIn('manager');
    const v1 = await approvedPlan(manager, residentId);
    const res = await send(manager, 'post', `${plansUrl(residentId)}/${v1.id}/revise`).expect(201);
    const v2 = res.body.data;
    expect(v2).toMatchObject({ status: 'draft', basedOn: v1.number, number: v1.number + 1 });
    expect(v2.goals.map((g: { id: string }) => g.id)).toEqual(v1.goals.map((g) => g.id));
    await approve(manager, v2).expect(200);
    const old = await manager.agent.get(`${plansUrl(residentId)}/${v1.id}`).expect(200);
    expect(old.body.data).toMatchObject({ status: 'superseded', goals: v1.goals });
    expect(old.body.data.supersededAt).not.toBeNull();
    // Only the plan in force can be revised.
    const again = await send(manager, 'post', `${plansUrl(residentId)}/${v1.id}/revise`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('plan_not_current');
  });

  it('is open to social workers but not to nurses', async () => {
    const resident = await admitForCare();
    const manager = await t.signedIn('manager');
    const plan = await approvedPlan(manager, String(resident._id));
    const nurse = await t.signedIn('nurse');
    await send(nurse, 'post', `${plansUrl(resident._id)}/${plan.id}/revise`).expect(403);
    const sw = await t.signedIn('social_worker');
    await send(sw, 'post', `${plansUrl(resident._id)}/${plan.id}/revise`).expect(201);
  });
});

describe('GET /api/residents/:id/care-plans', () => {
  it('lists every version newest first for a nurse; carers and the kitchen are refused', async () => {
    const resident = await admitForCare();
    const manager = await t.signedIn('manager');
    const v1 = await approvedPlan(manager, String(resident._id));
    await send(manager, 'post', `${plansUrl(resident._id)}/${v1.id}/revise`).expect(201);
    const nurse = await t.signedIn('nurse');
    const res = await nurse.agent.get(plansUrl(resident._id)).expect(200);
    expect(
      res.body.data.map((p: { number: number; status: string }) => [p.number, p.status]),
    ).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ]);
    for (const role of ['carer', 'kitchen'] as const)
      await (await t.signedIn(role)).agent.get(plansUrl(resident._id)).expect(403);
  });
});
