// One-off data migrations, each run once per database and remembered in `migrations`.
import mongoose from 'mongoose';
import { markEarliest } from '../platform/marks';
import { auditKeys } from '../audit/audit.service';
import { tableAllergens } from '@care/shared/foods';
import { ensureFoodTable, foodTableRows } from '../kitchen/food-table';
import { Food, tableFoodId, type FoodDoc } from '../kitchen/food.model';
import { refreshRecipesUsing } from '../kitchen/recipe-foods';

type Migration = { id: string; run: (db: mongoose.mongo.Db) => Promise<number> };

const migrations: Migration[] = [
  {
    // Audit events written before lists read them by period lacked their period keys.
    id: '2026-11-audit-period-keys',
    run: async (db) => {
      const events = db.collection<{ _id: unknown; at: Date; actorId: unknown; day?: string }>(
        'audit_events',
      );
      let changed = 0;
      const old = events.find({ day: { $exists: false } }, { projection: { at: 1, actorId: 1 } });
      for await (const e of old) {
        await events.updateOne(
          { _id: e._id },
          { $set: auditKeys(e.at, e.actorId ? String(e.actorId) : null) },
        );
        changed++;
      }
      return changed;
    },
  },
  {
    // Newest-first walks stop where the trail began.
    id: '2026-11-audit-since',
    run: async (db) => {
      let earliest: Date | null = null;
      for await (const e of db
        .collection<{ at: Date }>('audit_events')
        .find({}, { projection: { at: 1 } }))
        if (!earliest || e.at < earliest) earliest = e.at;
      if (earliest) await markEarliest('audit', earliest);
      return earliest ? 1 : 0;
    },
  },
  {
    // The food library starts with the Vietnamese food composition table 2007 (526 foods).
    id: '2026-11-food-table-2007',
    run: () => ensureFoodTable(),
  },
  {
    // The table's allergen prefill read words inside words ("ốc" in "Cốc tai", "bơ" in "cá bơn")
    // and missed some ("mỳ", fish roe): foods nobody has edited (version 0) take the corrected
    // tags, and the recipes using them their derived allergens.
    id: '2026-11-food-table-allergens',
    run: async () => {
      const tags = new Map(
        foodTableRows().map((r) => [tableFoodId(r.code!).toString(), tableAllergens(r as never)]),
      );
      let changed = 0;
      const foods = await Food.find({ source: 'table2007', version: 0 }).lean<FoodDoc[]>();
      for (const food of foods) {
        const wanted = tags.get(food._id.toString());
        if (!wanted || wanted.join() === food.allergens.join()) continue;
        const after = await Food.findOneAndUpdate(
          { _id: food._id, version: 0 },
          { $set: { allergens: wanted } },
          { returnDocument: 'after' },
        ).lean<FoodDoc>();
        if (after) await refreshRecipesUsing(after);
        changed++;
      }
      return changed;
    },
  },
];

export async function runMigrations(log: (line: string) => void = () => {}): Promise<void> {
  const db = mongoose.connection.db!;
  const done = db.collection<{ _id: string; at: Date; changed: number }>('migrations');
  for (const m of migrations) {
    if (await done.findOne({ _id: m.id })) continue;
    // Migrations are idempotent: two server processes starting together may both run one; the
    // second to record it finds it recorded (duplicate key) and goes on.
    const changed = await m.run(db);
    const recorded = await done.insertOne({ _id: m.id, at: new Date(), changed }).then(
      () => true,
      (e: { code?: number }) => (e.code === 11000 ? false : Promise.reject(e)),
    );
    if (changed && recorded) log(`Migration ${m.id}: ${changed} documents updated.`);
  }
}
