// Incidents: report, amend (version-checked), and close once every follow-up is done.
import mongoose from 'mongoose';
import type { z } from 'zod';
import {
  canClose,
  type IncidentListQuery,
  type incidentCloseSchema,
  type incidentCreateSchema,
  type incidentEditSchema,
} from '@care/shared/incidents';
import { periodKeys } from '@care/shared/periods';
import { recordChange, type Actor } from '../audit/audit.service';
import { AppError, notFound, staleVersion } from '../platform/errors';
import { findPage } from '../platform/find-page';
import { updateVersioned } from '../platform/versioned';
import { getResident } from '../residents/residents.service';
import { auditedIncidentFields, Incident, type IncidentDoc } from './incident.model';

type Person = { id: string; fullName: string };

const withIds = (followUps: { id?: string }[] = []) =>
  followUps.map((f) => ({ ...f, id: f.id ?? new mongoose.Types.ObjectId().toString() }));

const audit = (
  actor: Actor,
  action: 'create' | 'update',
  before: IncidentDoc | null,
  after: IncidentDoc,
) =>
  recordChange({
    actor,
    action,
    entity: 'incident',
    entityId: after._id.toString(),
    entityLabel: after.residentName,
    before,
    after,
    fields: auditedIncidentFields,
  });

export async function reportIncident(
  residentId: string,
  input: z.output<typeof incidentCreateSchema>,
  reporter: Person,
): Promise<IncidentDoc> {
  const resident = await getResident(residentId);
  const doc = (
    await Incident.create({
      ...input,
      followUps: withIds(input.followUps),
      residentId,
      residentName: resident.fullName,
      month: periodKeys(new Date(input.occurredAt)).month,
      reportedBy: { id: reporter.id, fullName: reporter.fullName },
    })
  ).toObject() as IncidentDoc;
  await audit(reporter, 'create', null, doc);
  return doc;
}

async function getIncident(residentId: string, id: string): Promise<IncidentDoc> {
  const doc = await Incident.findOne({ _id: id, residentId }).lean<IncidentDoc>();
  if (!doc) throw notFound();
  return doc;
}

export async function amendIncident(
  residentId: string,
  id: string,
  input: z.output<typeof incidentEditSchema>,
  editor: Person,
): Promise<IncidentDoc> {
  const before = await getIncident(residentId, id);
  if (before.version !== input.version) throw staleVersion();
  if (before.status === 'closed') throw new AppError('episode_closed');
  const { version, ...set } = input;
  const occurredAt = set.occurredAt ?? before.occurredAt;
  const notifications = set.notifications ?? before.notifications;
  if (notifications.some((n) => Date.parse(n.at) < Date.parse(occurredAt) - 60_000))
    throw new AppError('validation_failed', { notifications: 'before_start' });
  const after = await updateVersioned<IncidentDoc>(Incident, id, version, {
    $set: {
      ...set,
      ...(set.followUps ? { followUps: withIds(set.followUps) } : {}),
      ...(set.occurredAt ? { month: periodKeys(new Date(set.occurredAt)).month } : {}),
    },
  });
  await audit(editor, 'update', before, after);
  return after;
}

export async function closeIncident(
  residentId: string,
  id: string,
  input: z.output<typeof incidentCloseSchema>,
  manager: Person,
): Promise<IncidentDoc> {
  const before = await getIncident(residentId, id);
  if (before.version !== input.version) throw staleVersion();
  if (before.status === 'closed') throw new AppError('episode_closed');
  if (!canClose(before)) throw new AppError('follow_ups_open');
  const after = await updateVersioned<IncidentDoc>(Incident, id, input.version, {
    $set: {
      status: 'closed',
      outcome: input.outcome,
      closedBy: { id: manager.id, fullName: manager.fullName },
    },
  });
  await audit(manager, 'update', before, after);
  return after;
}

export function listResidentIncidents(residentId: string) {
  return Incident.find({ residentId })
    .lean<IncidentDoc[]>()
    .then((docs) => docs.sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1)));
}

/**
 * The centre's incidents in one state, newest first, a page at a time. Every filter is a top-level
 * equality (status, type, severity), so the database narrows them before the sort.
 */
export function listIncidents(query: IncidentListQuery) {
  const filter: Record<string, string> = { status: query.status };
  if (query.type) filter.type = query.type;
  if (query.severity) filter.severity = query.severity;
  return findPage<IncidentDoc>(Incident, filter, { occurredAt: -1, _id: -1 }, query);
}
