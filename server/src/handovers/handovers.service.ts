// The handover book: the draft computed for a shift (headcount, events, carried tasks), writing
// it once per shift (unique key), editing it under a version check until it is acknowledged, and
// the incoming staff's acknowledgements (one per person, guarded by a unique key).
import mongoose from 'mongoose';
import type { z } from 'zod';
import { shiftOf } from '@care/shared/care-notes';
import {
  carriedTasks,
  eventsInWindow,
  headcountOf,
  mergeTasks,
  shiftInstanceKey,
  type HandoverDraft,
  type HandoverEvent,
  type handoverEditSchema,
  type handoverWriteSchema,
  type ShiftInstance,
} from '@care/shared/handovers';
import { periodKeys } from '@care/shared/periods';
import { can } from '@care/shared/permissions';
import { recordChange } from '../audit/audit.service';
import { Attendance, type AttendanceDoc } from '../duty/duty.models';
import {
  daysAround,
  residentUnitOf,
  shiftInstance,
  type ShiftInstanceInfo,
} from '../duty/shift-instance';
import { Incident, type IncidentDoc } from '../incidents/incident.model';
import { CareNote, type CareNoteDoc } from '../notes/care-note.model';
import { isDuplicateKey } from '../platform/db';
import { AppError, forbidden, notFound, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { Resident, type ResidentDoc } from '../residents/resident.model';
import { auditedHandoverFields, Handover, HandoverAck, type HandoverDoc } from './handover.model';

type Actor = Express.User;
const person = (a: Actor) => ({ id: a.id, fullName: a.fullName });
const newId = () => new mongoose.Types.ObjectId().toString();

const audit = (
  actor: Actor,
  action: 'create' | 'update',
  before: HandoverDoc | null,
  after: HandoverDoc,
) =>
  recordChange({
    actor: person(actor),
    action,
    entity: 'handover',
    entityId: after._id.toString(),
    entityLabel: `${after.unitName} ${after.templateName} ${after.day}`,
    before,
    after,
    fields: auditedHandoverFields,
  });

/** The shift's residents, notes flagged for handover and incidents, as they stand now. */
async function snapshot(shift: ShiftInstanceInfo) {
  const residentUnit = await residentUnitOf(shift.unit);
  if (!residentUnit) return { headcount: { expected: 0, present: 0, away: [] }, events: [] };
  const residents = await Resident.find(
    { unit: residentUnit, current: true },
    { fullName: 1, room: 1, status: 1, episodes: 1 },
  ).lean<Pick<ResidentDoc, '_id' | 'fullName' | 'room' | 'status' | 'episodes'>[]>();
  const headcount = headcountOf(
    residents.map((r) => ({
      id: r._id.toString(),
      fullName: r.fullName,
      room: r.room ?? '',
      status: r.status,
      absences: r.episodes.at(-1)?.absences ?? [],
    })),
  );
  // Notes are read by the shift keys their window touches, incidents by month; time in code.
  const shiftKeys = new Set<string>();
  for (let t = shift.start; t < shift.end; t += 3_600_000) shiftKeys.add(shiftOf(new Date(t)).key);
  const months = [
    ...new Set([shift.start, shift.end - 1].map((t) => periodKeys(new Date(t)).month)),
  ];
  const ids = new Set(residents.map((r) => r._id.toString()));
  const [notes, incidents] = await Promise.all([
    CareNote.find({ shiftKey: { $in: [...shiftKeys] }, forHandover: true }).lean<CareNoteDoc[]>(),
    Incident.find({ month: { $in: months } }).lean<IncidentDoc[]>(),
  ]);
  const events: HandoverEvent[] = [
    ...notes
      .filter((n) => ids.has(n.residentId.toString()))
      .map((n) => ({
        kind: 'note' as const,
        refId: n._id.toString(),
        at: new Date(n.at).toISOString(),
        residentId: n.residentId.toString(),
        residentName: n.residentName,
        text: n.text,
        label: n.type,
      })),
    ...incidents
      .filter((i) => ids.has(i.residentId))
      .map((i) => ({
        kind: 'incident' as const,
        refId: i._id.toString(),
        at: new Date(i.occurredAt).toISOString(),
        residentId: i.residentId,
        residentName: i.residentName,
        text: i.description,
        label: i.severity,
      })),
  ];
  return { headcount, events: eventsInWindow(events, shift.start, shift.end) };
}

/** The unit's handover before this shift: the latest one that ended by the time this one starts. */
async function previousHandover(shift: ShiftInstanceInfo): Promise<HandoverDoc | null> {
  const docs = await Handover.find({
    day: { $in: daysAround(shift.day) },
    unitId: shift.unit._id.toString(),
  }).lean<HandoverDoc[]>();
  return (
    docs
      .filter((d) => d.end.getTime() <= shift.start)
      .sort((a, b) => b.end.getTime() - a.end.getTime())[0] ?? null
  );
}

export async function handoverDraft(instance: ShiftInstance): Promise<HandoverDraft> {
  const shift = await shiftInstance(instance.unitId, instance.templateId, instance.day);
  const [existing, { headcount, events }, previous] = await Promise.all([
    Handover.findOne({ key: shiftInstanceKey(instance) })
      .select({ _id: 1 })
      .lean<{ _id: unknown }>(),
    snapshot(shift),
    previousHandover(shift),
  ]);
  return {
    ...shiftFields(shift),
    existingId: existing ? String(existing._id) : null,
    headcount,
    events,
    tasks: carriedTasks(previous ? { id: previous._id.toString(), tasks: previous.tasks } : null),
    previous: previous
      ? {
          id: previous._id.toString(),
          acknowledged: previous.acknowledgements.length > 0,
          templateName: previous.templateName,
          day: previous.day,
        }
      : null,
  };
}

const shiftFields = (shift: ShiftInstanceInfo) => ({
  unitId: shift.unit._id.toString(),
  unitName: shift.unit.name,
  templateId: shift.template._id.toString(),
  templateName: shift.template.name,
  day: shift.day,
  start: new Date(shift.start).toISOString(),
  end: new Date(shift.end).toISOString(),
});

/** The staff checked in on the shift (they hand over). */
const shiftAttendance = (instance: ShiftInstance) =>
  Attendance.find({ day: instance.day, unitId: instance.unitId, templateId: instance.templateId })
    .lean<AttendanceDoc[]>()
    .then((docs) => docs.map((a) => ({ id: a.staffId, fullName: a.staffName })));

/** Outgoing staff write a shift's handover: those checked in on it, or a manager. */
async function mayWrite(instance: ShiftInstance, actor: Actor) {
  const outgoing = await shiftAttendance(instance);
  if (!can(actor.role, 'duty.manage') && !outgoing.some((p) => p.id === actor.id))
    throw forbidden();
  return outgoing;
}

export async function writeHandover(
  input: z.output<typeof handoverWriteSchema>,
  actor: Actor,
): Promise<HandoverDoc> {
  const shift = await shiftInstance(input.unitId, input.templateId, input.day);
  const outgoing = await mayWrite(input, actor);
  const key = shiftInstanceKey(input);
  if (await Handover.exists({ key })) throw new AppError('handover_exists');
  const [{ headcount, events }, previous] = await Promise.all([
    snapshot(shift),
    previousHandover(shift),
  ]);
  const carried = carriedTasks(
    previous ? { id: previous._id.toString(), tasks: previous.tasks } : null,
  );
  const fields = shiftFields(shift);
  let doc: HandoverDoc;
  try {
    doc = (
      await Handover.create({
        key,
        ...fields,
        start: new Date(shift.start),
        end: new Date(shift.end),
        month: input.day.slice(0, 7),
        year: input.day.slice(0, 4),
        headcount,
        events,
        summary: input.summary,
        tasks: mergeTasks(input.tasks, carried, newId),
        writtenBy: person(actor),
        writtenAt: new Date(),
        outgoing,
        acknowledgements: [],
        previousUnacknowledged:
          previous && previous.acknowledgements.length === 0 ? previous._id.toString() : null,
        version: 0,
      })
    ).toObject() as HandoverDoc;
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('handover_exists');
    throw e;
  }
  await audit(actor, 'create', null, doc);
  return doc;
}

export async function getHandover(id: string): Promise<HandoverDoc> {
  const doc = await Handover.findById(id).lean<HandoverDoc>();
  if (!doc) throw notFound();
  return doc;
}

/** The outgoing staff amend their handover until the next shift acknowledges it. */
export async function editHandover(
  id: string,
  input: z.output<typeof handoverEditSchema>,
  actor: Actor,
): Promise<HandoverDoc> {
  const before = await getHandover(id);
  await mayWrite(before, actor);
  if (before.version !== input.version) throw staleVersion();
  if (before.acknowledgements.length) throw new AppError('handover_acknowledged');
  const shift = await shiftInstance(before.unitId, before.templateId, before.day);
  const { headcount, events } = await snapshot(shift);
  const after = await updateVersioned<HandoverDoc>(Handover, id, input.version, {
    $set: {
      headcount,
      events,
      ...(input.summary !== undefined ? { summary: input.summary } : {}),
      ...(input.tasks ? { tasks: mergeTasks(input.tasks, before.tasks, newId) } : {}),
    },
  });
  await audit(actor, 'update', before, after);
  return after;
}

/** An incoming staff member acknowledges the handover (each person once; several may). */
export async function acknowledgeHandover(id: string, actor: Actor): Promise<HandoverDoc> {
  const before = await getHandover(id);
  if (before.outgoing.some((p) => p.id === actor.id) || before.writtenBy.id === actor.id)
    throw forbidden();
  const at = new Date();
  try {
    await HandoverAck.create({
      _id: `${id}/${actor.id}`,
      handoverId: id,
      staffId: actor.id,
      day: before.day,
      at,
    });
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('already_acknowledged');
    throw e;
  }
  const after = await Handover.findOneAndUpdate(
    { _id: id },
    { $push: { acknowledgements: { ...person(actor), at } }, $inc: { version: 1 } },
    { returnDocument: 'after' },
  ).lean<HandoverDoc>();
  if (!after) throw notFound();
  await audit(actor, 'update', before, after);
  return after;
}

/** A day's handovers (the book's page), by shift start. */
export const listHandovers = (day: string, unitId?: string) =>
  Handover.find({ day, ...(unitId ? { unitId } : {}) })
    .lean<HandoverDoc[]>()
    .then((docs) => docs.sort((a, b) => a.start.getTime() - b.start.getTime()));
