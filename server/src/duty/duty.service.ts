// The duty desk: check-in and check-out against the published rota, who is on duty now, and the
// flags a manager sees (late or missing check-ins, unacknowledged handovers, open tasks).
import type { z } from 'zod';
import {
  checkInFlags,
  checkInProblem,
  checkOutProblem,
  coversNow,
  earlyCheckInMinutes,
  lateMinutes,
  type checkInSchema,
  type checkOutSchema,
  type coverCheckInSchema,
  type DutyFlag,
  type DutyNowView,
  type dutySettingsEditSchema,
} from '@care/shared/duty';
import { shiftInstanceKey } from '@care/shared/handovers';
import { centreDay } from '@care/shared/dates';
import { can } from '@care/shared/permissions';
import { recordChange } from '../audit/audit.service';
import { isDuplicateKey } from '../platform/db';
import { AppError, badRequest, forbidden, notFound, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { RotaEntry, type EntryDoc } from '../rota/rota-entry.model';
import { listTemplates, listUnits } from '../rota/setup.service';
import { getDutyStaff } from '../rota/staff.service';
import { Handover, type HandoverDoc } from '../handovers/handover.model';
import { staffNames } from '../users/users.service';
import {
  Attendance,
  auditedAttendanceFields,
  DutySettings,
  type AttendanceDoc,
  type DutySettingsDoc,
} from './duty.models';
import { presentAttendance } from './duty.presenter';
import {
  daysAround,
  getDutySettings,
  publishedMonths,
  residentUnitOf,
  shiftInstance,
} from './shift-instance';

type Actor = Express.User;
const person = (a: Actor) => ({ id: a.id, fullName: a.fullName });
const manages = (a: Actor) => can(a.role, 'duty.manage');

const audit = (
  actor: Actor,
  action: 'create' | 'update',
  before: AttendanceDoc | null,
  after: AttendanceDoc,
) =>
  recordChange({
    actor: person(actor),
    action,
    entity: 'attendance',
    entityId: after._id.toString(),
    entityLabel: `${after.staffName} ${after.day}`,
    before,
    after,
    fields: auditedAttendanceFields,
  });

/** The time a check-in or check-out is recorded at: now, or a manager's stated time. */
function recordedAt(actor: Actor, at: string | undefined): number {
  if (at === undefined) return Date.now();
  if (!manages(actor)) throw new AppError('forbidden', { at: 'invalid' });
  return Date.parse(at);
}

async function insertAttendance(doc: Omit<AttendanceDoc, '_id' | 'version'>, actor: Actor) {
  let created: AttendanceDoc;
  try {
    created = (await Attendance.create({ ...doc, version: 0 })).toObject() as AttendanceDoc;
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('already_checked_in');
    throw e;
  }
  await audit(actor, 'create', null, created);
  return created;
}

export async function checkIn(
  entryId: string,
  input: z.output<typeof checkInSchema>,
  actor: Actor,
): Promise<AttendanceDoc> {
  const entry = await RotaEntry.findById(entryId).lean<EntryDoc>();
  if (!entry) throw notFound();
  if (entry.staffId !== actor.id && !manages(actor)) throw forbidden();
  if (!(await publishedMonths([entry.month])).has(entry.month)) throw new AppError('not_on_rota');
  const at = recordedAt(actor, input.at);
  const start = new Date(entry.start).getTime();
  const end = new Date(entry.end).getTime();
  const problem = checkInProblem({ start, end }, at, Date.now());
  if (problem) throw badRequest({ at: problem as 'too_early' });
  if (await Attendance.exists({ key: entryId })) throw new AppError('already_checked_in');
  const [settings, staff] = await Promise.all([getDutySettings(), getDutyStaff(entry.staffId)]);
  return insertAttendance(
    {
      key: entryId,
      entryId,
      staffId: entry.staffId,
      staffName: staff.fullName,
      unitId: entry.unitId,
      templateId: entry.templateId,
      day: entry.day,
      month: entry.month,
      year: entry.day.slice(0, 4),
      plannedStart: new Date(start),
      plannedEnd: new Date(end),
      checkInAt: new Date(at),
      checkOutAt: null,
      cover: false,
      lateMinutes: lateMinutes(start, at, settings.graceMinutes),
      note: input.note,
      checkOutOverride: '',
      recordedBy: person(actor),
      checkedOutBy: null,
    },
    actor,
  );
}

/** A check-in without a planned shift (covering a colleague): marked as cover. */
export async function coverCheckIn(
  input: z.output<typeof coverCheckInSchema>,
  actor: Actor,
): Promise<AttendanceDoc> {
  const staffId = input.staffId ?? actor.id;
  if (staffId !== actor.id && !manages(actor)) throw forbidden();
  const staff = await getDutyStaff(staffId);
  if (!staff.active) throw new AppError('staff_inactive', { staffId: 'unknown_staff' });
  const shift = await shiftInstance(input.unitId, input.templateId, input.day);
  const planned = await RotaEntry.findOne({
    staffId,
    day: input.day,
    templateId: input.templateId,
  }).lean<EntryDoc>();
  if (planned && (await publishedMonths([planned.month])).has(planned.month))
    return checkIn(planned._id.toString(), { at: input.at, note: input.note }, actor);
  const at = recordedAt(actor, input.at);
  const problem = checkInProblem(shift, at, Date.now());
  if (problem) throw badRequest({ at: problem as 'too_early' });
  const key = `cover/${staffId}/${shiftInstanceKey(input)}`;
  if (await Attendance.exists({ key })) throw new AppError('already_checked_in');
  return insertAttendance(
    {
      key,
      entryId: null,
      staffId,
      staffName: staff.fullName,
      unitId: input.unitId,
      templateId: input.templateId,
      day: input.day,
      month: input.day.slice(0, 7),
      year: input.day.slice(0, 4),
      plannedStart: new Date(shift.start),
      plannedEnd: new Date(shift.end),
      checkInAt: new Date(at),
      checkOutAt: null,
      cover: true,
      lateMinutes: 0,
      note: input.note,
      checkOutOverride: '',
      recordedBy: person(actor),
      checkedOutBy: null,
    },
    actor,
  );
}

/**
 * Ends a shift. The shift closes at its handover: check-out needs the shift's handover written
 * (by anyone on the shift), unless a manager closes it with a reason (`override`).
 */
export async function checkOut(
  where: { attendanceId: string } | { entryId: string },
  input: z.output<typeof checkOutSchema>,
  actor: Actor,
): Promise<AttendanceDoc> {
  const before =
    'entryId' in where
      ? await Attendance.findOne({ key: where.entryId }).lean<AttendanceDoc>()
      : await Attendance.findById(where.attendanceId).lean<AttendanceDoc>();
  if (!before) {
    if ('entryId' in where && (await RotaEntry.exists({ _id: where.entryId })))
      throw new AppError('not_checked_in');
    throw notFound();
  }
  if (before.staffId !== actor.id && !manages(actor)) throw forbidden();
  if (before.checkOutAt) throw new AppError('already_checked_out');
  if (before.version !== input.version) throw staleVersion();
  const at = recordedAt(actor, input.at);
  const problem = checkOutProblem(before.checkInAt.getTime(), at, Date.now());
  if (problem) throw badRequest({ at: problem as 'before_start' });
  if (input.override !== undefined && !manages(actor))
    throw new AppError('forbidden', { override: 'invalid' });
  const written = await Handover.exists({ key: shiftInstanceKey(before) });
  if (!written && input.override === undefined) throw new AppError('handover_missing');
  const after = await updateVersioned<AttendanceDoc>(
    Attendance,
    before._id.toString(),
    input.version,
    {
      $set: {
        checkOutAt: new Date(at),
        checkedOutBy: person(actor),
        checkOutOverride: written ? '' : (input.override ?? ''),
      },
    },
  );
  await audit(actor, 'update', before, after);
  return after;
}

export const listAttendance = (day: string) =>
  Attendance.find({ day })
    .lean<AttendanceDoc[]>()
    .then((docs) => docs.sort((a, b) => a.checkInAt.getTime() - b.checkInAt.getTime()));

export async function editDutySettings(
  input: z.output<typeof dutySettingsEditSchema>,
  actor: Actor,
): Promise<DutySettingsDoc> {
  const before = await getDutySettings();
  if (before.version !== input.version) throw staleVersion();
  const units = new Set((await listUnits()).map((u) => u._id.toString()));
  const unknown = input.unitLinks.findIndex((l) => !units.has(l.unitId));
  if (unknown >= 0) throw badRequest({ [`unitLinks.${unknown}.unitId`]: 'unknown_unit' });
  const set = { graceMinutes: input.graceMinutes, unitLinks: input.unitLinks };
  let after: DutySettingsDoc;
  if (input.version === 0 && !(await DutySettings.exists({ _id: 'centre' }))) {
    try {
      after = (
        await DutySettings.create({ _id: 'centre', ...set, version: 1 })
      ).toObject() as DutySettingsDoc;
    } catch (e) {
      if (isDuplicateKey(e)) throw staleVersion();
      throw e;
    }
  } else
    after = await updateVersioned<DutySettingsDoc>(DutySettings, 'centre', input.version, {
      $set: set,
    });
  await recordChange({
    actor: person(actor),
    action: 'update',
    entity: 'duty_settings',
    entityId: 'centre',
    entityLabel: 'centre',
    before,
    after,
    fields: ['graceMinutes', 'unitLinks'],
  });
  return after;
}

/** Who is on duty now, per unit (published shifts running now or opening within the hour). */
export async function dutyNow(actor: Actor, nowMs = Date.now()): Promise<DutyNowView> {
  const today = centreDay(new Date(nowMs));
  const days = daysAround(today);
  const [settings, units, templates, entries, attendances, handovers] = await Promise.all([
    getDutySettings(),
    listUnits(),
    listTemplates(),
    RotaEntry.find({ day: { $in: days } }).lean<EntryDoc[]>(),
    Attendance.find({ day: { $in: days } }).lean<AttendanceDoc[]>(),
    Handover.find({ day: { $in: days } }).lean<HandoverDoc[]>(),
  ]);
  const published = await publishedMonths(entries.map((e) => e.month));
  const live = entries.filter((e) => published.has(e.month));
  const names = await staffNames(live.map((e) => e.staffId));
  const templateById = new Map(templates.map((t) => [t._id.toString(), t]));
  const attendanceByKey = new Map(attendances.map((a) => [a.key, a]));
  const handoverByKey = new Map(handovers.map((h) => [h.key, h]));

  type Shift = DutyNowView['units'][number]['shifts'][number];
  const shifts = new Map<string, Shift & { unitId: string }>();
  const shiftOf = (unitId: string, templateId: string, day: string, start: Date, end: Date) => {
    const key = shiftInstanceKey({ unitId, templateId, day });
    let shift = shifts.get(key);
    if (!shift) {
      const handover = handoverByKey.get(key);
      shift = {
        unitId,
        templateId,
        templateName: templateById.get(templateId)?.name ?? '—',
        day,
        start: start.toISOString(),
        end: end.toISOString(),
        handoverId: handover?._id.toString() ?? null,
        handoverStatus: !handover
          ? 'none'
          : handover.acknowledgements.length
            ? 'acknowledged'
            : 'written',
        staff: [],
      };
      shifts.set(key, shift);
    }
    return shift;
  };
  const window = (s: { start: Date; end: Date }) => ({
    start: new Date(s.start).getTime(),
    end: new Date(s.end).getTime(),
  });
  for (const e of live) {
    const attendance = attendanceByKey.get(e._id.toString()) ?? null;
    const open = attendance && !attendance.checkOutAt;
    if (!open && !coversNow(window(e), nowMs, earlyCheckInMinutes / 2)) continue;
    shiftOf(e.unitId, e.templateId, e.day, e.start, e.end).staff.push({
      entryId: e._id.toString(),
      staffId: e.staffId,
      staffName: names.get(e.staffId) ?? '—',
      attendance: attendance ? presentAttendance(attendance) : null,
    });
  }
  for (const a of attendances) {
    if (!a.cover) continue;
    if (a.checkOutAt && !coversNow(window({ start: a.plannedStart, end: a.plannedEnd }), nowMs))
      continue;
    shiftOf(a.unitId, a.templateId, a.day, a.plannedStart, a.plannedEnd).staff.push({
      entryId: null,
      staffId: a.staffId,
      staffName: a.staffName,
      attendance: presentAttendance(a),
    });
  }

  const unitViews = await Promise.all(
    units
      .filter((u) => u.active)
      .map(async (u) => ({
        id: u._id.toString(),
        name: u.name,
        code: u.code,
        residentUnit: await residentUnitOf(u, settings),
        shifts: [...shifts.values()]
          .filter((s) => s.unitId === u._id.toString())
          .sort((a, b) => (a.start < b.start ? -1 : 1))
          .map(({ unitId: _unit, ...s }) => {
            s.staff.sort((a, b) => a.staffName.localeCompare(b.staffName, 'vi'));
            return s;
          }),
      })),
  );

  let flags: DutyFlag[] = [];
  if (manages(actor)) {
    // Late and missing check-ins of shifts started in the last 24 hours.
    const started = live.filter((e) => {
      const { start } = window(e);
      return start <= nowMs && start > nowMs - 24 * 3_600_000;
    });
    flags = checkInFlags(
      started.map((e) => ({
        id: e._id.toString(),
        staffId: e.staffId,
        unitId: e.unitId,
        templateId: e.templateId,
        day: e.day,
        ...window(e),
      })),
      attendances.map((a) => ({
        entryId: a.entryId,
        staffId: a.staffId,
        checkInAt: a.checkInAt.getTime(),
      })),
      nowMs,
      settings.graceMinutes,
    ).map((f) => ({ ...f, staffName: names.get(f.staffId!) ?? '—' }));
    flags.push(...handoverFlags(handovers, nowMs, settings.graceMinutes));
    flags = flags.map((f) => ({ ...f, templateName: templateById.get(f.templateId)?.name ?? '' }));
  }
  return {
    now: new Date(nowMs).toISOString(),
    graceMinutes: settings.graceMinutes,
    units: unitViews,
    flags,
  };
}

/** Each unit's latest handover: flagged when nobody acknowledged it in time, or tasks stay open. */
export function handoverFlags(
  handovers: readonly HandoverDoc[],
  nowMs: number,
  graceMinutes: number,
): DutyFlag[] {
  const latest = new Map<string, HandoverDoc>();
  for (const h of handovers) {
    const seen = latest.get(h.unitId);
    if (!seen || seen.end.getTime() < h.end.getTime()) latest.set(h.unitId, h);
  }
  const flags: DutyFlag[] = [];
  for (const h of latest.values()) {
    const base = {
      unitId: h.unitId,
      templateId: h.templateId,
      day: h.day,
      handoverId: h._id.toString(),
    };
    if (!h.acknowledgements.length && nowMs > h.end.getTime() + graceMinutes * 60_000)
      flags.push({ kind: 'handover_unacknowledged', ...base });
    const open = h.tasks.filter((t) => !t.done).length;
    if (open) flags.push({ kind: 'tasks_open', ...base, count: open });
  }
  return flags;
}
