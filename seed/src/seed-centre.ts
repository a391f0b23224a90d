// Builds the demo centre through the services, one module per domain, from a fixed seed.
import mongoose from 'mongoose';
import { forgetMarks } from '@care/server/platform/marks';
import { User } from '@care/server/users/user.model';
import { createRandom } from '@care/shared/random';
import { seedHealthRecords } from './health-records';
import { seedCarePlans } from './care-plans';
import { seedResidents } from './residents';
import { seedCareRecords } from './care-records';
import { seedStaff } from './staff';
import { seedRota } from './rota';
import { seedKitchen } from './kitchen';
import { seedMenus } from './menus';
import { seedDuty } from './duty';
import { seedFoodSafety } from './food-safety';
import { seedRotaSwaps } from './rota-swaps';

export async function seedCentre(): Promise<{ staff: number; residents: number }> {
  const random = createRandom();
  const staff = await seedStaff(random);
  const manager = staff.find((s) => s.role === 'manager')!;
  const residents = await seedResidents(
    random,
    { id: manager._id.toString(), fullName: manager.fullName },
    staff,
  );
  await seedCareRecords(random, residents, staff);
  await seedHealthRecords(staff);
  await seedCarePlans(random, staff);
  // The rota draws from its own stream so the records above stay as they were.
  await seedRota(createRandom(909), staff);
  await seedKitchen(staff);
  const cook = staff.find((s) => s.role === 'kitchen')!;
  await seedMenus(
    { id: cook._id.toString(), fullName: cook.fullName },
    { id: manager._id.toString(), fullName: manager.fullName },
  );
  await seedFoodSafety({ id: cook._id.toString(), fullName: cook.fullName });
  await seedDuty(createRandom(910), staff);
  await seedRotaSwaps(staff);
  return { staff: staff.length, residents: residents.length };
}

/** First run only: an empty database gets the demo centre. */
export async function seedIfEmpty(): Promise<boolean> {
  if (await User.exists({})) return false;
  await seedCentre();
  return true;
}

/** `npm run seed`: the demo database is emptied and built again. */
export async function reseed(): Promise<{ staff: number; residents: number }> {
  await mongoose.connection.dropDatabase();
  forgetMarks();
  await Promise.all(Object.values(mongoose.models).map((m) => m.init()));
  return seedCentre();
}
