// The reads the scale benchmark times, twice: through the app's own services and models ('app'),
// and as the same query shapes through the plain driver ('driver').
import mongoose from 'mongoose';
import { listAuditEvents } from '@care/server/audit/audit.service';
import { auditQuerySchema } from '@care/shared/audit';
import { residentCategories, residentListQuerySchema } from '@care/shared/residents';
import { listResidentNotes, listShiftNotes } from '@care/server/notes/notes.service';
import { findLatest } from '@care/server/platform/latest';
import { getResident, listResidents, readResident } from '@care/server/residents/residents.service';
import { readTimeline } from '@care/server/timeline/timeline.service';
import { readMonth } from '@care/server/rota/rota-month';
import { addMonths } from '@care/shared/rota';
import { lookbackOf } from '@care/shared/rota-rules';
import { centreDay } from '@care/shared/dates';
import { searchWords } from '@care/shared/names';
import type { Centre } from './centre';

export const queryNames = [
  'register: residents in care',
  'register: search by name',
  'one resident (audited read)',
  "a resident's latest 50 notes",
  'the notes of one shift',
  "a resident's timeline (first page)",
  'audit trail by user',
  'audit trail by record',
  'rota: a month grid, whole centre',
  "rota: this or last month's grid",
] as const;
export type QueryName = (typeof queryNames)[number];
export type Path = 'app' | 'driver';

const pick = <T>(items: T[], i: number) => items[i % items.length]!;

/** Reads with no plain-driver twin (they gather several collections in code). */
export const appOnly: readonly QueryName[] = ["a resident's timeline (first page)"];

/** Runs query `name` with the i-th parameters; resolves to the number of documents returned. */
export function runQuery(path: Path, name: QueryName, centre: Centre, i: number): Promise<number> {
  const resident = pick(centre.residents, i * 17);
  const actor = { id: pick(centre.staff, i), fullName: 'Nhân viên' };
  const db = mongoose.connection.db!;
  const raw = (name: string) => ({
    find: (filter: Record<string, unknown>) => ({
      lean: <R>() => db.collection(name).find(filter).toArray() as unknown as Promise<R>,
    }),
  });
  switch (name) {
    case 'register: residents in care': {
      const category = pick([...residentCategories], i);
      if (path === 'app')
        return listResidents(residentListQuerySchema.parse({ category, pageSize: 20 })).then(
          (r) => r.items.length,
        );
      const filter = { current: true, categories: category };
      return Promise.all([
        db.collection('residents').find(filter).sort({ sortName: 1, code: 1 }).limit(20).toArray(),
        db.collection('residents').countDocuments(filter),
      ]).then(([items]) => items.length);
    }
    case 'register: search by name': {
      // What a carer types: the given name without accents, then the family name.
      const words = searchWords(resident.fullName);
      const q = `${words.at(-1)} ${words[0]}`;
      if (path === 'app')
        return listResidents(residentListQuerySchema.parse({ q, status: 'all' })).then(
          (r) => r.items.length,
        );
      const [longest, ...rest] = [...searchWords(q)].sort((a, b) => b.length - a.length);
      return db
        .collection('residents')
        .find({ searchPrefixes: longest, $and: rest.map((w) => ({ searchPrefixes: w })) })
        .limit(20)
        .toArray()
        .then((r) => r.length);
    }
    case 'one resident (audited read)':
      if (path === 'app') return readResident(resident.id, actor).then(() => 1);
      return db
        .collection('residents')
        .findOne({ _id: new mongoose.mongo.ObjectId(resident.id) })
        .then(async (doc) => {
          const at = new Date();
          await db
            .collection('audit_events')
            .insertOne({ at, action: 'read', entityId: resident.id });
          return doc ? 1 : 0;
        });
    case "a resident's latest 50 notes":
      if (path === 'app')
        return listResidentNotes(resident.id, centre.since).then((r) => r.items.length);
      return findLatest(
        raw('care_notes'),
        { residentId: new mongoose.mongo.ObjectId(resident.id) },
        {
          grain: 'month',
          grains: ['day', 'month', 'year'],
          limit: 50,
          since: centre.since,
          maxQueries: 12,
        },
      ).then((r) => r.items.length);
    case 'the notes of one shift': {
      const shiftKey = pick(centre.shiftKeys, i * 7);
      if (path === 'app') return listShiftNotes(shiftKey).then((r) => r.length);
      return db
        .collection('care_notes')
        .find({ shiftKey })
        .toArray()
        .then((r) => r.length);
    }
    case 'rota: a month grid, whole centre':
      // Any of the five years' months, as a planner browsing the history opens it.
      return readGrid(path, pick(centre.rota!.months, i * 7), actor.id);
    case "rota: this or last month's grid":
      // What the duty desk and the planners open all day.
      return readGrid(path, centre.rota!.months.at(-1 - (i % 2))!, actor.id);
    case "a resident's timeline (first page)":
      return getResident(resident.id).then((doc) =>
        readTimeline(doc, { today: centreDay() }).then((r) => r.items.length),
      );
    case 'audit trail by user':
    case 'audit trail by record': {
      const filter =
        name === 'audit trail by user' ? { actorId: actor.id } : { record: resident.code };
      if (path === 'app')
        return listAuditEvents(auditQuerySchema.parse({ ...filter, limit: 50 })).then(
          (r) => r.items.length,
        );
      const byUser = name === 'audit trail by user';
      return findLatest(raw('audit_events'), byUser ? {} : { entityLabel: resident.code }, {
        grain: byUser ? 'day' : 'month',
        grains: byUser ? ['day', 'month'] : ['hour', 'day', 'month', 'year'],
        limit: 50,
        since: centre.since,
        maxQueries: 24,
        periodFilter: byUser
          ? (grain, key) => ({
              [grain === 'day' ? 'actorDay' : 'actorMonth']: `${actor.id}/${key}`,
            })
          : undefined,
      }).then((r) => r.items.length);
    }
  }
}

/** A month's grid (entries, rules, violations) through the app, or its reads through the driver. */
function readGrid(path: Path, month: string, viewerId: string): Promise<number> {
  const viewer = { id: viewerId, fullName: 'Quản lý', role: 'manager' } as Express.User;
  if (path === 'app') return readMonth(month, viewer).then((m) => m.entries.length);
  const db = mongoose.connection.db!;
  const find = (name: string, filter: object = {}) =>
    db.collection(name).find(filter).limit(1000).toArray();
  return Promise.all([
    find('rota_entries', { month }),
    ...lookbackOf({ from: `${month}-01`, to: `${month}-28` }).map((day) =>
      find('rota_entries', { day }),
    ),
    find('rota_months', { _id: month }),
    find('rota_months', { year: month.slice(0, 4) }),
    find('shift_templates'),
    find('coverage_rules'),
    find('rota_settings'),
    find('leave', { months: { $in: [addMonths(month, -1), month] }, status: 'approved' }),
    find('users', { role: { $ne: 'admin' } }),
    find('staff_profiles'),
  ]).then(([entries]) => entries.length);
}
