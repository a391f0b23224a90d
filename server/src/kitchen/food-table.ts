// Loads the Vietnamese food composition table 2007 (shared/data, see its README for the citation)
// into the library: each missing table food is added; foods already there keep the kitchen's
// prices and allergen corrections. Safe to run at every start and from two servers at once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { foodFromTableRow, parseFoodTable, type TableRow } from '@care/shared/foods';
import { foldName } from '@care/shared/text';
import { searchPrefixes } from '@care/shared/names';
import { isDuplicateKey } from '../platform/db';
import { repoRoot } from '../platform/paths';
import { Food, tableFoodId } from './food.model';

let rows: TableRow[] | null = null;
export function foodTableRows(): TableRow[] {
  rows ??= parseFoodTable(
    readFileSync(path.join(repoRoot, 'shared', 'data', 'vn-food-composition-2007.csv'), 'utf8'),
  );
  return rows;
}

/** The derived search keys of a food. */
export const foodSearchKeys = (f: { name: string; nameEn: string; code: string | null }) => ({
  searchPrefixes: searchPrefixes(f.name, f.nameEn, f.code ?? ''),
  sortName: foldName(f.name),
});

/** Adds the table foods the library lacks; returns how many were added. */
export async function ensureFoodTable(): Promise<number> {
  const present = new Set(
    (await Food.find({ source: 'table2007' }).select({ _id: 1 }).lean<{ _id: unknown }[]>()).map(
      (d) => String(d._id),
    ),
  );
  const missing = foodTableRows()
    .map(foodFromTableRow)
    .filter((f) => !present.has(tableFoodId(f.code).toString()))
    .map((f) => ({ _id: tableFoodId(f.code), ...f, ...foodSearchKeys(f) }));
  if (missing.length === 0) return 0;
  try {
    await Food.insertMany(missing, { ordered: false });
  } catch (e) {
    // Another server loaded some of them at the same moment: theirs are the same rows.
    if (!isDuplicateKey(e)) throw e;
  }
  return missing.length;
}
