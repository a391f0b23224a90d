// The demo centre's health records: a profile per resident (conditions with ICD-10 codes,
// allergies, medications, vaccinations, in Vietnamese) and measurement histories: monthly weights
// and quarterly heights for children that follow WHO growth curves (some underweight or stunted),
// blood pressure for older residents. Its own fixed seed, so the rest of the centre is unchanged.
import { ageInDays, lmsAtAge, lmsValue, type GrowthTable, type Sex } from '@care/shared/growth';
import {
  healthProfileUpdateSchema,
  measurementCreateSchema,
  type HealthProfileUpdate,
  type MeasurementCreate,
} from '@care/shared/health-records';
import type { ResidentCategory } from '@care/shared/residents';
import type { Actor } from '@care/server/audit/audit.service';
import { growthTable } from '@care/server/health-records/growth-table';
import { importHealthRecords } from '@care/server/health-records/health-import.service';
import { Resident, type ResidentDoc } from '@care/server/residents/resident.model';
import type { UserDoc } from '@care/server/users/user.model';
import { createRandom, daysBefore, demoDay, type Random } from '@care/shared/random';

type Condition = { name: string; icd10: string; medication?: Medication };
type Medication = { name: string; dose: string; route: string; times: string[] };

const conditions: Record<ResidentCategory, Condition[]> = {
  orphan: [
    {
      name: 'Hen phế quản',
      icd10: 'J45.9',
      medication: med('Salbutamol xịt 100 mcg', '2 nhát', 'inhaled', []),
    },
    { name: 'Viêm da cơ địa', icd10: 'L20.9' },
    {
      name: 'Thiếu máu thiếu sắt',
      icd10: 'D50.9',
      medication: med('Sắt sulfat + acid folic', '1 viên', 'oral', ['08:00']),
    },
    { name: 'Sâu răng', icd10: 'K02.9' },
  ],
  elderly: [
    {
      name: 'Tăng huyết áp',
      icd10: 'I10',
      medication: med('Amlodipin 5 mg', '1 viên', 'oral', ['07:00']),
    },
    {
      name: 'Đái tháo đường type 2',
      icd10: 'E11.9',
      medication: med('Metformin 500 mg', '1 viên', 'oral', ['07:00', '19:00']),
    },
    {
      name: 'Thoái hóa khớp gối',
      icd10: 'M17.9',
      medication: med('Glucosamin 500 mg', '1 viên', 'oral', ['08:00']),
    },
    { name: 'Sa sút trí tuệ', icd10: 'F03' },
    {
      name: 'Bệnh phổi tắc nghẽn mạn tính',
      icd10: 'J44.9',
      medication: med('Budesonid/formoterol hít', '1 nhát', 'inhaled', ['07:00', '19:00']),
    },
  ],
  disabled: [
    { name: 'Bại não', icd10: 'G80.9' },
    {
      name: 'Động kinh',
      icd10: 'G40.9',
      medication: med('Natri valproat 200 mg', '1 viên', 'oral', ['07:00', '19:00']),
    },
    { name: 'Hội chứng Down', icd10: 'Q90.9' },
    { name: 'Khiếm thị', icd10: 'H54.0' },
  ],
  mental_illness: [
    {
      name: 'Tâm thần phân liệt',
      icd10: 'F20.9',
      medication: med('Olanzapin 10 mg', '1 viên', 'oral', ['20:00']),
    },
    {
      name: 'Rối loạn cảm xúc lưỡng cực',
      icd10: 'F31.9',
      medication: med('Natri valproat 500 mg', '1 viên', 'oral', ['07:00', '19:00']),
    },
    {
      name: 'Trầm cảm',
      icd10: 'F32.9',
      medication: med('Sertralin 50 mg', '1 viên', 'oral', ['08:00']),
    },
    {
      name: 'Động kinh',
      icd10: 'G40.9',
      medication: med('Carbamazepin 200 mg', '1 viên', 'oral', ['07:00', '19:00']),
    },
  ],
  emergency_protection: [
    { name: 'Rối loạn stress sau sang chấn', icd10: 'F43.1' },
    {
      name: 'Nhiễm giun đường ruột',
      icd10: 'B82.0',
      medication: med('Albendazol 400 mg', '1 viên', 'oral', ['08:00']),
    },
  ],
};

function med(name: string, dose: string, route: string, times: string[]): Medication {
  return { name, dose, route, times };
}

const allergies = [
  { substance: 'Tôm', severity: 'severe', reaction: 'Nổi mề đay, ngứa toàn thân' },
  { substance: 'Đậu phộng', severity: 'life_threatening', reaction: 'Sưng môi, khó thở' },
  { substance: 'Sữa bò', severity: 'moderate', reaction: 'Đau bụng, tiêu chảy' },
  { substance: 'Penicillin', severity: 'life_threatening', reaction: 'Sốc phản vệ' },
  { substance: 'Cua, ghẹ', severity: 'moderate', reaction: 'Nổi mẩn đỏ' },
  { substance: 'Trứng gà', severity: 'mild', reaction: 'Ngứa quanh miệng' },
  { substance: 'Aspirin', severity: 'severe', reaction: 'Phù mạch' },
] as const;

// The expanded programme on immunisation (Tiêm chủng mở rộng): vaccine and age in days.
const childhoodVaccines: [string, number, number][] = [
  ['Lao (BCG)', 1, 1],
  ['Viêm gan B sơ sinh', 1, 1],
  ['DPT-VGB-Hib (5 trong 1)', 1, 61],
  ['DPT-VGB-Hib (5 trong 1)', 2, 91],
  ['DPT-VGB-Hib (5 trong 1)', 3, 122],
  ['Bại liệt (OPV)', 1, 61],
  ['Bại liệt (OPV)', 2, 91],
  ['Bại liệt (OPV)', 3, 122],
  ['Sởi', 1, 274],
  ['Viêm não Nhật Bản', 1, 365],
  ['Viêm não Nhật Bản', 2, 380],
  ['Sởi - Rubella (MR)', 1, 548],
  ['DPT', 4, 548],
];

const places = ['Trạm y tế xã', 'Trạm y tế phường', 'Trung tâm Y tế huyện'];

/** A normal deviate (Irwin–Hall: the sum of 12 uniforms, less 6). */
function normal(random: Random, mean: number, sd: number): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += random.number.float({ min: 0, max: 1 });
  return mean + (sum - 6) * sd;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Monthly weights and quarterly heights along WHO curves, drifting a little month to month. */
function childHistory(
  random: Random,
  table: GrowthTable,
  child: { sex: Sex; birthDate: string; since: string },
): MeasurementCreate[] {
  // Most children grow normally; some are underweight or stunted, a few overweight.
  const kind = random.helpers.weightedArrayElement([
    { weight: 60, value: [-0.4, -0.3] },
    { weight: 18, value: [-2.5, -1.6] },
    { weight: 17, value: [-1.7, -2.6] },
    { weight: 5, value: [1.8, 0.6] },
  ]);
  let [zWeight, zHeight] = [normal(random, kind[0]!, 0.4), normal(random, kind[1]!, 0.4)];
  const history: MeasurementCreate[] = [];
  const dayOfMonth = String(random.number.int({ min: 3, max: 12 })).padStart(2, '0');
  let month = new Date(`${child.since.slice(0, 7)}-01T00:00:00Z`);
  for (
    let i = 0;
    ;
    i++, month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1))
  ) {
    const day = `${month.toISOString().slice(0, 7)}-${dayOfMonth}`;
    if (day > demoDay) break;
    const ageDays = ageInDays(child.birthDate, day);
    if (day < child.since || ageDays < 14) continue;
    zWeight += normal(random, 0, 0.08);
    zHeight += normal(random, 0, 0.03);
    const hfa = lmsAtAge(table, 'length_height_for_age', child.sex, ageDays);
    const height = hfa ? lmsValue(zHeight, hfa) : null;
    // Weight-for-age ends at 10 years; after that the weight follows BMI-for-age.
    const wfa = lmsAtAge(table, 'weight_for_age', child.sex, ageDays);
    const bfa = lmsAtAge(table, 'bmi_for_age', child.sex, ageDays);
    const weight = wfa
      ? lmsValue(zWeight, wfa)
      : bfa && height
        ? lmsValue(zWeight - zHeight / 2, bfa) * (height / 100) ** 2
        : null;
    if (weight === null) break;
    const measureHeight = i % 3 === 0 && height !== null;
    history.push({
      at: `${day}T08:30:00+07:00`,
      weightKg: round(weight, 1),
      heightCm: measureHeight ? round(height, 1) : null,
      heightPosition: measureHeight ? (ageDays < 731 ? 'lying' : 'standing') : null,
      temperatureC: null,
      systolic: null,
      diastolic: null,
      pulse: null,
      note: '',
    });
  }
  return history;
}

/** Six monthly checks of weight, blood pressure and pulse for an adult. */
function adultChecks(random: Random, hypertensive: boolean): MeasurementCreate[] {
  const weight = random.number.float({ min: 38, max: 68, fractionDigits: 1 });
  const systolic = hypertensive ? 150 : 120;
  return Array.from({ length: 6 }, (_, i) => {
    const day = daysBefore(demoDay, 150 - i * 30);
    const high = Math.round(normal(random, systolic - i * 2, 8));
    return {
      at: `${day}T07:30:00+07:00`,
      weightKg: round(weight + normal(random, 0, 0.5), 1),
      heightCm: null,
      heightPosition: null,
      temperatureC: round(normal(random, 36.7, 0.2), 1),
      systolic: high,
      diastolic: Math.round(high * 0.62),
      pulse: Math.round(normal(random, 78, 6)),
      note: '',
    };
  });
}

type Planned = {
  id: string;
  actor: Actor;
  profile: HealthProfileUpdate;
  history: MeasurementCreate[];
};

/** One resident's profile and measurements, drawn from the random stream in a fixed order. */
function plan(random: Random, table: GrowthTable, resident: ResidentDoc, actor: Actor): Planned {
  // Only the birth year known: the middle of that year stands in for the day.
  const birthDate = resident.birthDate ?? `${resident.birthYear}-07-01`;
  const age = ageInDays(birthDate, demoDay) / 365.25;
  const child = age < 19;
  const own = random.helpers.arrayElements(conditions[resident.categories[0]!], { min: 0, max: 2 });
  const known = daysBefore(demoDay, random.number.int({ min: 200, max: 2000 }));
  const since = known > birthDate ? known : demoDay;
  const profile = healthProfileUpdateSchema.parse({
    version: 0,
    conditions: own.map((c) => ({ name: c.name, icd10: c.icd10, since })),
    allergies: random.datatype.boolean({ probability: 0.3 })
      ? random.helpers.arrayElements(allergies, { min: 1, max: 2 }).map((a) => ({ ...a }))
      : [],
    medications: own
      .filter((c) => c.medication)
      .map((c) => ({ ...c.medication!, start: since, prescriber: 'BS. Nguyễn Văn Thành' })),
    vaccinations: child
      ? childhoodVaccines
          .map(([vaccine, doseNumber, days]) => ({
            vaccine,
            doseNumber,
            date: addDays(birthDate, days),
          }))
          .filter((v) => v.date <= demoDay)
          .map((v) => ({ ...v, place: random.helpers.arrayElement(places) }))
      : age >= 60
        ? [
            {
              vaccine: 'Cúm mùa',
              date: `${Number(demoDay.slice(0, 4)) - 1}-10-15`,
              place: places[2],
            },
          ]
        : [],
  });
  // Children: weighed monthly since admission (at most the last three years).
  const history = child
    ? childHistory(random, table, {
        sex: resident.gender,
        birthDate,
        since: maxDay(resident.admissionDate ?? demoDay, daysBefore(demoDay, 3 * 365)),
      })
    : resident.categories.includes('elderly') || random.datatype.boolean({ probability: 0.3 })
      ? adultChecks(
          random,
          own.some((c) => c.icd10 === 'I10'),
        )
      : [];
  return { id: resident._id.toString(), actor, profile, history };
}

/** Every resident's plan, in code order, authored by the nurses in turn; pure and repeatable. */
export function planHealthRecords(residents: ResidentDoc[], nurses: Actor[]): Planned[] {
  const random = createRandom(4242);
  const table = growthTable();
  return [...residents]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((resident, i) => plan(random, table, resident, nurses[i % nurses.length]!));
}

export async function seedHealthRecords(staff: UserDoc[]): Promise<void> {
  const nurses = staff
    .filter((s) => s.role === 'nurse')
    .map((n) => ({ id: n._id.toString(), fullName: n.fullName }));
  const residents = await Resident.find().lean<ResidentDoc[]>();
  await importHealthRecords(
    planHealthRecords(residents, nurses).map(({ id, actor, profile, history }) => {
      const { version: _version, ...lists } = profile;
      return {
        residentId: id,
        actor,
        profile: lists,
        measurements: history.map((m) => measurementCreateSchema.parse(m)),
      };
    }),
  );
}

function addDays(day: string, days: number): string {
  return daysBefore(day, -days);
}

const maxDay = (a: string, b: string) => (a > b ? a : b);
