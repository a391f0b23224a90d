// The wire shape of an incident, with follow-up owners named.
import type { IncidentView } from '@care/shared/incidents';
import type { IncidentDoc } from './incident.model';

export function presentIncident(doc: IncidentDoc, names: Map<string, string>): IncidentView {
  return {
    id: doc._id.toString(),
    residentId: doc.residentId,
    residentName: doc.residentName,
    type: doc.type,
    severity: doc.severity,
    occurredAt: doc.occurredAt,
    place: doc.place,
    description: doc.description,
    peopleInvolved: doc.peopleInvolved,
    immediateAction: doc.immediateAction,
    notifications: doc.notifications.map((n) => ({ party: n.party, name: n.name ?? '', at: n.at })),
    followUps: doc.followUps.map((f) => ({
      id: f.id,
      task: f.task,
      owner: { id: f.ownerId, fullName: names.get(f.ownerId) ?? '—' },
      dueDate: f.dueDate,
      doneOn: f.doneOn ?? null,
    })),
    status: doc.status,
    outcome: doc.outcome ?? '',
    reportedBy: doc.reportedBy,
    closedBy: doc.closedBy ?? null,
    version: doc.version,
  };
}
