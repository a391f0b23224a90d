// The demo centre's residents, about 100 across the five categories.
import type { ResidentCategory } from '@care/shared/residents';
import { residentAdmitSchema } from '@care/shared/residents';
import { admitResident } from '@care/server/residents/residents.service';
import type { Actor } from '@care/server/audit/audit.service';
import { buildResident } from '@care/shared/factories/residents';
import type { Random } from '@care/shared/random';

const census: [ResidentCategory, number][] = [
  ['orphan', 30],
  ['elderly', 30],
  ['disabled', 20],
  ['mental_illness', 14],
  ['emergency_protection', 6],
];

export async function seedResidents(random: Random, admittedBy: Actor): Promise<number> {
  let admitted = 0;
  for (const [category, count] of census) {
    for (let i = 0; i < count; i++) {
      await admitResident(
        residentAdmitSchema.parse(buildResident(category, {}, random)),
        admittedBy,
      );
      admitted++;
    }
  }
  return admitted;
}
