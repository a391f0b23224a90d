// Steps the care plan suites share: a resident in care, an assessment, a complete draft, calls.
import { buildAssessment } from '@care/shared/factories/care-plans';
import { buildResident } from '@care/shared/factories/residents';
import { createRandom } from '@care/shared/random';
import type { CarePlanView, GoalInput } from '@care/shared/care-plans';
import type { AssessmentView } from '@care/shared/needs-assessments';
import { residentAdmitSchema, type ResidentCategory } from '@care/shared/residents';
import { admitResident } from '../residents/residents.service';
import type { TestClient } from './test-app';

const random = createRandom(11);

export const admitForCare = (category: ResidentCategory = 'elderly') =>
  admitResident(residentAdmitSchema.parse(buildResident(category, {}, random)), null);

/** A write with the client's CSRF token. */
export function send(client: TestClient, method: 'post' | 'patch', url: string, body: object = {}) {
  return client.agent[method](url).set('X-CSRF-Token', client.csrf).send(body);
}

export function assessmentBody(assessorId: string, category: ResidentCategory = 'elderly') {
  return buildAssessment(category, { assessorId }, random);
}

export async function postAssessment(
  client: TestClient,
  residentId: string,
  category: ResidentCategory = 'elderly',
): Promise<AssessmentView> {
  const res = await send(
    client,
    'post',
    `/api/residents/${residentId}/assessments`,
    assessmentBody(client.userId!, category),
  );
  if (res.status !== 201) throw new Error(`assessment: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

/** Goals complete enough to approve: an intervention and a responsible person each. */
export function completeGoals(staffId: string): GoalInput[] {
  return [
    {
      domain: 'health',
      description: 'Huyết áp ổn định dưới 140/90',
      interventions: [{ what: 'Đo huyết áp', frequency: 'Hằng ngày' }],
      responsibleIds: [staffId],
      targetDate: '2027-02-01',
    },
    {
      domain: 'psychosocial',
      description: 'Tham gia sinh hoạt câu lạc bộ',
      interventions: [{ what: 'Đưa đến câu lạc bộ dưỡng sinh', frequency: '2 lần/tuần' }],
      responsibleIds: [staffId],
      targetDate: '2027-02-01',
    },
  ];
}

/** A complete draft built on a new assessment, by `client`. */
export async function completeDraft(
  client: TestClient,
  residentId: string,
  assessmentId?: string,
): Promise<CarePlanView> {
  const res = await send(client, 'post', `/api/residents/${residentId}/care-plans`, {
    assessmentId: assessmentId ?? (await postAssessment(client, residentId)).id,
    planDate: '2026-11-01',
    reviewFrequency: 'monthly',
    goals: completeGoals(client.userId!),
  });
  if (res.status !== 201) throw new Error(`draft: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

export function approve(manager: TestClient, plan: CarePlanView) {
  return send(manager, 'post', `/api/residents/${plan.residentId}/care-plans/${plan.id}/approve`, {
    version: plan.version,
  });
}

/** An approved plan in force, drafted and approved by the manager. */
export async function approvedPlan(manager: TestClient, residentId: string): Promise<CarePlanView> {
  const res = await approve(manager, await completeDraft(manager, residentId));
  if (res.status !== 200) throw new Error(`approve: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}
