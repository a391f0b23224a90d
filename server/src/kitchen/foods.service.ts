// The food library: find (with or without diacritics), add the centre's own foods, price and
// correct any food, delete (kept for the recipes and menus that name it).
import type { z } from 'zod';
import {
  tableLockedFoodFields,
  type foodCreateSchema,
  type foodEditSchema,
  type FoodListQuery,
} from '@care/shared/foods';
import { accentScore, searchWords } from '@care/shared/names';
import { recordChange, type Actor } from '../audit/audit.service';
import { AppError, notFound, staleVersion } from '../platform/errors';
import { findPage } from '../platform/find-page';
import { updateVersioned } from '../platform/versioned';
import { foodSearchKeys } from './food-table';
import { auditedFoodFields, Food, type FoodDoc } from './food.model';
import { refreshRecipesUsing } from './recipe-foods';

type Person = { id: string; fullName: string };

const audit = (actor: Actor, action: 'create' | 'update', before: FoodDoc | null, after: FoodDoc) =>
  recordChange({
    actor,
    action,
    entity: 'food',
    entityId: after._id.toString(),
    entityLabel: after.code ?? after.name,
    before,
    after,
    fields: auditedFoodFields,
  });

export async function listFoods(query: FoodListQuery) {
  const filter: Record<string, unknown> = { deleted: false };
  if (query.group) filter.group = query.group;
  if (query.source) filter.source = query.source;
  const words = searchWords(query.q ?? '').sort((a, b) => b.length - a.length);
  if (!words[0]) return findPage<FoodDoc>(Food, filter, { sortName: 1, code: 1 }, query);
  // The longest word is a top-level equality (answered by the index); the rest refine it.
  filter.searchPrefixes = words[0];
  if (words.length > 1) filter.$and = words.slice(1).map((w) => ({ searchPrefixes: w }));
  const found = await Food.find(filter).limit(2000).lean<FoodDoc[]>();
  const q = query.q ?? '';
  // Foods named with the accents as typed first, then shorter names (the plain food), then A–Z.
  const ranked = found
    .map((d) => ({ d, s: accentScore(d.name, q) }))
    .sort(
      (a, b) =>
        b.s - a.s ||
        a.d.name.length - b.d.name.length ||
        (a.d.sortName < b.d.sortName ? -1 : a.d.sortName > b.d.sortName ? 1 : 0),
    )
    .map((x) => x.d);
  const start = (query.page - 1) * query.pageSize;
  return { items: ranked.slice(start, start + query.pageSize), total: ranked.length };
}

export async function getFood(id: string): Promise<FoodDoc> {
  const doc = await Food.findById(id).lean<FoodDoc>();
  if (!doc) throw notFound();
  return doc;
}

export async function addFood(
  input: z.output<typeof foodCreateSchema>,
  actor: Person,
): Promise<FoodDoc> {
  const doc = (
    await Food.create({
      ...input,
      code: null,
      source: 'centre',
      state: 'raw',
      ...foodSearchKeys({ ...input, code: null }),
      updatedBy: actor,
    })
  ).toObject() as unknown as FoodDoc;
  await audit(actor, 'create', null, doc);
  return doc;
}

export async function editFood(
  id: string,
  input: z.output<typeof foodEditSchema>,
  actor: Person,
): Promise<FoodDoc> {
  const before = await getFood(id);
  if (before.version !== input.version) throw staleVersion();
  if (before.deleted) throw new AppError('food_deleted');
  const { version, ...set } = input;
  if (before.source === 'table2007' && tableLockedFoodFields.some((f) => set[f] !== undefined))
    throw new AppError('reference_food_locked');
  const named = { name: set.name ?? before.name, nameEn: set.nameEn ?? before.nameEn };
  const after = await updateVersioned<FoodDoc>(Food, id, version, {
    $set: {
      ...set,
      ...(set.name !== undefined || set.nameEn !== undefined
        ? foodSearchKeys({ ...named, code: before.code })
        : {}),
      updatedBy: actor,
    },
  });
  await audit(actor, 'update', before, after);
  await refreshRecipesUsing(after);
  return after;
}

/** Deleted foods leave searches and new recipes; recipes that name them must replace them. */
export async function deleteFood(id: string, version: number, actor: Person): Promise<FoodDoc> {
  const before = await getFood(id);
  if (before.version !== version) throw staleVersion();
  if (before.deleted) throw notFound();
  const after = await updateVersioned<FoodDoc>(Food, id, version, {
    $set: { deleted: true, updatedBy: actor },
  });
  await audit(actor, 'update', before, after);
  await refreshRecipesUsing(after);
  return after;
}

/**
 * Foods by id (deleted ones too): one equality read each, in parallel (the embedded engine answers
 * `_id` equality from its index, but `$in` by reading the whole library).
 */
export async function foodsByIds(ids: readonly string[]): Promise<Map<string, FoodDoc>> {
  const docs = await Promise.all([...new Set(ids)].map((id) => Food.findById(id).lean<FoodDoc>()));
  return new Map(docs.filter((d) => d !== null).map((d) => [d._id.toString(), d]));
}
