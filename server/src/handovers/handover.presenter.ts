// The wire shape of a handover.
import type { HandoverView } from '@care/shared/handovers';
import type { HandoverDoc } from './handover.model';

export const presentHandover = (doc: HandoverDoc): HandoverView => ({
  id: doc._id.toString(),
  unitId: doc.unitId,
  unitName: doc.unitName,
  templateId: doc.templateId,
  templateName: doc.templateName,
  day: doc.day,
  start: new Date(doc.start).toISOString(),
  end: new Date(doc.end).toISOString(),
  headcount: doc.headcount,
  events: doc.events,
  summary: doc.summary,
  tasks: doc.tasks.map((t) => ({
    id: t.id,
    text: t.text,
    done: !!t.done,
    carriedFrom: t.carriedFrom ?? null,
  })),
  writtenBy: doc.writtenBy,
  writtenAt: new Date(doc.writtenAt).toISOString(),
  outgoing: doc.outgoing,
  acknowledgements: doc.acknowledgements.map((a) => ({
    id: a.id,
    fullName: a.fullName,
    at: new Date(a.at).toISOString(),
  })),
  previousUnacknowledged: doc.previousUnacknowledged ?? null,
  version: doc.version,
});
