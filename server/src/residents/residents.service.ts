// Residents: admission, lists, the audited read of a full record, counts for the dashboard.
import {
  residentAdmitSchema,
  residentCategories,
  type ResidentCounts,
  type ResidentListQuery,
} from '@care/shared/residents';
import { escapeRegex, foldName } from '@care/shared/text';
import type { z } from 'zod';
import { recordAudit, recordChange, type Actor } from '../audit/audit.service';
import { notFound } from '../platform/errors';
import { nextSequence } from '../platform/counters';
import { findPage } from '../platform/find-page';
import { auditedResidentFields, Resident, type ResidentDoc } from './resident.model';

async function nextCode(): Promise<string> {
  return `DT-${String(await nextSequence('resident')).padStart(4, '0')}`;
}

export async function admitResident(
  input: z.output<typeof residentAdmitSchema>,
  actor: Actor,
): Promise<ResidentDoc> {
  const doc = (
    await Resident.create({
      ...input,
      code: await nextCode(),
      searchName: foldName(input.fullName),
    })
  ).toObject() as ResidentDoc;
  await recordChange({
    actor,
    action: 'create',
    entity: 'resident',
    entityId: doc._id.toString(),
    entityLabel: doc.code,
    before: null,
    after: doc,
    fields: auditedResidentFields,
  });
  return doc;
}

export async function listResidents(
  query: ResidentListQuery,
): Promise<{ items: ResidentDoc[]; total: number }> {
  const filter: Record<string, unknown> = {};
  if (query.category) filter.category = query.category;
  if (query.status) filter.status = query.status;
  if (query.q) filter.searchName = { $regex: escapeRegex(foldName(query.q)) };
  return findPage<ResidentDoc>(Resident, filter, { code: 1 }, query);
}

/** Reading a full record is personal-data processing (Decree 13/2023): it is audited. */
export async function readResident(id: string, actor: Actor): Promise<ResidentDoc> {
  const doc = await Resident.findById(id).lean<ResidentDoc>();
  if (!doc) throw notFound();
  await recordAudit({
    actor,
    action: 'read',
    entity: 'resident',
    entityId: id,
    entityLabel: doc.code,
  });
  return doc;
}

export async function countResidents(): Promise<ResidentCounts> {
  const rows = await Resident.aggregate<{ _id: string; n: number }>([
    { $match: { status: 'in_care' } },
    { $group: { _id: '$category', n: { $sum: 1 } } },
  ]);
  const byCategory = Object.fromEntries(
    residentCategories.map((c) => [c, 0]),
  ) as ResidentCounts['byCategory'];
  for (const row of rows)
    if (row._id in byCategory) byCategory[row._id as keyof typeof byCategory] = row.n;
  return { total: rows.reduce((s, r) => s + r.n, 0), byCategory };
}
