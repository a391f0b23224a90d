// Shift swaps and cover: offer one's published shift or propose a swap with a colleague's, answer
// (accept, decline), withdraw, reject. Approval, which changes the rota, is in swap-approval.ts.
// Every step is version-checked on the request, so parallel answers have one winner.
import type { z } from 'zod';
import { can } from '@care/shared/permissions';
import type { Role } from '@care/shared/roles';
import {
  openSwapStatuses,
  type SwapCheckView,
  type swapCreateSchema,
  type SwapStatus,
  type SwapView,
} from '@care/shared/rota-swaps';
import { recordChange, type Actor } from '../audit/audit.service';
import { AppError, badRequest, forbidden, notFound, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { RotaEntry, RotaMonth, type EntryDoc, type MonthDoc } from './rota-entry.model';
import { checkReassignment, type Reassignment } from './swap-check';
import { violationSentence } from './swap-words';
import { auditedSwapFields, RotaSwap, type SwapDoc, type SwapShift } from './swap.model';
import { listTemplates, listUnits } from './setup.service';
import { getDutyStaff } from './staff.service';

export type Person = { id: string; fullName: string; role: Role };
const who = (p: { id: string; fullName: string }) => ({ id: p.id, fullName: p.fullName });

const snapshot = (e: EntryDoc): SwapShift => ({
  id: e._id.toString(),
  version: e.version,
  staffId: e.staffId,
  day: e.day,
  unitId: e.unitId,
  templateId: e.templateId,
  start: e.start,
  end: e.end,
});

const shiftView = (s: SwapShift) => ({
  id: s.id,
  staffId: s.staffId,
  day: s.day,
  unitId: s.unitId,
  templateId: s.templateId,
  start: new Date(s.start).toISOString(),
  end: new Date(s.end).toISOString(),
});

export function presentSwap(doc: SwapDoc, stale: boolean): SwapView {
  return {
    id: doc._id.toString(),
    kind: doc.kind,
    status: doc.status,
    month: doc.month,
    requester: who(doc.requester),
    entry: shiftView(doc.entry),
    target: doc.target ? who(doc.target) : null,
    targetEntry: doc.targetEntry ? shiftView(doc.targetEntry) : null,
    note: doc.note,
    decisionNote: doc.decisionNote,
    decidedBy: doc.decidedBy ? who(doc.decidedBy) : null,
    createdAt: new Date(doc.createdAt).toISOString(),
    stale,
    recovery: doc.recovery ?? null,
    version: doc.version,
  };
}

export const auditSwap = (actor: Actor, before: SwapDoc | null, after: SwapDoc) =>
  recordChange({
    actor,
    action: before ? 'update' : 'create',
    entity: 'rota_swap',
    entityId: after._id.toString(),
    entityLabel: `${after.requester.fullName} · ${after.entry.day}`,
    before,
    after,
    fields: auditedSwapFields,
  });

async function isPublished(month: string) {
  return (await RotaMonth.findById(month).lean<MonthDoc>())?.state === 'published';
}

/** A shift that may still change hands: published and not begun. */
async function swappable(entry: EntryDoc) {
  if (!(await isPublished(entry.month))) throw new AppError('not_on_rota');
  if (new Date(entry.start).getTime() <= Date.now()) throw new AppError('shift_started');
}

export async function createSwap(input: z.output<typeof swapCreateSchema>, actor: Person) {
  const entry = await RotaEntry.findById(input.entryId).lean<EntryDoc>();
  if (!entry) throw badRequest({ entryId: 'unknown_entry' });
  if (entry.staffId !== actor.id) throw forbidden();
  await swappable(entry);
  let target: { id: string; fullName: string } | null = null;
  let other: EntryDoc | null = null;
  if (input.kind === 'swap') {
    other = await RotaEntry.findById(input.targetEntryId).lean<EntryDoc>();
    if (!other) throw badRequest({ targetEntryId: 'unknown_entry' });
    if (other.staffId === actor.id) throw badRequest({ targetEntryId: 'swap_own_shift' });
    await swappable(other);
    const colleague = await getDutyStaff(other.staffId, 'targetEntryId');
    if (!colleague.active) throw new AppError('staff_inactive');
    target = { id: other.staffId, fullName: colleague.fullName };
  }
  // One open request per shift: a second would go stale the moment the first was approved.
  const open = await RotaSwap.find({ open: true }, { entry: 1 }).limit(1000).lean<SwapDoc[]>();
  if (open.some((s) => s.entry.id === input.entryId))
    throw new AppError('duplicate', { entryId: 'duplicate' });
  const doc = (
    await RotaSwap.create({
      kind: input.kind,
      status: input.kind === 'swap' ? 'proposed' : 'offered',
      open: true,
      month: entry.month,
      year: entry.year,
      requester: who(actor),
      entry: snapshot(entry),
      target,
      targetEntry: other ? snapshot(other) : null,
      note: input.note,
    })
  ).toObject() as SwapDoc;
  await auditSwap(actor, null, doc);
  return presentSwap(doc, false);
}

/** The shifts of a request as they are now, by id (each read by `_id`). */
async function currentShifts(docs: SwapDoc[]): Promise<Map<string, EntryDoc>> {
  const ids = [...new Set(docs.flatMap((d) => [d.entry.id, d.targetEntry?.id ?? []].flat()))];
  const found = await Promise.all(ids.map((id) => RotaEntry.findById(id).lean<EntryDoc>()));
  return new Map(found.flatMap((e) => (e ? [[e._id.toString(), e] as const] : [])));
}

const changed = (s: SwapShift, now: EntryDoc | undefined) =>
  !now || now.version !== s.version || now.staffId !== s.staffId;

export function isStale(doc: SwapDoc, shifts: Map<string, EntryDoc>): boolean {
  return (
    changed(doc.entry, shifts.get(doc.entry.id)) ||
    (!!doc.targetEntry && changed(doc.targetEntry, shifts.get(doc.targetEntry.id)))
  );
}

/** Open requests (or a month's), as the viewer may see them: approvers all, staff their own and open offers. */
export async function listSwaps(query: { month?: string }, viewer: Person): Promise<SwapView[]> {
  const docs = await RotaSwap.find(query.month ? { month: query.month } : { open: true })
    .limit(500)
    .lean<SwapDoc[]>();
  const approver = can(viewer.role, 'rota.swap_approve');
  const seen = docs.filter(
    (d) =>
      approver ||
      d.requester.id === viewer.id ||
      d.target?.id === viewer.id ||
      (d.kind === 'cover' && d.status === 'offered'),
  );
  // A request whose shifts are being moved is not stale: its own moves changed them.
  const pending = (d: SwapDoc) => d.open && d.status !== 'applying';
  const shifts = await currentShifts(seen.filter(pending));
  return seen
    .sort((a, b) => +new Date(b.createdAt) - +new Date(a.createdAt))
    .map((d) => presentSwap(d, pending(d) && isStale(d, shifts)));
}

export async function getSwap(id: string): Promise<SwapDoc> {
  const doc = await RotaSwap.findById(id).lean<SwapDoc>();
  if (!doc) throw notFound();
  return doc;
}

/** Who holds each shift once the swap is made (a cover offered and not yet taken changes nothing). */
export function reassignment(doc: SwapDoc, taker = doc.target): Reassignment {
  const change: Reassignment = new Map();
  if (!taker) return change;
  change.set(doc.entry.id, taker.id);
  if (doc.targetEntry) change.set(doc.targetEntry.id, doc.requester.id);
  return change;
}

const swapDays = (doc: SwapDoc) => [
  doc.entry.day,
  ...(doc.targetEntry ? [doc.targetEntry.day] : []),
];

/**
 * Refuses a swap whose shifts changed since it was asked (409 swap_stale), has begun, or whose
 * rota would break a hard rule it does not break now (422, the rules named in both languages).
 */
export async function assertSwapFits(doc: SwapDoc, taker = doc.target) {
  const shifts = await currentShifts([doc]);
  if (isStale(doc, shifts)) throw new AppError('swap_stale');
  for (const s of shifts.values())
    if (new Date(s.start).getTime() <= Date.now()) throw new AppError('shift_started');
  const check = await checkReassignment(swapDays(doc), reassignment(doc, taker));
  if (check.errors.length === 0) return;
  const shiftName = await shiftNames();
  const say = (lang: 'vi' | 'en') =>
    check.errors.map((v) => violationSentence(lang, v, check.names, shiftName)).join(' ');
  throw new AppError('swap_breaks_rules', undefined, undefined, { vi: say('vi'), en: say('en') });
}

async function shiftNames() {
  const [templates, units] = await Promise.all([listTemplates(), listUnits()]);
  const unitNames = new Map(units.map((u) => [u._id.toString(), u.name]));
  const byId = new Map(templates.map((t) => [t._id.toString(), t]));
  return (id: string | undefined) => {
    const t = id ? byId.get(id) : undefined;
    return t ? `${t.name} (${t.start}–${t.end}) · ${unitNames.get(t.unitId) ?? ''}` : '—';
  };
}

/** The rule checks as the manager sees them before approving. */
export async function checkSwap(id: string): Promise<SwapCheckView> {
  const doc = await getSwap(id);
  const pending = doc.open && doc.status !== 'applying';
  const stale = pending && isStale(doc, await currentShifts([doc]));
  const check = pending
    ? await checkReassignment(swapDays(doc), reassignment(doc))
    : { errors: [], warnings: [], names: new Map<string, string>() };
  const named = new Set([...check.errors, ...check.warnings].flatMap((v) => v.staffId ?? []));
  const names = Object.fromEntries([...named].map((s) => [s, check.names.get(s) ?? '—']));
  return { errors: check.errors, warnings: check.warnings, names, stale };
}

/** Moves an open request to its next status under a version check: one winner among parallel calls. */
export async function step(
  doc: SwapDoc,
  version: number,
  status: SwapStatus,
  actor: Person,
  set: Partial<SwapDoc> = {},
): Promise<SwapDoc> {
  if (doc.version !== version) throw staleVersion();
  const after = await updateVersioned<SwapDoc>(RotaSwap, doc._id.toString(), version, {
    $set: { ...set, status, open: openSwapStatuses.includes(status) },
  });
  await auditSwap(actor, doc, after);
  return after;
}

export async function acceptSwap(
  id: string,
  input: { version: number; note: string },
  actor: Person,
) {
  const doc = await getSwap(id);
  const expected = doc.kind === 'cover' ? 'offered' : 'proposed';
  if (doc.status !== expected) throw new AppError('swap_decided');
  if (doc.kind === 'cover' ? doc.requester.id === actor.id : doc.target?.id !== actor.id)
    throw forbidden();
  if (doc.version !== input.version) throw staleVersion();
  const me = await getDutyStaff(actor.id);
  if (!me.active) throw new AppError('staff_inactive');
  const taker = who(actor);
  await assertSwapFits(doc, taker);
  const after = await step(doc, input.version, 'accepted', actor, {
    target: taker,
    decisionNote: input.note,
  });
  return presentSwap(after, false);
}

export async function declineSwap(
  id: string,
  input: { version: number; note: string },
  actor: Person,
) {
  const doc = await getSwap(id);
  if (doc.status !== 'proposed') throw new AppError('swap_decided');
  if (doc.target?.id !== actor.id) throw forbidden();
  return presentSwap(
    await step(doc, input.version, 'declined', actor, { decisionNote: input.note }),
    false,
  );
}

export async function withdrawSwap(id: string, input: { version: number }, actor: Person) {
  const doc = await getSwap(id);
  if (doc.requester.id !== actor.id) throw forbidden();
  if (doc.status === 'applying') throw new AppError('swap_applying');
  if (!doc.open) throw new AppError('swap_decided');
  return presentSwap(await step(doc, input.version, 'withdrawn', actor), false);
}

export async function rejectSwap(
  id: string,
  input: { version: number; note: string },
  actor: Person,
) {
  const doc = await getSwap(id);
  if (doc.status === 'applying') throw new AppError('swap_applying');
  if (!doc.open) throw new AppError('swap_decided');
  const after = await step(doc, input.version, 'rejected', actor, {
    decisionNote: input.note,
    decidedBy: who(actor),
  });
  return presentSwap(after, false);
}
