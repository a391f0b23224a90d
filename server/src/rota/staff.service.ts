// Staff rostering profiles (qualifications, units, contract, sex, availability) and leave
// requests with their approval. Profiles belong to staff accounts with a duty role.
import type { z } from 'zod';
import { can } from '@care/shared/permissions';
import {
  addMonths,
  type leaveDecisionSchema,
  type leaveRequestSchema,
  type ProfileView,
  type profileInputSchema,
} from '@care/shared/rota';
import type { Role } from '@care/shared/roles';
import { recordChange, type Actor } from '../audit/audit.service';
import { isDuplicateKey } from '../platform/db';
import { AppError, badRequest, forbidden, notFound, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { User, type UserDoc } from '../users/user.model';
import { RotaUnit } from './setup.models';
import {
  auditedLeaveFields,
  auditedProfileFields,
  Leave,
  StaffProfile,
  type LeaveDoc,
  type ProfileDoc,
} from './staff.models';

/** Roles that keep duty and can be rostered (the administrator does not). */
export const dutyRoles: readonly Role[] = ['manager', 'social_worker', 'nurse', 'carer', 'kitchen'];

type Person = { id: string; fullName: string; role: Role };

export function presentProfile(user: UserDoc, profile: ProfileDoc | undefined): ProfileView {
  return {
    staffId: user._id.toString(),
    fullName: user.fullName,
    role: user.role,
    active: user.active ?? true,
    qualifications: profile?.qualifications ?? [],
    unitIds: profile?.unitIds ?? [],
    contractHoursPerWeek: profile?.contractHoursPerWeek ?? 40,
    sex: profile?.sex ?? null,
    unavailableWeekdays: profile?.unavailableWeekdays ?? [],
    preferredTemplateIds: profile?.preferredTemplateIds ?? [],
    avoidedTemplateIds: profile?.avoidedTemplateIds ?? [],
    note: profile?.note ?? '',
    hasProfile: !!profile,
    version: profile?.version ?? 0,
  };
}

/** Every duty staff account (deactivated ones too, marked) with its profile. */
export async function listProfiles(): Promise<ProfileView[]> {
  const [users, profiles] = await Promise.all([
    User.find({ role: { $ne: 'admin' } }, { fullName: 1, role: 1, active: 1, sortName: 1 })
      .limit(1000)
      .lean<UserDoc[]>(),
    StaffProfile.find({}).limit(1000).lean<ProfileDoc[]>(),
  ]);
  const byId = new Map(profiles.map((p) => [p._id, p]));
  return users
    .sort((a, b) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0))
    .map((u) => presentProfile(u, byId.get(u._id.toString())));
}

/** A duty staff account, or a 400 naming the field. */
export async function getDutyStaff(id: string, field = 'staffId'): Promise<UserDoc> {
  const user = await User.findById(id).lean<UserDoc>();
  if (!user || !dutyRoles.includes(user.role)) throw badRequest({ [field]: 'unknown_staff' });
  return user;
}

export async function saveProfile(
  staffId: string,
  input: z.output<typeof profileInputSchema>,
  actor: Actor,
): Promise<ProfileView> {
  const user = await getDutyStaff(staffId);
  const units = new Set((await RotaUnit.find({}, { _id: 1 }).lean()).map((u) => u._id.toString()));
  const unknown = input.unitIds.findIndex((id) => !units.has(id));
  if (unknown >= 0) throw badRequest({ [`unitIds.${unknown}`]: 'unknown_unit' });
  const { version = 0, ...set } = input;
  const before = await StaffProfile.findById(staffId).lean<ProfileDoc>();
  if ((before?.version ?? 0) !== version) throw staleVersion();
  let after: ProfileDoc;
  if (!before) {
    try {
      after = (await StaffProfile.create({ _id: staffId, ...set })).toObject() as ProfileDoc;
    } catch (e) {
      if (isDuplicateKey(e)) throw staleVersion(); // made meanwhile by someone else
      throw e;
    }
  } else after = await updateVersioned<ProfileDoc>(StaffProfile, staffId, version, { $set: set });
  await recordChange({
    actor,
    action: before ? 'update' : 'create',
    entity: 'staff_profile',
    entityId: staffId,
    entityLabel: user.fullName,
    before,
    after,
    fields: auditedProfileFields,
  });
  return presentProfile(user, after);
}

// ---- leave ----
function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(m, 1)) months.push(m);
  return months;
}

const auditLeave = (actor: Actor, before: LeaveDoc | null, after: LeaveDoc) =>
  recordChange({
    actor,
    action: before ? 'update' : 'create',
    entity: 'leave',
    entityId: after._id.toString(),
    entityLabel: after.staffName,
    before,
    after,
    fields: auditedLeaveFields,
  });

export async function requestLeave(input: z.output<typeof leaveRequestSchema>, actor: Person) {
  const staffId = input.staffId ?? actor.id;
  if (staffId !== actor.id && !can(actor.role, 'rota.leave_approve')) throw forbidden();
  const staff = await getDutyStaff(staffId);
  const { staffId: _ignored, ...fields } = input;
  void _ignored;
  const doc = (
    await Leave.create({
      ...fields,
      staffId,
      staffName: staff.fullName,
      months: monthsOf(input.from, input.to),
      requestedBy: { id: actor.id, fullName: actor.fullName },
    })
  ).toObject() as LeaveDoc;
  await auditLeave(actor, null, doc);
  return doc;
}

/** A month's leave (whole centre for approvers, one's own otherwise), or by status. */
export async function listLeave(
  query: { month?: string; status?: string; mine?: string },
  viewer: Person,
) {
  const filter: Record<string, unknown> = {};
  if (query.month) filter.months = query.month;
  if (query.status) filter.status = query.status;
  if (query.mine === 'true' || !can(viewer.role, 'rota.leave_approve')) filter.staffId = viewer.id;
  const docs = await Leave.find(filter).limit(500).lean<LeaveDoc[]>();
  return docs.sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
}

/** Approve or refuse (approvers, a request still open); cancel (the requester or an approver). */
export async function decideLeave(
  id: string,
  input: z.output<typeof leaveDecisionSchema>,
  actor: Person,
) {
  const before = await Leave.findById(id).lean<LeaveDoc>();
  if (!before) throw notFound();
  const approver = can(actor.role, 'rota.leave_approve');
  if (input.decision === 'cancelled') {
    if (!approver && before.staffId !== actor.id) throw forbidden();
    if (before.status === 'refused' || before.status === 'cancelled')
      throw new AppError('leave_decided');
  } else {
    if (!approver) throw forbidden();
    if (before.status !== 'requested') throw new AppError('leave_decided');
  }
  if (before.version !== input.version) throw staleVersion();
  const after = await updateVersioned<LeaveDoc>(Leave, id, input.version, {
    $set: {
      status: input.decision,
      decisionNote: input.note,
      decidedBy: { id: actor.id, fullName: actor.fullName },
    },
  });
  await auditLeave(actor, before, after);
  return after;
}

/** Approved leave touching the days of a month (and the previous month's, for context). */
export function approvedLeave(months: string[]) {
  return Promise.all(
    months.map((month) => Leave.find({ months: month, status: 'approved' }).lean<LeaveDoc[]>()),
  ).then((lists) => {
    const seen = new Map<string, LeaveDoc>();
    for (const l of lists.flat()) seen.set(l._id.toString(), l);
    return [...seen.values()];
  });
}
