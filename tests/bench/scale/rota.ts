// Five years of a 24/7 rota for the scale centre: five units with a morning, an evening and a
// night shift (two, two and one person; fewer units for a small staff), the staff spread over them, every past
// month published. About 25 shifts a day, 45,000 over five years. Inserted through the models so
// their defaults and indexes are the app's own.
import { addMonths } from '@care/shared/rota';
import { shiftInstants } from '@care/shared/rota-rules';
import { centreDay } from '@care/shared/dates';
import { User } from '@care/server/users/user.model';
import { RotaEntry, RotaMonth } from '@care/server/rota/rota-entry.model';
import { CoverageRule, RotaUnit, ShiftTemplate } from '@care/server/rota/setup.models';
import { StaffProfile } from '@care/server/rota/staff.models';
import { foldName } from '@care/shared/text';

export type RotaHistory = { months: string[] };

const shifts = [
  { code: 'S', name: 'Ca sáng', start: '06:00', end: '14:00', crossesMidnight: false, people: 2 },
  { code: 'C', name: 'Ca chiều', start: '14:00', end: '22:00', crossesMidnight: false, people: 2 },
  { code: 'Đ', name: 'Ca đêm', start: '22:00', end: '06:00', crossesMidnight: true, people: 1 },
];
const template = { breakMinutes: 30, breakPaid: true, kind: 'regular', restAfterHours: 0 };

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export async function generateRota(
  staffIds: string[],
  years: number,
  progress: (line: string) => void = () => {},
): Promise<RotaHistory> {
  await User.insertMany(
    staffIds.map((id, i) => ({
      _id: id,
      username: `bench.staff${i}`,
      fullName: `Nhân viên ${i + 1}`,
      sortName: foldName(`Nhân viên ${i + 1}`),
      role: 'carer',
      passwordHash: '-',
    })),
  );
  const units = await RotaUnit.insertMany(
    // Five shifts a day need five people in each unit's team.
    ['TE', 'NCT', 'KT', 'TT', 'BS']
      .slice(0, Math.max(1, Math.min(5, Math.floor(staffIds.length / 7))))
      .map((code) => ({ code, name: `Khu ${code}` })),
  );
  const plan = await Promise.all(
    units.map(async (unit) => {
      const unitId = unit._id.toString();
      const made = await ShiftTemplate.insertMany(
        shifts.map(({ people: _p, ...s }) => ({ ...s, ...template, unitId, dutyAllowance: false })),
      );
      await CoverageRule.insertMany(
        made.map((t, i) => ({
          unitId,
          templateId: t._id.toString(),
          qualification: 'carer',
          key: `${unitId}/${t._id}/carer`,
          min: shifts[i]!.people,
          preferred: shifts[i]!.people,
        })),
      );
      return { unitId, templates: made.map((t, i) => ({ doc: t, people: shifts[i]!.people })) };
    }),
  );
  const team = (u: number) => staffIds.filter((_, i) => i % units.length === u);
  await StaffProfile.insertMany(
    staffIds.map((id, i) => ({
      _id: id,
      qualifications: ['carer'],
      unitIds: [plan[i % units.length]!.unitId],
      contractHoursPerWeek: 40,
      sex: i % 2 ? 'male' : 'female',
    })),
  );

  const today = centreDay();
  const last = today.slice(0, 7);
  const months = [addMonths(last, -12 * years + 1)];
  while (months.at(-1)! < last) months.push(addMonths(months.at(-1)!, 1));
  await RotaMonth.insertMany(
    months.map((m) => ({ _id: m, year: m.slice(0, 4), state: m < last ? 'published' : 'draft' })),
  );
  let total = 0;
  for (const month of months) {
    const docs: object[] = [];
    for (let day = `${month}-01`; day.startsWith(month); day = nextDay(day)) {
      const d = Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
      plan.forEach((unit, u) => {
        const people = team(u);
        let slot = 0;
        for (const { doc, people: count } of unit.templates)
          for (let k = 0; k < count; k++, slot++) {
            const staffId = people[(d * 5 + slot) % people.length]!;
            const { start, end } = shiftInstants(day, doc.toObject() as never);
            docs.push({
              staffId,
              day,
              month,
              year: month.slice(0, 4),
              unitId: unit.unitId,
              templateId: doc._id.toString(),
              start: new Date(start),
              end: new Date(end),
            });
          }
      });
    }
    await RotaEntry.insertMany(docs);
    total += docs.length;
  }
  progress(`  ${total} rota shifts over ${months.length} months`);
  return { months };
}
