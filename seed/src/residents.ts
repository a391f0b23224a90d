// The demo centre's residents: about 100 in care across the five categories, with key workers,
// a few away on home visits or in hospital, and earlier residents who left for the reasons
// Decree 20 lists, one of whom came back.
import type { ResidentCategory } from '@care/shared/residents';
import { closureReasons, residentAdmitSchema } from '@care/shared/residents';
import { admitResident } from '@care/server/residents/residents.service';
import {
  closeEpisode,
  readmitResident,
  startAbsence,
} from '@care/server/residents/resident-episodes.service';
import type { ResidentDoc } from '@care/server/residents/resident.model';
import type { UserDoc } from '@care/server/users/user.model';
import type { Actor } from '@care/server/audit/audit.service';
import { buildResident } from '@care/shared/factories/residents';
import { daysBefore, demoDay, type Random } from '@care/shared/random';

export const census: [ResidentCategory, number][] = [
  ['orphan', 30],
  ['elderly', 30],
  ['disabled', 20],
  ['mental_illness', 14],
  ['emergency_protection', 6],
];
const pastResidents = 40;

export async function seedResidents(
  random: Random,
  admittedBy: Actor,
  staff: UserDoc[],
): Promise<ResidentDoc[]> {
  const keyWorkers = staff.filter((s) => s.role === 'social_worker').map((s) => s._id.toString());
  const admit = (category: ResidentCategory) =>
    admitResident(
      residentAdmitSchema.parse(
        buildResident(category, { keyWorkerId: random.helpers.arrayElement(keyWorkers) }, random),
      ),
      admittedBy,
    );
  const inCare: ResidentDoc[] = [];
  for (const [category, count] of census)
    for (let i = 0; i < count; i++) inCare.push(await admit(category));

  for (const [i, resident] of inCare.slice(0, 3).entries())
    await startAbsence(
      resident._id.toString(),
      {
        version: resident.version,
        kind: i === 0 ? 'hospital' : 'home_visit',
        from: daysBefore(demoDay, 3),
        expectedReturn: daysBefore(demoDay, -4),
        note:
          i === 0 ? 'Điều trị viêm phổi tại Bệnh viện đa khoa tỉnh.' : 'Về thăm gia đình dịp giỗ.',
      },
      admittedBy,
    );

  for (let i = 0; i < pastResidents; i++) {
    const category = census[i % census.length]![0];
    const resident = await admit(category);
    const admitted = resident.admissionDate!;
    const stay = Math.max(1, Math.floor((Date.parse(demoDay) - Date.parse(admitted)) / 864e5) - 1);
    const closed = await closeEpisode(
      resident._id.toString(),
      {
        version: resident.version,
        date: daysBefore(admitted, -random.number.int({ min: 1, max: stay })),
        reason:
          category === 'emergency_protection'
            ? 'family_reintegration'
            : random.helpers.arrayElement(closureReasons),
        note: '',
        handover: {
          receivedBy: '',
          address: '',
          items: 'Hồ sơ cá nhân, quần áo, đồ dùng cá nhân.',
        },
      },
      admittedBy,
    );
    // One came back: re-admission keeps the earlier episode.
    if (i === 0)
      await readmitResident(
        closed._id.toString(),
        {
          version: closed.version,
          admission: {
            ...closed.episodes[0]!.admission,
            date: daysBefore(demoDay, 10),
            decision: {
              number: '88/QĐ-SYT',
              date: daysBefore(demoDay, 10),
              issuer: 'Sở Y tế tỉnh Lào Cai',
            },
            reviewDate: null,
            route: 'hardship',
          },
        },
        admittedBy,
      );
  }
  return inCare;
}
