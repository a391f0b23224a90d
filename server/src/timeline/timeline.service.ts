// A resident's timeline, newest first: the stay's steps, care notes, incidents, family contacts,
// measurements, assessments and plans, and record changes, gathered
// a month at a time (each source answers by equality on the resident and the month, so the
// walk stays fast with years of notes), until a page is full or the admission is reached.
import { timelineKinds, type TimelineItem, type TimelineKind } from '@care/shared/timeline';
import { AuditEvent, type AuditEventDoc } from '../audit/audit-event.model';
import { CareNote, type CareNoteDoc } from '../notes/care-note.model';
import { Incident, type IncidentDoc } from '../incidents/incident.model';
import { ContactLog, type ContactLogDoc } from '../family/family.model';
import { Measurement, type MeasurementDoc } from '../health-records/measurement.model';
import { Assessment, type AssessmentDoc } from '../care-plans/assessment.model';
import { CarePlan, type CarePlanDoc } from '../care-plans/care-plan.model';
import type { ResidentDoc } from '../residents/resident.model';

type Source = (resident: ResidentDoc, month: string) => Promise<TimelineItem[]>;

const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`).toISOString();

const stay: Source = async (resident, month) =>
  resident.episodes.flatMap((e) => {
    const items: TimelineItem[] = [
      {
        id: `${e.id}/admission`,
        at: dayStart(e.admission.date),
        kind: 'stay',
        type: 'admission',
        text: `${e.admission.decision.number} · ${e.admission.decision.issuer}`,
        by: null,
      },
      ...e.absences.flatMap((a) => [
        {
          id: `${a.id}/from`,
          at: dayStart(a.from),
          kind: 'stay' as const,
          type: `absence_${a.kind}`,
          text: a.note,
          by: null,
        },
        ...(a.returnedOn
          ? [
              {
                id: `${a.id}/back`,
                at: dayStart(a.returnedOn),
                kind: 'stay' as const,
                type: 'return',
                text: '',
                by: null,
              },
            ]
          : []),
      ]),
      ...(e.closure
        ? [
            {
              id: `${e.id}/closure`,
              at: dayStart(e.closure.date),
              kind: 'stay' as const,
              type: `closure_${e.closure.reason}`,
              text: e.closure.note,
              by: null,
            },
          ]
        : []),
    ];
    return items.filter((i) => dayKey(i.at).slice(0, 7) === month);
  });

const notes: Source = async (resident, month) => {
  const docs = await CareNote.find({ residentId: resident._id, month }).lean<CareNoteDoc[]>();
  return docs.map((n) => ({
    id: n._id.toString(),
    at: n.at.toISOString(),
    kind: 'note',
    type: n.type,
    text: n.text,
    by: n.authorName ?? null,
  }));
};

const changes: Source = async (resident, month) => {
  const docs = await AuditEvent.find({
    entityId: resident._id.toString(),
    month,
    action: { $in: ['update', 'create'] },
  }).lean<AuditEventDoc[]>();
  return docs.map((e) => ({
    id: e._id.toString(),
    at: e.at.toISOString(),
    kind: 'change',
    type: e.action,
    text: (e.changes ?? []).map((c) => c.field).join(', '),
    by: e.actorName ?? null,
  }));
};

const incidents: Source = async (resident, month) => {
  const docs = await Incident.find({ residentId: resident._id.toString(), month }).lean<
    IncidentDoc[]
  >();
  return docs.map((i) => ({
    id: i._id.toString(),
    at: new Date(i.occurredAt).toISOString(),
    kind: 'incident',
    type: i.type,
    text: i.description,
    by: i.reportedBy.fullName,
  }));
};

const family: Source = async (resident, month) => {
  const docs = await ContactLog.find({ residentId: resident._id.toString(), month }).lean<
    ContactLogDoc[]
  >();
  return docs.map((c) => ({
    id: c._id.toString(),
    at: dayStart(c.on),
    kind: 'family',
    type: c.kind,
    text: [c.withWhom, c.note].filter(Boolean).join(' — '),
    by: c.by,
  }));
};

const measured = (m: MeasurementDoc) =>
  [
    m.weightKg !== null ? `${m.weightKg} kg` : null,
    m.heightCm !== null ? `${m.heightCm} cm` : null,
    m.temperatureC !== null ? `${m.temperatureC} °C` : null,
    m.systolic !== null && m.diastolic !== null ? `${m.systolic}/${m.diastolic} mmHg` : null,
    m.pulse !== null ? `${m.pulse} /min` : null,
    m.note || null,
  ]
    .filter(Boolean)
    .join(' · ');

const health: Source = async (resident, month) => {
  const docs = await Measurement.find({ residentId: resident._id, month }).lean<MeasurementDoc[]>();
  return docs.map((m) => ({
    id: m._id.toString(),
    at: m.at.toISOString(),
    kind: 'health',
    type: 'measurement',
    text: measured(m),
    by: m.authorName,
  }));
};

const inMonth = (day: string | null | undefined, month: string) => day?.slice(0, 7) === month;

/**
 * Assessments, plan versions (drafted, approved) and reviews. A resident has a handful of each,
 * so they are read once per timeline request and sorted into months here.
 */
function carePlanSource(): Source {
  const loaded = new Map<string, Promise<[AssessmentDoc[], CarePlanDoc[]]>>();
  return async (resident, month) => {
    const key = resident._id.toString();
    if (!loaded.has(key))
      loaded.set(
        key,
        Promise.all([
          Assessment.find({ residentId: resident._id }).limit(500).lean<AssessmentDoc[]>(),
          CarePlan.find({ residentId: resident._id }).limit(500).lean<CarePlanDoc[]>(),
        ]),
      );
    const [assessments, plans] = await loaded.get(key)!;
    const item = (id: string, day: string, type: string, text: string, by: string | null) => ({
      id,
      at: dayStart(day),
      kind: 'care_plan' as const,
      type,
      text,
      by,
    });
    return [
      ...assessments
        .filter((a) => inMonth(a.assessedOn, month))
        .map((a) => item(a._id.toString(), a.assessedOn, 'assessment', '', a.assessorName)),
      ...plans.flatMap((p) => [
        ...(inMonth(p.planDate, month)
          ? [item(`${p._id}/plan`, p.planDate, 'plan', `#${p.number}`, p.createdByName)]
          : []),
        ...(p.approvedAt && inMonth(dayKey(p.approvedAt.toISOString()), month)
          ? [
              {
                ...item(`${p._id}/approved`, p.planDate, 'approval', `#${p.number}`, null),
                at: p.approvedAt.toISOString(),
                by: p.approvedByName ?? null,
              },
            ]
          : []),
        ...p.reviews
          .filter((r) => inMonth(r.reviewedOn, month))
          .map((r) =>
            item(`${p._id}/${r.reviewedOn}`, r.reviewedOn, 'review', r.comment, r.reviewerName),
          ),
      ]),
    ];
  };
}

const sources = (): Record<TimelineKind, Source> => ({
  family,
  stay,
  note: notes,
  incident: incidents,
  health,
  care_plan: carePlanSource(),
  change: changes,
});

/** The centre's calendar day of an instant (UTC+7). */
function dayKey(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * Months read at once: two for the first page (a resident's month holds a few dozen notes and
 * changes, so two months fill a page), three later, when the walk may be crossing quiet months.
 */
const monthsAtOnce = (first: boolean) => (first ? 2 : 3);

export async function readTimeline(
  resident: ResidentDoc,
  options: {
    before?: string;
    kinds?: TimelineKind[];
    today: string;
    limit?: number;
    maxMonths?: number;
  },
) {
  const kinds = options.kinds ?? [...timelineKinds];
  const read = sources();
  const first = (resident.episodes[0]?.admission.date ?? options.today).slice(0, 7);
  const startMonth =
    resident.createdAt.toISOString() < first ? resident.createdAt.toISOString().slice(0, 7) : first;
  let month =
    options.before && /^\d{4}-\d{2}$/.test(options.before)
      ? previousMonth(options.before)
      : options.today.slice(0, 7);
  const items: TimelineItem[] = [];
  let scanned = 0;
  let searchedTo: string | null = null;
  const maxMonths = options.maxMonths ?? 24;
  // A few months at once: each is a handful of equality reads, so they go out together.
  while (month >= startMonth && scanned < maxMonths && items.length < (options.limit ?? 40)) {
    const batch: string[] = [];
    const size = monthsAtOnce(scanned === 0);
    for (; batch.length < size && month >= startMonth && scanned < maxMonths; scanned++) {
      batch.push(month);
      month = previousMonth(month);
    }
    const found = await Promise.all(
      batch.map(async (m) =>
        (await Promise.all(kinds.map((k) => read[k](resident, m))))
          .flat()
          .sort((x, y) => (x.at < y.at ? 1 : -1)),
      ),
    );
    items.push(...found.flat());
    searchedTo = `${batch.at(-1)}-01`;
  }
  const next = month >= startMonth && searchedTo ? searchedTo.slice(0, 7) : null;
  return { items, page: { next, searchedTo } };
}
