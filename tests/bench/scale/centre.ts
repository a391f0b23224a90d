// A large centre for the scale benchmark, generated deterministically and inserted in bulk with
// the driver: residents, staff ids, care notes and audit events over five years.
import mongoose from 'mongoose';
import { periodKeys } from '@care/shared/periods';
import { residentAdmitSchema, residentCategories } from '@care/shared/residents';
import { derivedFields } from '@care/server/residents/resident-derived';
import { buildResident } from '@care/shared/factories/residents';
import { createRandom } from '@care/shared/random';
import { noteTypes, shiftOf } from '@care/shared/care-notes';
import { auditKeys } from '@care/server/audit/audit.service';
import { generateRota, type RotaHistory } from './rota';

const { ObjectId } = mongoose.mongo;
type Db = mongoose.mongo.Db;

export type Scale = {
  residents: number;
  staff: number;
  notes: number;
  audit: number;
  years: number;
};
export const fullScale: Scale = {
  residents: 500,
  staff: 37,
  notes: 1_000_000,
  audit: 1_000_000,
  years: 5,
};

export type Centre = {
  residents: { id: string; code: string; fullName: string }[];
  staff: string[];
  /** Shift keys that hold notes, to pick from when reading a shift. */
  shiftKeys: string[];
  /** When the centre's records begin (admissions, the audit trail). */
  since: Date;
  /** The months of rota history (absent from a centre kept by an older benchmark). */
  rota?: RotaHistory;
};

async function insertInBatches(db: Db, name: string, total: number, make: (i: number) => object) {
  const batch = 2_000;
  for (let i = 0; i < total; i += batch) {
    const docs = Array.from({ length: Math.min(batch, total - i) }, (_, j) => make(i + j));
    await db.collection(name).insertMany(docs, { ordered: false });
  }
}

export async function generateCentre(
  db: Db,
  scale: Scale,
  progress: (line: string) => void = () => {},
): Promise<Centre> {
  const random = createRandom(20261126);
  const now = Date.now();
  const span = scale.years * 365 * 86_400_000;
  const staff = Array.from({ length: scale.staff }, () => new ObjectId());
  const residents = Array.from({ length: scale.residents }, (_, i) => {
    const { admission, ...input } = residentAdmitSchema.parse(
      buildResident(residentCategories[i % 5]!, {}, random),
    );
    const _id = new ObjectId();
    // About a fifth are in care today; the rest were discharged over the years.
    const closure =
      i % 5 === 0
        ? null
        : {
            date: admission.date,
            reason: 'transfer',
            note: '',
            handover: { receivedBy: '', address: '', items: '' },
          };
    const record = {
      ...input,
      code: `DT-${String(i + 1).padStart(4, '0')}`,
      episodes: [{ id: String(new ObjectId()), admission, absences: [], closure }],
    };
    return {
      _id,
      ...record,
      ...derivedFields(record, String(_id)),
      version: 0,
      createdAt: new Date(now - span),
      updatedAt: new Date(now - span),
    };
  });
  await db.collection('residents').insertMany(residents);
  progress(`  ${residents.length} residents`);

  const texts = Array.from({ length: 200 }, () => random.lorem.sentences({ min: 1, max: 3 }));
  const shiftKeys = new Set<string>();
  let started = Date.now();
  await insertInBatches(db, 'care_notes', scale.notes, (i) => {
    const at = new Date(now - Math.floor(((i * 7919) % scale.notes) * (span / scale.notes)));
    const key = shiftOf(at).key;
    if (i % 97 === 0) shiftKeys.add(key);
    const { day, month, year } = periodKeys(at);
    return {
      residentId: residents[(i * 31) % residents.length]!._id,
      authorId: staff[i % staff.length],
      at,
      day,
      month,
      year,
      shiftKey: key,
      type: noteTypes[i % noteTypes.length],
      text: texts[i % texts.length],
    };
  });
  progress(`  ${scale.notes} care notes in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  started = Date.now();
  const actions = ['read', 'read', 'read', 'update', 'create', 'login', 'logout'] as const;
  await insertInBatches(db, 'audit_events', scale.audit, (i) => {
    const at = new Date(now - Math.floor(((i * 104729) % scale.audit) * (span / scale.audit)));
    const action = actions[i % actions.length]!;
    const resident = residents[(i * 13) % residents.length]!;
    const session = action === 'login' || action === 'logout';
    const actorId = staff[(i * 7) % staff.length]!;
    return {
      at,
      ...auditKeys(at, String(actorId)),
      actorId,
      actorName: 'Nhân viên',
      action,
      entity: session ? 'session' : 'resident',
      entityId: session ? String(staff[i % staff.length]) : String(resident._id),
      entityLabel: session ? `user${i % staff.length}` : resident.code,
      changes:
        action === 'update'
          ? [{ field: 'room', before: `P${i % 40}`, after: `P${(i + 1) % 40}` }]
          : [],
    };
  });
  progress(`  ${scale.audit} audit events in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await db.collection('marks').insertOne({ _id: 'audit' as never, at: new Date(now - span) });
  const centre: Centre = {
    since: new Date(now - span),
    residents: residents.map((r) => ({ id: String(r._id), code: r.code, fullName: r.fullName })),
    staff: staff.map(String),
    shiftKeys: [...shiftKeys],
    rota: await generateRota(staff.map(String), scale.years, progress),
  };
  await db.collection('bench_centre').insertOne({ _id: 'centre' as never, ...centre });
  return centre;
}

/** A kept centre from before the rota existed gets its rota history once. */
export async function withRota(
  db: Db,
  centre: Centre,
  years: number,
  progress = (_: string) => {},
) {
  if (centre.rota) return centre;
  const rota = await generateRota(centre.staff, years, progress);
  await db.collection('bench_centre').updateOne({ _id: 'centre' as never }, { $set: { rota } });
  return { ...centre, rota };
}

/** The centre generated by an earlier run (BENCH_DATA_DIR), or null. */
export async function loadCentre(db: Db): Promise<Centre | null> {
  const doc = await db.collection('bench_centre').findOne({ _id: 'centre' as never });
  return doc ? (doc as unknown as Centre) : null;
}
