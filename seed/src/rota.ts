// The demo centre's duty rota: five units with their shifts, the year's public holidays, rostering
// profiles for every duty account, coverage rules, this month's rota published and next month's
// left as a draft with a few deliberate mistakes for the manager to find. The shifts are laid by a
// simple greedy pass (fewest shifts first, rest and weekly limits kept); the auto-rostering solver
// is its own part.
import { centreDay } from '@care/shared/dates';
import {
  addDays,
  addMonths,
  isoWeekday,
  mondayOf,
  monthDays,
  type Qualification,
  type StaffSex,
  type TemplateInput,
} from '@care/shared/rota';
import { dayStart, shiftInstants, workedHours } from '@care/shared/rota-rules';
import type { Random } from '@care/shared/random';
import { checkMonth } from '@care/server/rota/rota-check';
import { ensureMonth, placeShifts, publishMonth } from '@care/server/rota/rota.service';
import {
  createCoverage,
  createTemplate,
  createUnit,
  editSettings,
  getSettings,
  prefillHolidays,
  settingsOf,
} from '@care/server/rota/setup.service';
import type { TemplateDoc } from '@care/server/rota/setup.models';
import { decideLeave, requestLeave, saveProfile } from '@care/server/rota/staff.service';
import type { UserDoc } from '@care/server/users/user.model';
import { coverageInputSchema, profileInputSchema, templateInputSchema } from '@care/shared/rota';

type UnitKey = 'children' | 'elderly' | 'disability' | 'mental' | 'kitchen';
const units: [UnitKey, string, string][] = [
  ['children', 'TE', 'Khu Trẻ em'],
  ['elderly', 'NCT', 'Khu Người cao tuổi'],
  ['disability', 'NKT', 'Khu Người khuyết tật'],
  ['mental', 'TT', 'Khu Tâm thần'],
  ['kitchen', 'BEP', 'Nhà bếp'],
];

const eight: Omit<TemplateInput, 'unitId'>[] = [
  { code: 'S', name: 'Ca sáng', start: '06:00', end: '14:00', breakMinutes: 30 },
  { code: 'C', name: 'Ca chiều', start: '14:00', end: '22:00', breakMinutes: 30 },
  {
    code: 'Đ',
    name: 'Ca đêm',
    start: '22:00',
    end: '06:00',
    crossesMidnight: true,
    breakMinutes: 30,
  },
];
const twelve: Omit<TemplateInput, 'unitId'>[] = [
  {
    code: 'N12',
    name: 'Ca ngày 12 giờ',
    start: '07:00',
    end: '19:00',
    breakMinutes: 120,
    breakPaid: false,
  },
  {
    code: 'Đ12',
    name: 'Ca đêm 12 giờ',
    start: '19:00',
    end: '07:00',
    crossesMidnight: true,
    breakMinutes: 120,
    breakPaid: false,
  },
];
const duty: Omit<TemplateInput, 'unitId'> = {
  code: '24',
  name: 'Trực 24 giờ',
  start: '07:00',
  end: '07:00',
  crossesMidnight: true,
  kind: 'duty_24h',
  restAfterHours: 24,
  dutyAllowance: true,
};
const kitchen: Omit<TemplateInput, 'unitId'>[] = [
  { code: 'B1', name: 'Bếp sáng', start: '05:00', end: '13:00', breakMinutes: 30 },
  { code: 'B2', name: 'Bếp chiều', start: '13:00', end: '19:00' },
];

const femaleNames = new Set(
  'Loan Kim Ân Hoài Linh Lan Hương Mai Hoa Thảo Trang Ngọc Hà Phương Thu Hạnh Yến Nhung Dung Hằng Nga Vân Trinh Uyên Vy Nhi Ly Diệp Tuyết Xuân Hồng Huệ Phượng Quyên Thủy Oanh Ánh Châu Giang My Nhàn Thư Tâm Thoa Liên Hiền Huyền Duyên Hiền Chi Anh Diễm Lệ Cúc Đào Lụa'.split(
    ' ',
  ),
);
const sexOf = (fullName: string, i: number): StaffSex =>
  femaleNames.has(fullName.split(' ').at(-1)!) ? 'female' : i % 3 === 0 ? 'female' : 'male';

type Staff = {
  id: string;
  qualification: Qualification;
  unitKeys: UnitKey[];
  sex: StaffSex;
  unavailable: number[];
};
type Need = {
  unit: UnitKey;
  template: TemplateDoc;
  qualification: Qualification;
  count: number;
  sex: StaffSex | null;
};

export async function seedRota(random: Random, staff: UserDoc[]) {
  const manager = staff.find((s) => s.role === 'manager')!;
  const actor = { id: manager._id.toString(), fullName: manager.fullName, role: manager.role };
  const today = centreDay();
  const month = today.slice(0, 7);
  const next = addMonths(month, 1);

  // Weekly regime (Labour Code Art. 105): up to 10 normal hours a day, 48 a week.
  const settings = await getSettings();
  await editSettings(
    { ...settingsOf(settings), dailyNormalHours: 10, version: settings.version },
    actor,
  );
  for (const year of new Set([month, next].map((m) => Number(m.slice(0, 4)))).add(
    Number(month.slice(0, 4)) + 1,
  ))
    await prefillHolidays(year, actor);

  const unitIds = new Map<UnitKey, string>();
  const templates = new Map<UnitKey, TemplateDoc[]>();
  for (const [key, code, name] of units) {
    const unit = await createUnit({ code, name, active: true }, actor);
    const id = unit._id.toString();
    unitIds.set(key, id);
    const shapes =
      key === 'kitchen'
        ? kitchen
        : key === 'children' || key === 'elderly'
          ? [...eight]
          : [...twelve];
    if (key === 'elderly') shapes.push(duty);
    const made: TemplateDoc[] = [];
    for (const shape of shapes)
      made.push(await createTemplate(templateInputSchema.parse({ ...shape, unitId: id }), actor));
    templates.set(key, made);
  }

  // Profiles: managers and social workers keep the 24-hour duty (in the elderly unit's office),
  // nurses the 12-hour shifts of the disability and mental health units, carers one home unit and
  // a second, cooks the kitchen.
  const careUnits: UnitKey[] = ['children', 'elderly', 'disability', 'mental'];
  const people: Staff[] = [];
  let carer = 0;
  let nurse = 0;
  for (const [i, user] of staff.entries()) {
    if (user.role === 'admin') continue;
    // Carers of the disability unit are men (its night shift asks for one).
    const sex =
      user.role === 'carer'
        ? carer % 4 === 2
          ? 'male'
          : sexOf(user.fullName, i)
        : sexOf(user.fullName, i);
    let person: Staff;
    if (user.role === 'manager' || user.role === 'social_worker')
      person = {
        id: '',
        qualification: 'social_worker',
        unitKeys: ['elderly'],
        sex,
        unavailable: [],
      };
    else if (user.role === 'nurse')
      person = {
        id: '',
        qualification: 'nurse',
        unitKeys: nurse++ % 2 ? ['mental', 'disability'] : ['disability', 'mental'],
        sex,
        unavailable: [],
      };
    else if (user.role === 'carer') {
      const home = careUnits[carer % 4]!;
      person = {
        id: '',
        qualification: 'carer',
        unitKeys: [home, careUnits[(carer + 1) % 4]!],
        sex,
        unavailable: carer === 5 ? [7] : [],
      };
      carer++;
    } else person = { id: '', qualification: 'cook', unitKeys: ['kitchen'], sex, unavailable: [] };
    person.id = user._id.toString();
    people.push(person);
    await saveProfile(
      person.id,
      profileInputSchema.parse({
        qualifications: [person.qualification],
        unitIds: person.unitKeys.map((k) => unitIds.get(k)!),
        contractHoursPerWeek: 40,
        sex,
        unavailableWeekdays: person.unavailable,
        note: person.unavailable.length ? 'Chủ nhật đi học lớp điều dưỡng' : '',
      }),
      actor,
    );
  }

  // Coverage: one carer on every shift of the care units (a man on the disability unit's nights),
  // a nurse on every 12-hour shift, one duty officer a day, a cook on each kitchen shift.
  const needs: Need[] = [];
  const rule = async (
    unit: UnitKey,
    template: TemplateDoc,
    qualification: Qualification,
    min: number,
    preferred: number,
    requiredSex: StaffSex | null = null,
  ) => {
    await createCoverage(
      coverageInputSchema.parse({
        unitId: unitIds.get(unit),
        templateId: template._id.toString(),
        qualification,
        min,
        preferred,
        requiredSex,
      }),
      actor,
    );
    needs.push({ unit, template, qualification, count: min, sex: requiredSex });
  };
  for (const unit of careUnits)
    for (const t of templates.get(unit)!) {
      if (t.kind === 'duty_24h') await rule(unit, t, 'social_worker', 1, 1);
      else {
        if (unit === 'mental' || (unit === 'disability' && t.code === 'N12'))
          await rule(unit, t, 'nurse', 1, 1);
        await rule(
          unit,
          t,
          'carer',
          1,
          t.code === 'S' && unit === 'children' ? 2 : 1,
          unit === 'disability' && t.code === 'Đ12' ? 'male' : null,
        );
      }
    }
  for (const t of templates.get('kitchen')!)
    await rule('kitchen', t, 'cook', 1, t.code === 'B1' ? 2 : 1);

  // This month, published; next month, a draft with leave and three mistakes.
  const leaveFor = people.find((p) => p.qualification === 'carer' && p.unitKeys[0] === 'children')!;
  const leaveDays = { from: `${next}-08`, to: `${next}-12` };
  const planned = plan(month, people, needs, random, new Map(), []);
  await placeShifts(planned.wanted, actor);
  await ensureMonth(month);
  await checkMonth(month);
  await publishMonth(month, (await ensureMonth(month)).version, actor);

  const draft = plan(next, people, needs, random, planned.lastEnd, [
    { staffId: leaveFor.id, ...leaveDays },
  ]);
  // Mistakes: a missing carer on a mental health night, a shift during approved leave, a
  // morning straight after an evening (8 hours' rest).
  const mental = unitIds.get('mental');
  const gap = draft.wanted.findIndex(
    (w) =>
      w.day === `${next}-15` &&
      w.template.code === 'Đ12' &&
      w.template.unitId === mental &&
      people.find((p) => p.id === w.staffId)?.qualification === 'carer',
  );
  if (gap >= 0) draft.wanted.splice(gap, 1);
  const [morning, evening] = templates.get('children')!;
  const late = draft.wanted.find(
    (w) =>
      w.template === evening &&
      w.day >= `${next}-18` &&
      !draft.wanted.some((o) => o.staffId === w.staffId && o.day === addDays(w.day, 1)),
  );
  if (late)
    draft.wanted.push({ staffId: late.staffId, day: addDays(late.day, 1), template: morning! });
  const onLeaveDay = `${next}-10`;
  draft.wanted.push({
    staffId: leaveFor.id,
    day: onLeaveDay,
    template: evening!,
  });
  await placeShifts(draft.wanted, actor);
  await ensureMonth(next);
  const request = await requestLeave(
    { staffId: leaveFor.id, kind: 'annual', ...leaveDays, note: 'Về quê' },
    actor,
  );
  await decideLeave(request._id.toString(), { version: 0, decision: 'approved', note: '' }, actor);
  const sick = people.find((p) => p.qualification === 'nurse')!;
  await requestLeave(
    {
      staffId: sick.id,
      kind: 'sick',
      from: `${next}-20`,
      to: `${next}-21`,
      note: 'Khám sức khoẻ định kỳ',
    },
    actor,
  );
  await checkMonth(next);
}

/**
 * Lays a month greedily, day by day and shift by shift in time order: each need goes to the
 * qualified people with the fewest shifts who are free, rested 12 h (or the duty's nghỉ bù),
 * under 48 normal hours this week, and still able to keep 24 hours off in a row this week.
 */
function plan(
  month: string,
  people: Staff[],
  needs: Need[],
  random: Random,
  lastEndIn: Map<string, number>,
  onLeave: { staffId: string; from: string; to: string }[],
) {
  const hour = 3_600_000;
  const lastEnd = new Map(lastEndIn);
  const count = new Map<string, number>();
  const weekHours = new Map<string, number>();
  const weekDuties = new Map<string, number>();
  const weekRested = new Set<string>();
  const wanted: { staffId: string; day: string; template: TemplateDoc }[] = [];
  const order = [...needs].sort((a, b) => a.template.start.localeCompare(b.template.start));
  for (const day of monthDays(month)) {
    const week = mondayOf(day);
    const weekStart = dayStart(week);
    const weekEnd = weekStart + 7 * 24 * hour;
    for (const need of order) {
      const { start, end } = shiftInstants(day, need.template);
      const hours = Math.min(workedHours(need.template), 10);
      const isDuty = need.template.kind === 'duty_24h';
      const free = (p: Staff) => {
        const key = `${p.id}/${week}`;
        const last = lastEnd.get(p.id) ?? 0;
        const gap = start - Math.max(last, weekStart);
        const rested = weekRested.has(key) || gap >= 24 * hour || weekEnd - end >= 24 * hour;
        return (
          p.qualification === need.qualification &&
          p.unitKeys.includes(need.unit) &&
          !p.unavailable.includes(isoWeekday(day)) &&
          !onLeave.some((l) => l.staffId === p.id && l.from <= day && day <= l.to) &&
          last + 12 * hour <= start &&
          (weekHours.get(key) ?? 0) + hours <= 48 &&
          (!isDuty || (weekDuties.get(key) ?? 0) < 3) &&
          rested
        );
      };
      const rank = (p: Staff) =>
        (need.sex && p.sex !== need.sex ? 10_000 : 0) +
        (p.unitKeys[0] === need.unit ? 0 : 1000) +
        (count.get(p.id) ?? 0) * 10 +
        random.number.int(9);
      const picked = people
        .filter(free)
        .map((p) => [rank(p), p] as const)
        .sort((a, b) => a[0] - b[0])
        .slice(0, need.count);
      for (const [, p] of picked) {
        const key = `${p.id}/${week}`;
        const last = lastEnd.get(p.id) ?? 0;
        if (start - Math.max(last, weekStart) >= 24 * hour) weekRested.add(key);
        wanted.push({ staffId: p.id, day, template: need.template });
        lastEnd.set(p.id, end + Math.max(0, need.template.restAfterHours - 12) * hour);
        count.set(p.id, (count.get(p.id) ?? 0) + 1);
        weekHours.set(key, (weekHours.get(key) ?? 0) + hours);
        if (isDuty) weekDuties.set(key, (weekDuties.get(key) ?? 0) + 1);
      }
    }
  }
  return { wanted, lastEnd };
}
