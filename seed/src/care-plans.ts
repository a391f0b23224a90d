// The demo centre's case files: about two residents in five have a needs assessment and an approved
// care plan, reviewed on schedule or not (some reviews are overdue), a few revised into a second
// version or with a revision waiting for a manager. Dates count back from the day of seeding, so
// the review badges show that mix whenever the demo is built; the rest follows the fixed seed.
// Every file is drawn first (the random sequence stays fixed), then written through the services
// by a few residents at a time.
import { addMonthsToDay, goalStubs, reviewIntervalMonths } from '@care/shared/care-plan-rules';
import {
  carePlanCreateSchema,
  carePlanUpdateSchema,
  goalProgressStatuses,
  type GoalInput,
  type GoalProgressStatus,
  type ReviewFrequency,
} from '@care/shared/care-plans';
import { centreDay, centreDayStart } from '@care/shared/dates';
import { assessmentCreateSchema, type AssessmentDomains } from '@care/shared/needs-assessments';
import type { ResidentCategory } from '@care/shared/residents';
import type { Actor } from '@care/server/audit/audit.service';
import { createAssessment } from '@care/server/care-plans/assessments.service';
import { approveCarePlan } from '@care/server/care-plans/care-plan-approval';
import { recordReview } from '@care/server/care-plans/care-plan-reviews';
import {
  createCarePlan,
  reviseCarePlan,
  updateCarePlan,
} from '@care/server/care-plans/care-plans.service';
import { Resident } from '@care/server/residents/resident.model';
import type { UserDoc } from '@care/server/users/user.model';
import { buildAssessmentDomains, interventionsByDomain } from '@care/shared/factories/care-plans';
import { daysBefore, type Random } from '@care/shared/random';

const reviewComments = [
  'Đối tượng hợp tác tốt, tiếp tục thực hiện kế hoạch.',
  'Sức khỏe ổn định, cần duy trì các biện pháp hiện tại.',
  'Tiến bộ rõ trong sinh hoạt hằng ngày; đề nghị giảm dần mức hỗ trợ.',
  'Chưa đạt mục tiêu do đợt ốm kéo dài, gia hạn thêm một tháng.',
  'Gia đình đã liên lạc lại, tiếp tục kết nối.',
];
const progressNotes: Record<GoalProgressStatus, string[]> = {
  not_started: ['Chưa bố trí được nhân viên phụ trách.'],
  in_progress: ['Thực hiện đều đặn theo lịch.', 'Có tiến bộ, cần thêm thời gian.'],
  achieved: ['Đã đạt mục tiêu đề ra.'],
  discontinued: ['Không còn phù hợp với tình trạng hiện tại.'],
};

/** Residents written at the same time: the database serialises writes, reads overlap. */
const parallelFiles = 4;

const actorOf = (u: UserDoc): Actor => ({ id: u._id.toString(), fullName: u.fullName });
/** Nine in the morning of a centre day: when the seed says something was done. */
const morningOf = (day: string) => new Date(centreDayStart(day) + 9 * 3_600_000);
const addDays = (day: string, days: number) => daysBefore(day, -days);

type Review = {
  reviewedOn: string;
  progress: { status: GoalProgressStatus; note: string }[];
  comment: string;
};

type CaseFile = {
  residentId: string;
  social: Actor;
  manager: Actor;
  domains: AssessmentDomains;
  assessedOn: string;
  planDate: string;
  approvedOn: string;
  frequency: ReviewFrequency;
  goals: GoalInput[];
  reviews: Review[];
  /** A revision after the last review: approved today, or left as a draft. */
  revision: { approve: boolean; intervention: [string, string] | null } | null;
};

function goalsFor(
  random: Random,
  domains: AssessmentDomains,
  planDate: string,
  team: { social: UserDoc; carer: UserDoc; nurse: UserDoc },
): GoalInput[] {
  return goalStubs(domains, planDate, []).map((stub) => ({
    ...stub,
    interventions: random.helpers
      .arrayElements(interventionsByDomain[stub.domain], { min: 1, max: 2 })
      .map(([what, frequency]) => ({ what, frequency })),
    responsibleIds: [
      team.social._id.toString(),
      (stub.domain === 'health' ? team.nurse : team.carer)._id.toString(),
    ],
    targetDate: addMonthsToDay(planDate, random.helpers.arrayElement([3, 6, 9])),
  }));
}

/** Reviews held one interval apart from approval until `until`, a few days early or late. */
function reviewsFor(
  random: Random,
  goals: number,
  approvedOn: string,
  frequency: ReviewFrequency,
  until: string,
): Review[] {
  const reviews: Review[] = [];
  let last = approvedOn;
  for (;;) {
    const due = addMonthsToDay(last, reviewIntervalMonths[frequency]);
    const held = addDays(due, random.number.int({ min: -3, max: 4 }));
    if (held > until || held <= last) return reviews;
    const first = reviews.length === 0;
    const progress = Array.from({ length: goals }, () => {
      const status: GoalProgressStatus = first
        ? random.helpers.arrayElement(['in_progress', 'in_progress', 'not_started'] as const)
        : random.helpers.arrayElement(goalProgressStatuses.slice(1));
      return { status, note: random.helpers.arrayElement(progressNotes[status]) };
    });
    reviews.push({
      reviewedOn: held,
      progress,
      comment: random.helpers.arrayElement(reviewComments),
    });
    last = held;
  }
}

/** An intervention the goal (the first one left once the first goal is dropped) lacks. */
function newIntervention(random: Random, goal: GoalInput): [string, string] | null {
  const missing = interventionsByDomain[goal.domain].filter(
    ([what]) => !goal.interventions?.some((i) => i.what === what),
  );
  return missing.length ? random.helpers.arrayElement(missing) : null;
}

function drawFile(
  random: Random,
  resident: { id: string; category: ResidentCategory },
  staff: Record<'manager' | 'social_worker' | 'nurse' | 'carer', UserDoc[]>,
  today: string,
): CaseFile {
  const team = {
    social: random.helpers.arrayElement(staff.social_worker),
    nurse: random.helpers.arrayElement(staff.nurse),
    carer: random.helpers.arrayElement(staff.carer),
  };
  const manager = actorOf(random.helpers.arrayElement(staff.manager));
  const domains = buildAssessmentDomains(resident.category, random);
  const assessedOn = daysBefore(today, random.number.int({ min: 35, max: 120 }));
  const planDate = addDays(assessedOn, random.number.int({ min: 2, max: 10 }));
  const frequency = random.helpers.arrayElement(['monthly', 'quarterly'] as const);
  const goals = goalsFor(random, domains, planDate, team);
  const approvedOn = addDays(planDate, random.number.int({ min: 1, max: 5 }));
  // One in six stopped being reviewed a while ago: its review is now overdue.
  const overdue = random.number.float() < 1 / 6;
  const until = overdue ? daysBefore(today, 45) : today;
  const reviews = reviewsFor(random, goals.length, approvedOn, frequency, until);
  const extra = random.number.float();
  const revision =
    !overdue && extra < 0.25
      ? {
          approve: extra < 0.15,
          intervention: newIntervention(random, (goals[1] ?? goals[0])!),
        }
      : null;
  return {
    residentId: resident.id,
    social: actorOf(team.social),
    manager,
    domains,
    assessedOn,
    planDate,
    approvedOn,
    frequency,
    goals,
    reviews,
    revision,
  };
}

/** A revision as a social worker writes one: an achieved goal dropped, an intervention and a goal added. */
async function revise(file: CaseFile, planId: string): Promise<void> {
  const { residentId, social, revision } = file;
  const draft = await reviseCarePlan(residentId, planId, {}, social);
  const soonest = addMonthsToDay(draft.planDate, 3);
  const goals: GoalInput[] = draft.goals.map((g) => ({
    id: g._id.toString(),
    domain: g.domain,
    description: g.description,
    interventions: g.interventions.map(({ what, frequency }) => ({ what, frequency })),
    responsibleIds: g.responsibleIds.map(String),
    targetDate: g.targetDate < soonest ? soonest : g.targetDate,
  }));
  if (goals.length > 1) goals.shift();
  if (revision!.intervention) {
    const [what, frequency] = revision!.intervention;
    goals[0]!.interventions = [...(goals[0]!.interventions ?? []), { what, frequency }];
  }
  goals.push({
    domain: 'family_reintegration',
    description: 'Duy trì liên lạc với người thân ít nhất hai tuần một lần',
    interventions: [{ what: 'Hỗ trợ gọi điện, gọi video cho người thân', frequency: '2 tuần/lần' }],
    responsibleIds: [social!.id],
    targetDate: addMonthsToDay(draft.planDate, 6),
  });
  const updated = await updateCarePlan(
    residentId,
    draft._id.toString(),
    carePlanUpdateSchema.parse({
      version: draft.version,
      assessmentId: draft.assessmentId.toString(),
      planDate: draft.planDate,
      reviewFrequency: draft.reviewFrequency,
      goals,
    }),
    social,
  );
  if (revision!.approve)
    await approveCarePlan(
      residentId,
      updated._id.toString(),
      { version: updated.version },
      file.manager,
    );
}

async function writeFile(file: CaseFile): Promise<void> {
  const { residentId, social } = file;
  const assessment = await createAssessment(
    residentId,
    assessmentCreateSchema.parse({
      assessedOn: file.assessedOn,
      assessorId: social!.id,
      domains: file.domains,
    }),
    social,
  );
  const draft = await createCarePlan(
    residentId,
    carePlanCreateSchema.parse({
      assessmentId: assessment._id.toString(),
      planDate: file.planDate,
      reviewFrequency: file.frequency,
      goals: file.goals,
    }),
    social,
  );
  const planId = draft._id.toString();
  let plan = await approveCarePlan(
    residentId,
    planId,
    { version: draft.version },
    file.manager,
    morningOf(file.approvedOn),
  );
  for (const review of file.reviews) {
    const progress = review.progress.map((p, i) => ({
      ...p,
      goalId: plan.goals[i]!._id.toString(),
    }));
    plan = await recordReview(
      residentId,
      planId,
      { version: plan.version, reviewedOn: review.reviewedOn, progress, comment: review.comment },
      social,
      morningOf(review.reviewedOn),
    );
  }
  if (file.revision) await revise(file, planId);
}

/** Returns how many residents have a case file. */
export async function seedCarePlans(random: Random, staff: UserDoc[]): Promise<number> {
  const byRole = (role: UserDoc['role']) => staff.filter((s) => s.role === role);
  const team = {
    manager: byRole('manager'),
    social_worker: byRole('social_worker'),
    nurse: byRole('nurse'),
    carer: byRole('carer'),
  };
  const today = centreDay();
  const residents = await Resident.find({ status: 'in_care' })
    .select('categories')
    .sort({ code: 1 })
    .lean<{ _id: { toString(): string }; categories: ResidentCategory[] }[]>();
  // About two in five have their case file in the system so far (the others are still on paper).
  const files = residents
    .filter(() => random.number.float() >= 0.6)
    .map((r) =>
      drawFile(random, { id: r._id.toString(), category: r.categories[0]! }, team, today),
    );
  const queue = [...files];
  await Promise.all(
    Array.from({ length: parallelFiles }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) await writeFile(file);
    }),
  );
  return files.length;
}
