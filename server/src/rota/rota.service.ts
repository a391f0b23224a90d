// Planning the rota: assign, move and clear shifts, copy a week, apply a repeating pattern,
// publish a month. Each change re-reads the person's neighbouring shifts under their lease,
// refuses an overlap (409 shift_overlap) and answers the month's violations at once.
import mongoose from 'mongoose';
import type { z } from 'zod';
import {
  addDays,
  daysInclusive,
  type assignSchema,
  type copyWeekSchema,
  type moveSchema,
  type patternSchema,
  type RotaChangeView,
} from '@care/shared/rota';
import { shiftInstants } from '@care/shared/rota-rules';
import { recordAudit, recordAudits, recordChange, type Actor } from '../audit/audit.service';
import { isDuplicateKey } from '../platform/db';
import { AppError, badRequest, notFound, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import { checkMonth } from './rota-check';
import {
  auditedEntryFields,
  RotaEntry,
  RotaMonth,
  type EntryDoc,
  type MonthDoc,
} from './rota-entry.model';
import { withStaffLocks } from './rota-locks';
import { presentEntry } from './rota.presenters';
import { ShiftTemplate, type TemplateDoc } from './setup.models';
import { getDutyStaff } from './staff.service';

type Person = { id: string; fullName: string };
type Skipped = RotaChangeView['skipped'];

/** The month's document, made on first use (a draft). */
export async function ensureMonth(month: string): Promise<MonthDoc> {
  const found = await RotaMonth.findById(month).lean<MonthDoc>();
  if (found) return found;
  try {
    return (await RotaMonth.create({ _id: month, year: month.slice(0, 4) })).toObject() as MonthDoc;
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    return (await RotaMonth.findById(month).lean<MonthDoc>())!;
  }
}

async function activeTemplate(id: string, field = 'templateId'): Promise<TemplateDoc> {
  const t = await ShiftTemplate.findById(id).lean<TemplateDoc>();
  if (!t || !t.active) throw badRequest({ [field]: 'unknown_template' });
  return t;
}

/** A staff member who may be given shifts: a duty account, still active. */
async function assignable(staffId: string) {
  const user = await getDutyStaff(staffId);
  if (!user.active) throw new AppError('staff_inactive', { staffId: 'unknown_staff' });
  return user;
}

function newEntry(staffId: string, day: string, t: TemplateDoc, actor: Person) {
  const { start, end } = shiftInstants(day, t);
  return {
    _id: new mongoose.Types.ObjectId(),
    staffId,
    day,
    month: day.slice(0, 7),
    year: day.slice(0, 4),
    unitId: t.unitId,
    templateId: t._id.toString(),
    start: new Date(start),
    end: new Date(end),
    createdBy: { id: actor.id, fullName: actor.fullName },
    version: 0,
  };
}

/** A person's shifts from the day before `from` to the day after `to` (equality reads by month). */
async function shiftsAround(staffId: string, from: string, to: string): Promise<EntryDoc[]> {
  const first = addDays(from, -1);
  const last = addDays(to, 1);
  const months = new Set<string>();
  for (let d = first; d <= last; d = addDays(d, 28)) months.add(d.slice(0, 7));
  months.add(last.slice(0, 7));
  const lists = await Promise.all(
    [...months].map((month) => RotaEntry.find({ staffId, month }).lean<EntryDoc[]>()),
  );
  return lists.flat().filter((e) => e.day >= first && e.day <= last);
}

const clash = (shifts: { start: Date; end: Date }[], start: Date, end: Date) =>
  shifts.find((s) => new Date(s.start) < end && start < new Date(s.end));

async function answer(
  month: string,
  changed: EntryDoc[],
  removed: string[],
  skipped: Skipped = [],
): Promise<RotaChangeView> {
  await ensureMonth(month);
  const { violations } = await checkMonth(month);
  return { month, changed: changed.map(presentEntry), removed, skipped, violations };
}

const auditEntry = (actor: Actor, before: EntryDoc | null, after: EntryDoc, label: string) =>
  recordChange({
    actor,
    action: before ? 'update' : 'create',
    entity: 'rota_entry',
    entityId: after._id.toString(),
    entityLabel: label,
    before,
    after,
    fields: auditedEntryFields,
  });

export async function assignShift(input: z.output<typeof assignSchema>, actor: Person) {
  const [user, template] = await Promise.all([
    assignable(input.staffId),
    activeTemplate(input.templateId),
  ]);
  const doc = newEntry(input.staffId, input.day, template, actor);
  await withStaffLocks([input.staffId], async () => {
    const others = await shiftsAround(input.staffId, input.day, input.day);
    if (clash(others, doc.start, doc.end)) throw new AppError('shift_overlap');
    await insertEntries([doc]);
  });
  await auditEntry(actor, null, doc as EntryDoc, `${user.fullName} · ${input.day}`);
  return answer(doc.month, [doc as EntryDoc], []);
}

async function insertEntries(docs: object[]) {
  try {
    await RotaEntry.insertMany(docs, { ordered: true });
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('shift_overlap');
    throw e;
  }
}

async function getEntry(id: string): Promise<EntryDoc> {
  const doc = await RotaEntry.findById(id).lean<EntryDoc>();
  if (!doc) throw notFound();
  return doc;
}

export async function moveShift(id: string, input: z.output<typeof moveSchema>, actor: Person) {
  const before = await getEntry(id);
  if (before.version !== input.version) throw staleVersion();
  const staffId = input.staffId ?? before.staffId;
  const day = input.day ?? before.day;
  const [user, template] = await Promise.all([
    assignable(staffId),
    activeTemplate(input.templateId ?? before.templateId),
  ]);
  const moved = newEntry(staffId, day, template, actor);
  const after = await withStaffLocks([staffId, before.staffId], async () => {
    const others = (await shiftsAround(staffId, day, day)).filter((e) => e._id.toString() !== id);
    if (clash(others, moved.start, moved.end)) throw new AppError('shift_overlap');
    const { _id, createdBy, version, ...set } = moved;
    void _id;
    void createdBy;
    void version;
    try {
      return await updateVersioned<EntryDoc>(RotaEntry, id, input.version, { $set: set });
    } catch (e) {
      if (isDuplicateKey(e)) throw new AppError('shift_overlap');
      throw e;
    }
  });
  await auditEntry(actor, before, after, `${user.fullName} · ${day}`);
  const result = await answer(after.month, [after], []);
  if (before.month !== after.month) await checkMonth(before.month);
  return result;
}

export async function clearShift(id: string, version: number, actor: Person) {
  const doc = await RotaEntry.findOneAndDelete({ _id: id, version }).lean<EntryDoc>();
  if (!doc) throw (await RotaEntry.exists({ _id: id })) ? staleVersion() : notFound();
  await recordAudit({
    actor,
    action: 'delete',
    entity: 'rota_entry',
    entityId: id,
    entityLabel: `${doc.staffId} · ${doc.day}`,
  });
  return answer(doc.month, [], [id]);
}

/**
 * Writes many shifts (a copied week, a pattern): each person's under their lease; a shift that
 * would overlap one the person already has is skipped and reported, never written.
 */
export async function placeShifts(
  wanted: { staffId: string; day: string; template: TemplateDoc }[],
  actor: Person,
): Promise<{ placed: EntryDoc[]; skipped: Skipped }> {
  const byStaff = new Map<string, typeof wanted>();
  for (const w of wanted) byStaff.set(w.staffId, [...(byStaff.get(w.staffId) ?? []), w]);
  const placed: EntryDoc[] = [];
  const skipped: Skipped = [];
  const active = new Map<string, boolean>();
  for (const staffId of byStaff.keys()) {
    const user = await getDutyStaff(staffId).catch(() => null);
    active.set(staffId, !!user?.active);
  }
  for (const [staffId, items] of byStaff) {
    if (!active.get(staffId)) {
      skipped.push(...items.map((i) => ({ staffId, day: i.day, reason: 'staff_inactive' })));
      continue;
    }
    const days = items.map((i) => i.day).sort();
    await withStaffLocks([staffId], async () => {
      const have: { start: Date; end: Date }[] = await shiftsAround(
        staffId,
        days[0]!,
        days.at(-1)!,
      );
      const docs = [];
      for (const item of items) {
        const doc = newEntry(staffId, item.day, item.template, actor);
        if (clash(have, doc.start, doc.end)) {
          skipped.push({ staffId, day: item.day, reason: 'shift_overlap' });
          continue;
        }
        have.push(doc);
        docs.push(doc);
      }
      if (docs.length > 0) await insertEntries(docs);
      placed.push(...(docs as EntryDoc[]));
    });
  }
  await recordAudits(
    placed.map((doc) => ({
      actor,
      action: 'create' as const,
      entity: 'rota_entry' as const,
      entityId: doc._id.toString(),
      entityLabel: `${doc.staffId} · ${doc.day}`,
    })),
  );
  return { placed, skipped };
}

/** Copies one week's shifts (Monday to Sunday) to another week, for the centre or one unit. */
export async function copyWeek(input: z.output<typeof copyWeekSchema>, actor: Person) {
  const sourceDays = Array.from({ length: 7 }, (_, i) => addDays(input.fromWeek, i));
  const months = [...new Set(sourceDays.map((d) => d.slice(0, 7)))];
  const source = (
    await Promise.all(months.map((month) => RotaEntry.find({ month }).lean<EntryDoc[]>()))
  )
    .flat()
    .filter((e) => sourceDays.includes(e.day) && (!input.unitId || e.unitId === input.unitId));
  const templates = new Map(
    (await ShiftTemplate.find({ active: true }).lean<TemplateDoc[]>()).map((t) => [
      t._id.toString(),
      t,
    ]),
  );
  const offset = daysInclusive(input.fromWeek, input.toWeek) - 1;
  const wanted = source.flatMap((e) => {
    const template = templates.get(e.templateId);
    return template ? [{ staffId: e.staffId, day: addDays(e.day, offset), template }] : [];
  });
  const { placed, skipped } = await placeShifts(wanted, actor);
  const targetMonths = [
    ...new Set([input.toWeek, addDays(input.toWeek, 6)].map((d) => d.slice(0, 7))),
  ];
  for (const m of targetMonths.slice(1)) await ensureMonth(m).then(() => checkMonth(m));
  return answer(targetMonths[0]!, placed, [], skipped);
}

/** Applies a repeating cycle of templates (null: a day off) to one person from `from` to `to`. */
export async function applyPattern(input: z.output<typeof patternSchema>, actor: Person) {
  await assignable(input.staffId);
  const ids = [...new Set(input.cycle.filter((t): t is string => t !== null))];
  const templates = new Map<string, TemplateDoc>();
  for (const [i, id] of ids.entries()) templates.set(id, await activeTemplate(id, `cycle.${i}`));
  const wanted = [];
  for (let i = 0, day = input.from; day <= input.to; i++, day = addDays(day, 1)) {
    const id = input.cycle[i % input.cycle.length];
    if (id) wanted.push({ staffId: input.staffId, day, template: templates.get(id)! });
  }
  const { placed, skipped } = await placeShifts(wanted, actor);
  const months = [...new Set([input.from, input.to].map((d) => d.slice(0, 7)))];
  for (const m of months.slice(1)) await ensureMonth(m).then(() => checkMonth(m));
  return answer(months[0]!, placed, [], skipped);
}

/** Managers publish a month: staff see it from then on (later changes show at once). */
export async function publishMonth(month: string, version: number, actor: Person) {
  const before = await ensureMonth(month);
  if (before.version !== version) throw staleVersion();
  if (before.state === 'published') throw new AppError('conflict');
  const after = await updateVersioned<MonthDoc>(RotaMonth, month, version, {
    $set: {
      state: 'published',
      publishedAt: new Date(),
      publishedBy: { id: actor.id, fullName: actor.fullName },
    },
  });
  await recordChange({
    actor,
    action: 'update',
    entity: 'rota_month',
    entityId: month,
    entityLabel: month,
    before,
    after,
    fields: ['state'],
  });
  return after;
}
