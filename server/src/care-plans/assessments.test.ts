import { AuditEvent } from '../audit/audit-event.model';
import { Resident } from '../residents/resident.model';
import {
  admitForCare,
  approve,
  assessmentBody,
  completeDraft,
  postAssessment,
  send,
} from '../testing/care-plan-fixtures';
import { useTestApp } from '../testing/test-app';
import { Assessment } from './assessment.model';

const t = useTestApp();
const url = (residentId: unknown) => `/api/residents/${String(residentId)}/assessments`;

describe('POST /api/residents/:id/assessments', () => {
  it('records a structured assessment by an assessor, audited under the resident code', async () => {
    const resident = await admitForCare('elderly');
    const sw = await t.signedIn('social_worker');
    const body = assessmentBody(sw.userId!);
    body.domains.self_care.activities.bathing = 'needs_full_help';
    body.domains.risks.items = [{ kind: 'falls', level: 'high', note: 'Ngã 2 lần' }];
    const res = await send(sw, 'post', url(resident._id), body).expect(201);
    expect(res.body.data).toMatchObject({
      residentId: String(resident._id),
      assessedOn: body.assessedOn,
      assessor: { id: sw.userId },
      lockedByPlan: null,
      version: 0,
    });
    expect(res.body.data.domains.self_care.activities.bathing).toBe('needs_full_help');
    expect(res.body.data.domains.risks.items).toEqual([
      { kind: 'falls', level: 'high', note: 'Ngã 2 lần' },
    ]);
    const events = await AuditEvent.find({ entity: 'assessment', entityId: res.body.data.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'create', entityLabel: resident.code });
  });

  it('answers 400 in Vietnamese for unknown domains, levels and a future day, writing nothing', async () => {
    const resident = await admitForCare();
    const sw = await t.signedIn('social_worker');
    const body = assessmentBody(sw.userId!) as unknown as {
      assessedOn: string;
      domains: Record<string, unknown> & { self_care: { activities: Record<string, string> } };
    };
    body.assessedOn = '2999-01-01';
    body.domains.spirituality = { summary: '', needs: [] };
    body.domains.self_care.activities.eating = 'sometimes';
    const before = await Assessment.countDocuments();
    const res = await send(sw, 'post', url(resident._id), body).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.fields).toMatchObject({
      assessedOn: 'Ngày không được ở tương lai',
      'domains.spirituality': 'Trường này không được phép',
    });
    expect(res.body.error.fields['domains.self_care.activities.eating']).toBeDefined();
    expect(await Assessment.countDocuments()).toBe(before);
  });

  it('refuses an assessor who is not caring staff', async () => {
    const resident = await admitForCare();
    const sw = await t.signedIn('social_worker');
    const cook = await t.addUser({ role: 'kitchen', username: `cook${Date.now()}` });
    const res = await send(sw, 'post', url(resident._id), assessmentBody(String(cook._id)));
    expect(res.status).toBe(400);
    expect(res.body.error.fields.assessorId).toMatch(/nhân viên/);
  });

  it('answers 404 for an unknown resident and 409 for one no longer in care', async () => {
    const sw = await t.signedIn('social_worker');
    await send(sw, 'post', url('0'.repeat(24)), assessmentBody(sw.userId!)).expect(404);
    const resident = await admitForCare();
    await Resident.updateOne({ _id: resident._id }, { $set: { status: 'discharged' } });
    const res = await send(sw, 'post', url(resident._id), assessmentBody(sw.userId!)).expect(409);
    expect(res.body.error.code).toBe('not_in_care');
    // The record of a discharged resident can still be read.
    await sw.agent.get(url(resident._id)).expect(200);
  });

  it.each(['nurse', 'carer', 'kitchen', 'admin'] as const)('forbids the %s role', async (role) => {
    const resident = await admitForCare();
    const user = await t.signedIn(role);
    const res = await send(user, 'post', url(resident._id), assessmentBody(user.userId!));
    expect(res.status).toBe(403);
  });
});

describe('GET /api/residents/:id/assessments', () => {
  it('lists newest first for nurses, and not for carers or the kitchen', async () => {
    const resident = await admitForCare();
    const sw = await t.signedIn('social_worker');
    for (const assessedOn of ['2026-03-01', '2026-09-15', '2026-06-01'])
      await send(sw, 'post', url(resident._id), {
        ...assessmentBody(sw.userId!),
        assessedOn,
      }).expect(201);
    const nurse = await t.signedIn('nurse');
    const res = await nurse.agent.get(url(resident._id)).expect(200);
    expect(res.body.data.map((a: { assessedOn: string }) => a.assessedOn)).toEqual([
      '2026-09-15',
      '2026-06-01',
      '2026-03-01',
    ]);
    const one = await nurse.agent.get(`${url(resident._id)}/${res.body.data[0].id}`).expect(200);
    expect(one.body.data.assessedOn).toBe('2026-09-15');
    for (const role of ['carer', 'kitchen'] as const)
      await (await t.signedIn(role)).agent.get(url(resident._id)).expect(403);
  });

  it("does not show one resident's assessment under another", async () => {
    const [a, b] = [await admitForCare(), await admitForCare()];
    const sw = await t.signedIn('social_worker');
    const assessment = await postAssessment(sw, String(a._id));
    await sw.agent.get(`${url(b._id)}/${assessment.id}`).expect(404);
  });
});

describe('PATCH /api/residents/:id/assessments/:assessmentId', () => {
  it('edits at the version read, audits the change and answers 409 to a stale version', async () => {
    const resident = await admitForCare();
    const sw = await t.signedIn('social_worker');
    const assessment = await postAssessment(sw, String(resident._id));
    const edited = {
      version: 0,
      assessedOn: assessment.assessedOn,
      assessorId: sw.userId,
      domains: {
        ...assessment.domains,
        health: { summary: 'Huyết áp ổn định', needs: ['Đo huyết áp hằng ngày'] },
      },
    };
    const res = await send(sw, 'patch', `${url(resident._id)}/${assessment.id}`, edited).expect(
      200,
    );
    expect(res.body.data).toMatchObject({ version: 1 });
    expect(res.body.data.domains.health.summary).toBe('Huyết áp ổn định');
    const stale = await send(sw, 'patch', `${url(resident._id)}/${assessment.id}`, edited);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const updates = await AuditEvent.find({ entityId: assessment.id, action: 'update' }).lean();
    expect(updates).toHaveLength(1);
    expect(updates[0]!.changes.map((c) => c.field)).toEqual(['domains']);
  });

  it('is read-only once a plan built on it is approved, with a Vietnamese reason', async () => {
    const resident = await admitForCare();
    const manager = await t.signedIn('manager');
    const assessment = await postAssessment(manager, String(resident._id));
    const draft = await completeDraft(manager, String(resident._id), assessment.id);
    // A draft does not lock it yet.
    const open = await manager.agent.get(`${url(resident._id)}/${assessment.id}`).expect(200);
    expect(open.body.data.lockedByPlan).toBeNull();
    await approve(manager, draft).expect(200);
    const locked = await manager.agent.get(`${url(resident._id)}/${assessment.id}`).expect(200);
    expect(locked.body.data.lockedByPlan).toBe(draft.number);
    const res = await send(manager, 'patch', `${url(resident._id)}/${assessment.id}`, {
      version: locked.body.data.version,
      assessedOn: assessment.assessedOn,
      assessorId: manager.userId,
      domains: assessment.domains,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('assessment_locked');
    expect(res.body.error.message).toMatch(/đã phê duyệt/);
  });
});
