// Residents as the kitchen sees them: what meals need (name, room, age, diet, texture, allergies)
// from the care summary's fields, never the case file; their diet group, derived or overridden.
import {
  deriveDietGroup,
  type DietGroupId,
  type KitchenResidentView,
} from '@care/shared/diet-groups';
import { centreDay } from '@care/shared/dates';
import { ageOf } from '@care/shared/resident-rules';
import { recordChange } from '../audit/audit.service';
import { HealthProfile } from '../health-records/health-profile.model';
import { isDuplicateKey } from '../platform/db';
import { AppError, notFound, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { Resident } from '../residents/resident.model';
import { DietAssignment, type DietAssignmentDoc } from './diet-assignment.model';

type Person = { id: string; fullName: string };
// Only the care summary's fields: the projection keeps the case file out of the kitchen's reads.
const mealFields = {
  code: 1,
  fullName: 1,
  room: 1,
  unit: 1,
  birthDate: 1,
  birthYear: 1,
  status: 1,
  diets: 1,
  texture: 1,
} as const;
type MealFields = {
  _id: { toString(): string };
  code: string;
  fullName: string;
  room: string;
  unit: string;
  birthDate: string | null;
  birthYear: number;
  status: string;
  diets: string[];
  texture: string;
};

function present(
  r: MealFields,
  allergies: { substance: string; severity: string }[],
  assignment: DietAssignmentDoc | undefined,
  day: string,
): KitchenResidentView {
  const derivedGroup = deriveDietGroup(r as unknown as Parameters<typeof deriveDietGroup>[0], day);
  const overrideGroup = assignment?.group ?? null;
  return {
    id: r._id.toString(),
    code: r.code,
    fullName: r.fullName,
    room: r.room ?? '',
    unit: r.unit ?? '',
    age: ageOf(r, day),
    status: r.status,
    diets: r.diets ?? [],
    texture: r.texture ?? 'regular',
    allergies,
    derivedGroup,
    overrideGroup,
    group: overrideGroup ?? derivedGroup,
    version: assignment?.version ?? 0,
  };
}

const collator = new Intl.Collator('vi');
type Allergy = { substance: string; severity: string };

/** The diet group overrides the kitchen set (a small collection: one per resident it changed). */
const readAssignments = () => DietAssignment.find({}).limit(5000).lean<DietAssignmentDoc[]>();

/** Everyone in the centre's care (in care or away for a while), with their diet group. */
export async function listKitchenResidents(day = centreDay()): Promise<KitchenResidentView[]> {
  const [residents, assignments] = await Promise.all([
    Resident.find({ current: true }).select(mealFields).limit(2000).lean<MealFields[]>(),
    readAssignments(),
  ]);
  // Only these residents' profiles, by id, and only their allergies.
  const profiles = residents.length
    ? await HealthProfile.find({ _id: { $in: residents.map((r) => r._id.toString()) } })
        .select({ allergies: 1 })
        .limit(residents.length)
        .lean<{ _id: { toString(): string }; allergies?: Allergy[] }[]>()
    : [];
  const allergies = new Map(
    profiles.map((p) => [
      p._id.toString(),
      (p.allergies ?? []).map((a) => ({ substance: a.substance, severity: a.severity })),
    ]),
  );
  const overrides = new Map(assignments.map((a) => [a._id, a]));
  return residents
    .map((r) =>
      present(r, allergies.get(r._id.toString()) ?? [], overrides.get(r._id.toString()), day),
    )
    .sort((a, b) => collator.compare(a.room, b.room) || collator.compare(a.fullName, b.fullName));
}

// What a diet group needs of a resident: no names, no allergies (headcounts only).
const groupFields = { birthDate: 1, birthYear: 1, status: 1, diets: 1, texture: 1 } as const;

/** Each current resident's status and diet group: what headcounts need, in two small reads. */
export async function kitchenGroups(
  day = centreDay(),
): Promise<{ status: string; group: DietGroupId }[]> {
  const [residents, assignments] = await Promise.all([
    Resident.find({ current: true }).select(groupFields).limit(2000).lean<MealFields[]>(),
    readAssignments(),
  ]);
  const overrides = new Map(assignments.map((a) => [a._id, a.group]));
  return residents.map((r) => ({
    status: r.status,
    group:
      overrides.get(r._id.toString()) ??
      deriveDietGroup(r as unknown as Parameters<typeof deriveDietGroup>[0], day),
  }));
}

/** Sets (or, with null, clears) a resident's diet group override, version-checked. */
export async function assignDietGroup(
  residentId: string,
  group: DietGroupId | null,
  version: number,
  actor: Person,
  day = centreDay(),
): Promise<KitchenResidentView> {
  const resident = await Resident.findById(residentId).select(mealFields).lean<MealFields>();
  if (!resident) throw notFound();
  if (resident.status === 'discharged') throw new AppError('not_in_care');
  const before = await DietAssignment.findById(residentId).lean<DietAssignmentDoc>();
  let after: DietAssignmentDoc;
  if (!before) {
    if (version !== 0) throw staleVersion();
    try {
      after = (
        await DietAssignment.create({ _id: residentId, group, updatedBy: actor, version: 1 })
      ).toObject() as DietAssignmentDoc;
    } catch (e) {
      // Someone else set it first: theirs stands, this edit was made on what they replaced.
      if (isDuplicateKey(e)) throw staleVersion();
      throw e;
    }
  } else {
    if (before.version !== version) throw staleVersion();
    after = await updateVersioned<DietAssignmentDoc>(DietAssignment, residentId, version, {
      $set: { group, updatedBy: actor },
    });
  }
  await recordChange({
    actor,
    action: before ? 'update' : 'create',
    entity: 'diet_assignment',
    entityId: residentId,
    entityLabel: resident.code,
    before: before ?? null,
    after,
    fields: ['group'],
  });
  const profile = await HealthProfile.findById(residentId)
    .select({ allergies: 1 })
    .lean<{ allergies?: { substance: string; severity: string }[] }>();
  return present(
    resident,
    (profile?.allergies ?? []).map((a) => ({ substance: a.substance, severity: a.severity })),
    after,
    day,
  );
}
