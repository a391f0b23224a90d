// Residents: admission of a new person, the register, the audited read of a full record, edits
// by field group, and the figures the dashboard shows.
import mongoose from 'mongoose';
import { centreDay } from '@care/shared/dates';
import { can } from '@care/shared/permissions';
import {
  fieldGroups,
  residentCategories,
  type FieldGroup,
  type ResidentAdmit,
  type ResidentCounts,
  type ResidentListQuery,
} from '@care/shared/residents';
import type { Role } from '@care/shared/roles';
import { recordAudit, recordChange, type Actor } from '../audit/audit.service';
import { AppError, notFound, staleVersion } from '../platform/errors';
import { nextSequence } from '../platform/counters';
import { isDuplicateKey } from '../platform/db';
import { findPage } from '../platform/find-page';
import { updateVersioned } from '../platform/versioned';
import { derivedFields } from './resident-derived';
import {
  refineAndRank,
  refinedInCode,
  registerFields,
  registerFilter,
  registerSort,
} from './resident-search';
import { auditedResidentFields, Resident, type ResidentDoc } from './resident.model';

export type Editor = { id: string; fullName: string; role: Role };

async function nextCode(): Promise<string> {
  return `DT-${String(await nextSequence('resident')).padStart(4, '0')}`;
}

/** Saves a resident's new state; a clash on a unique person key means they are already in care. */
export async function guardInCare<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isDuplicateKey(err)) throw new AppError('already_in_care');
    throw err;
  }
}

export const recordResidentChange = (
  actor: Actor,
  action: 'create' | 'update',
  before: ResidentDoc | null,
  after: ResidentDoc,
) =>
  recordChange({
    actor,
    action,
    entity: 'resident',
    entityId: after._id.toString(),
    entityLabel: after.code,
    before,
    after,
    fields: auditedResidentFields,
  });

const stamp = (actor: Actor) => (actor ? { id: actor.id, fullName: actor.fullName } : null);

export async function admitResident(input: ResidentAdmit, actor: Actor): Promise<ResidentDoc> {
  const { admission, ...person } = input;
  const _id = new mongoose.Types.ObjectId();
  const episodes = [
    { id: new mongoose.Types.ObjectId().toString(), admission, absences: [], closure: null },
  ];
  // The code is taken only once the person is known not to be in care already.
  const draft = { ...person, code: '', episodes };
  const probe = derivedFields(draft, _id.toString());
  if (await Resident.exists({ $or: [{ personKey: probe.personKey }, { idKey: probe.idKey }] }))
    throw new AppError('already_in_care');
  const code = await nextCode();
  const full = { ...draft, code };
  const doc = await guardInCare(
    async () =>
      (
        await Resident.create({
          _id,
          ...full,
          ...derivedFields(full, _id.toString()),
          updatedBy: stamp(actor),
        })
      ).toObject() as ResidentDoc,
  );
  await recordResidentChange(actor, 'create', null, doc);
  return doc;
}

export async function listResidents(query: ResidentListQuery, today = centreDay()) {
  const filter = registerFilter(query, today);
  if (!refinedInCode(query))
    return findPage<ResidentDoc>(Resident, filter, registerSort[query.sort], query, registerFields);
  // A search or an age band matches few people; they are ranked here (at most 2,000 looked at).
  const found = await Resident.find(filter, registerFields).limit(2000).lean<ResidentDoc[]>();
  const ranked = refineAndRank(found, query, today);
  const start = (query.page - 1) * query.pageSize;
  return { items: ranked.slice(start, start + query.pageSize), total: ranked.length };
}

export async function getResident(id: string): Promise<ResidentDoc> {
  const doc = await Resident.findById(id).lean<ResidentDoc>();
  if (!doc) throw notFound();
  return doc;
}

/** Reading a full record is personal-data processing (Decree 13/2023): it is audited. */
export async function readResident(id: string, actor: Actor): Promise<ResidentDoc> {
  const doc = await getResident(id);
  await recordAudit({
    actor,
    action: 'read',
    entity: 'resident',
    entityId: id,
    entityLabel: doc.code,
  });
  return doc;
}

/** Who may change each field group. */
const groupWrite: Record<FieldGroup, Parameters<typeof can>[1]> = {
  identity: 'residents.write',
  placement: 'residents.write',
  care: 'residents.care_write',
  legal: 'residents.legal',
  medical: 'residents.medical_sensitive',
};
const groupOf = Object.fromEntries(
  Object.entries(fieldGroups).flatMap(([group, fields]) =>
    Object.keys(fields).map((f) => [f, group]),
  ),
) as Record<string, FieldGroup>;

export async function editResident(
  id: string,
  input: { version: number } & Record<string, unknown>,
  editor: Editor,
): Promise<ResidentDoc> {
  const { version, ...set } = input;
  const refused = Object.keys(set).filter((f) => !can(editor.role, groupWrite[groupOf[f]!]));
  if (refused.length > 0)
    throw new AppError('forbidden', Object.fromEntries(refused.map((f) => [f, 'wrong_group'])));
  const before = await getResident(id);
  if (before.version !== version) throw staleVersion();
  if (before.status === 'discharged') throw new AppError('episode_closed');
  const next = { ...before, ...set } as ResidentDoc;
  if (set.birthDate) next.birthYear = Number(String(set.birthDate).slice(0, 4));
  const after = await guardInCare(() =>
    updateVersioned<ResidentDoc>(Resident, id, version, {
      $set: {
        ...set,
        birthYear: next.birthYear,
        ...derivedFields(next, id),
        updatedBy: stamp(editor),
      },
    }),
  );
  await recordResidentChange(editor, 'update', before, after);
  return after;
}

export async function countResidents(): Promise<ResidentCounts> {
  const rows = await Resident.aggregate<{ _id: string; n: number }>([
    { $match: { current: true } },
    { $unwind: '$categories' },
    { $group: { _id: '$categories', n: { $sum: 1 } } },
  ]);
  const byCategory = Object.fromEntries(
    residentCategories.map((c) => [c, 0]),
  ) as ResidentCounts['byCategory'];
  for (const row of rows)
    if (row._id in byCategory) byCategory[row._id as keyof typeof byCategory] = row.n;
  return { total: await Resident.countDocuments({ current: true }), byCategory };
}

/** The values the register's filters offer: units, rooms and key workers of residents in care. */
export async function residentFacets() {
  const docs = await Resident.find({ current: true }, { unit: 1, room: 1, keyWorkerId: 1 }).lean<
    Pick<ResidentDoc, 'unit' | 'room' | 'keyWorkerId'>[]
  >();
  const sorted = (values: (string | null | undefined)[]) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) =>
      a.localeCompare(b, 'vi'),
    );
  return {
    units: sorted(docs.map((d) => d.unit)),
    rooms: sorted(docs.map((d) => d.room)),
    keyWorkerIds: sorted(docs.map((d) => d.keyWorkerId?.toString())),
  };
}
