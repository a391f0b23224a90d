// Reading a resident's care plan versions: all of them, one, and which one is in force (the
// highest approval number), with what presenting them needs.
import { notFound } from '../platform/errors';
import { CarePlan, type CarePlanDoc } from './care-plan.model';
import type { PlanContext } from './care-plan.presenter';
import { careResident } from './care-records';
import { staffNames } from './staff';

/** Versions of one resident's plan: a few a year, read by one equality key and sorted here. */
const maxVersions = 200;

export async function residentPlans(residentId: string): Promise<CarePlanDoc[]> {
  const docs = await CarePlan.find({ residentId }).limit(maxVersions).lean<CarePlanDoc[]>();
  return docs.sort((a, b) => b.number - a.number);
}

/** The approval number of the plan in force: the highest one. */
export function currentSeqOf(plans: readonly CarePlanDoc[]): number | null {
  return plans.reduce<number | null>(
    (max, p) =>
      p.approvalSeq != null && (max === null || p.approvalSeq > max) ? p.approvalSeq : max,
    null,
  );
}

/** What presenting these versions needs: the approval order and the names of staff they name. */
export async function planContext(
  plans: readonly CarePlanDoc[],
  all: readonly CarePlanDoc[] = plans,
): Promise<PlanContext> {
  const ids = plans.flatMap((p) => p.goals.flatMap((g) => g.responsibleIds.map(String)));
  return { currentSeq: currentSeqOf(all), staff: await staffNames(ids) };
}

export async function listCarePlans(residentId: string) {
  await careResident(residentId, false);
  const plans = await residentPlans(residentId);
  return { plans, context: await planContext(plans) };
}

export async function getCarePlan(residentId: string, planId: string): Promise<CarePlanDoc> {
  const doc = await CarePlan.findById(planId).lean<CarePlanDoc>();
  if (!doc || doc.residentId.toString() !== residentId) throw notFound();
  return doc;
}

export async function readCarePlan(residentId: string, planId: string) {
  await careResident(residentId, false);
  const plan = await getCarePlan(residentId, planId);
  return { plan, context: await planContext([plan], await residentPlans(residentId)) };
}
