// Family and reintegration: save the members and the plan at the version read, log each visit
// or call, and read them back.
import mongoose from 'mongoose';
import type { z } from 'zod';
import type { contactLogSchema, familySaveSchema, FamilyView } from '@care/shared/family';
import { recordAudit, type Actor } from '../audit/audit.service';
import { isDuplicateKey } from '../platform/db';
import { staleVersion } from '../platform/errors';
import { getResident } from '../residents/residents.service';
import { ContactLog, Family, type ContactLogDoc, type FamilyDoc } from './family.model';

const withId = <T extends { id?: string }>(items: T[]) =>
  items.map((i) => ({ ...i, id: i.id ?? new mongoose.Types.ObjectId().toString() }));

const empty = (residentId: string): FamilyView => ({
  residentId,
  members: [],
  reintegration: {
    stage: 'not_started',
    familyAssessment: '',
    assessedOn: null,
    steps: [],
    returnedOn: null,
    followUpVisits: [],
  },
  version: 0,
});

export async function readFamily(residentId: string): Promise<FamilyView> {
  await getResident(residentId);
  const doc = await Family.findById(residentId).lean<FamilyDoc>();
  return doc ? { ...empty(residentId), ...doc, residentId } : empty(residentId);
}

/** Creating the document is the first save (version 0); a parallel first save gets a 409. */
export async function saveFamily(
  residentId: string,
  input: z.output<typeof familySaveSchema>,
  actor: Actor,
): Promise<FamilyView> {
  const resident = await getResident(residentId);
  const { version, members, reintegration } = input;
  const set = {
    members,
    reintegration: {
      ...reintegration,
      steps: withId(reintegration.steps),
      followUpVisits: withId(reintegration.followUpVisits),
    },
  };
  let doc: FamilyDoc | null;
  if (version === 0 && !(await Family.exists({ _id: residentId }))) {
    try {
      doc = (await Family.create({ _id: residentId, ...set, version: 1 })).toObject() as FamilyDoc;
    } catch (err) {
      // Another first save won the race; anything else is a real failure.
      if (isDuplicateKey(err)) throw staleVersion();
      throw err;
    }
  } else {
    doc = await Family.findOneAndUpdate(
      { _id: residentId, version },
      { $set: set, $inc: { version: 1 } },
      { returnDocument: 'after' },
    ).lean<FamilyDoc>();
    if (!doc) throw staleVersion();
  }
  await recordAudit({
    actor,
    action: 'update',
    entity: 'resident',
    entityId: residentId,
    entityLabel: resident.code,
    changes: [
      { field: 'family', before: null, after: `${members.length} / ${reintegration.stage}` },
    ],
  });
  return { ...doc, residentId };
}

export async function logContact(
  residentId: string,
  input: z.output<typeof contactLogSchema>,
  by: { id: string; fullName: string },
): Promise<ContactLogDoc> {
  await getResident(residentId);
  const doc = await ContactLog.create({
    ...input,
    residentId,
    month: input.on.slice(0, 7),
    by: by.fullName,
    byId: by.id,
  });
  return doc.toObject() as ContactLogDoc;
}

/** The latest contacts, newest first (a few a month at most; the last 200). */
export async function listContacts(residentId: string): Promise<ContactLogDoc[]> {
  await getResident(residentId);
  const docs = await ContactLog.find({ residentId }).limit(2000).lean<ContactLogDoc[]>();
  return docs.sort((a, b) => (a.on < b.on ? 1 : -1)).slice(0, 200);
}
