// The WHO growth LMS table shipped in shared/data (see its README for the citation), read once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGrowthTable, type GrowthTable } from '@care/shared/growth';
import { repoRoot } from '../platform/paths';

let table: GrowthTable | null = null;

export function growthTable(): GrowthTable {
  table ??= parseGrowthTable(
    readFileSync(path.join(repoRoot, 'shared', 'data', 'who-growth-lms.csv'), 'utf8'),
  );
  return table;
}
