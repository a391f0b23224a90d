// Builds residents for tests and the demo centre, with data fitting each category.
import { admissionIssuerOn } from '@care/shared/places';
import {
  admissionChecklistItems,
  type ResidentAdmitInput,
  type ResidentCategory,
} from '@care/shared/residents';
import { createRandom, daysBefore, demoDay, type Random } from '../random';
import { communes, kinhName, localPerson, oldDistricts } from './people';

const ageRange: Record<ResidentCategory, [number, number]> = {
  orphan: [1, 16],
  elderly: [62, 95],
  disabled: [6, 60],
  mental_illness: [20, 65],
  emergency_protection: [3, 17],
};

const diagnoses: Record<ResidentCategory, string[]> = {
  orphan: ['Suy dinh dưỡng nhẹ', 'Hen phế quản', 'Viêm mũi dị ứng', 'Sâu răng'],
  elderly: [
    'Tăng huyết áp',
    'Đái tháo đường type 2',
    'Thoái hoá khớp gối',
    'Suy giảm trí nhớ nhẹ',
    'Đục thuỷ tinh thể',
  ],
  disabled: [
    'Bại não',
    'Khiếm thị hoàn toàn',
    'Liệt hai chi dưới',
    'Khiếm thính bẩm sinh',
    'Hội chứng Down',
  ],
  mental_illness: [
    'Tâm thần phân liệt',
    'Rối loạn lưỡng cực',
    'Động kinh',
    'Chậm phát triển trí tuệ',
  ],
  emergency_protection: ['Sang chấn tâm lý', 'Suy dinh dưỡng', 'Vết thương phần mềm đã lành'],
};

const units: Record<ResidentCategory, string> = {
  orphan: 'Khu trẻ em',
  emergency_protection: 'Khu trẻ em',
  elderly: 'Khu người cao tuổi',
  disabled: 'Khu phục hồi chức năng',
  mental_illness: 'Khu chăm sóc tâm thần',
};
const wings: Record<string, string> = {
  'Khu trẻ em': 'A',
  'Khu người cao tuổi': 'B',
  'Khu phục hồi chức năng': 'C',
  'Khu chăm sóc tâm thần': 'D',
};

const decree20: Record<ResidentCategory, string> = {
  orphan: 'Khoản 1 Điều 5 Nghị định 20/2021/NĐ-CP',
  elderly: 'Khoản 5 Điều 5 Nghị định 20/2021/NĐ-CP',
  disabled: 'Khoản 6 Điều 5 Nghị định 20/2021/NĐ-CP',
  mental_illness: 'Khoản 6 Điều 5 Nghị định 20/2021/NĐ-CP',
  emergency_protection: 'Điều 24 Nghị định 20/2021/NĐ-CP',
};

const digits = (random: Random, n: number) =>
  Array.from({ length: n }, () => random.number.int({ min: 0, max: 9 })).join('');

function careProfile(
  category: ResidentCategory,
  age: number,
  random: Random,
): Partial<ResidentAdmitInput> {
  const frail = category === 'elderly' && age > 80;
  const disabled = category === 'disabled';
  const pick = <T>(items: readonly T[]) => random.helpers.arrayElement(items);
  return {
    diets: [
      ...(category === 'elderly'
        ? pick([['low_salt'], ['diabetic', 'low_salt'], ['standard']] as const)
        : age < 6
          ? (['high_energy'] as const)
          : (['standard'] as const)),
    ],
    texture: frail
      ? pick(['soft', 'minced'] as const)
      : disabled
        ? pick(['regular', 'minced', 'pureed'] as const)
        : 'regular',
    mobility: frail
      ? pick(['with_aid', 'wheelchair', 'bedridden'] as const)
      : disabled
        ? pick(['with_aid', 'wheelchair'] as const)
        : 'independent',
    communication: disabled
      ? pick(['limited_verbal', 'sign_language', 'non_verbal'] as const)
      : 'verbal',
    risks: [
      ...(frail || disabled ? (['falls'] as const) : []),
      ...(category === 'mental_illness'
        ? [pick(['absconding', 'aggression', 'seizures'] as const)]
        : []),
      ...(disabled && random.datatype.boolean(0.3) ? (['choking'] as const) : []),
    ],
  };
}

export function buildResident(
  category: ResidentCategory,
  overrides: Partial<ResidentAdmitInput> = {},
  random: Random = createRandom(),
): ResidentAdmitInput {
  const gender = random.helpers.arrayElement(['male', 'female'] as const);
  const [minAge, maxAge] = ageRange[category];
  const age = random.number.int({ min: minAge, max: maxAge });
  const birthDate = daysBefore(demoDay, age * 365 + random.number.int({ min: 0, max: 364 }));
  // Emergency stays are short (three months at most): they began recently.
  const stayDays =
    category === 'emergency_protection'
      ? random.number.int({ min: 5, max: 85 })
      : random.number.int({ min: 30, max: Math.min(age * 365, 3650) });
  const admissionDate = daysBefore(demoDay, stayDays);
  const person = localPerson(random, gender);
  const unit = units[category];
  const room = `${wings[unit]}${random.number.int({ min: 1, max: 3 })}0${random.number.int({ min: 1, max: 8 })}`;
  const commune = random.helpers.arrayElement(communes);
  // Some elderly people arrive without papers: only the year of birth is known.
  const yearOnly = category === 'elderly' && random.datatype.boolean(0.15);
  const emergency = category === 'emergency_protection';
  return {
    fullName: person.fullName,
    gender,
    birthDate: yearOnly ? null : birthDate,
    ...(yearOnly ? { birthYear: Number(birthDate.slice(0, 4)) } : {}),
    ethnicity: person.ethnicity as ResidentAdmitInput['ethnicity'],
    religion: random.helpers.weightedArrayElement([
      { value: 'none', weight: 8 },
      { value: 'buddhism', weight: 1 },
      { value: 'catholicism', weight: 1 },
    ] as const),
    hometown: {
      province: 'Lào Cai',
      commune,
      oldAddress: random.helpers.arrayElement(oldDistricts),
    },
    address: { province: 'Lào Cai', commune },
    healthInsuranceNumber: digits(random, 10),
    categories:
      category === 'orphan' && random.datatype.boolean(0.1) ? ['orphan', 'disabled'] : [category],
    decree20Group: decree20[category],
    disabilityType:
      category === 'disabled'
        ? random.helpers.arrayElement([
            'physical',
            'visual',
            'hearing_speech',
            'intellectual',
            'multiple',
          ] as const)
        : null,
    disabilityLevel:
      category === 'disabled'
        ? random.helpers.arrayElement(['severe_special', 'severe', 'mild'] as const)
        : null,
    diagnoses: random.helpers.arrayElements(diagnoses[category], { min: 1, max: 2 }),
    unit,
    room,
    inEducation: age >= 14 && age < 22 && random.datatype.boolean(0.6),
    ...careProfile(category, age, random),
    careNote: '',
    keyContacts:
      category === 'elderly' && random.datatype.boolean(0.6)
        ? []
        : [
            {
              name: kinhName(random, random.helpers.arrayElement(['male', 'female'])),
              relation: random.helpers.arrayElement([
                'Cô ruột',
                'Chú ruột',
                'Anh trai',
                'Chị gái',
                'Cán bộ xã',
              ]),
              phone: `09${digits(random, 8)}`,
            },
          ],
    idNumber: age >= 14 && !yearOnly ? `0${digits(random, 11)}` : '',
    legalPapers: yearOnly
      ? 'Không có giấy tờ tuỳ thân; xã xác nhận nhân thân.'
      : 'Giấy khai sinh (bản sao), xác nhận của UBND xã.',
    abuseHistory: emergency ? 'Bị bạo lực gia đình; đã báo công an xã.' : '',
    hivStatus: 'unknown',
    admission: {
      date: admissionDate,
      route: emergency ? 'emergency_protection' : 'hardship',
      decision: {
        number: `${random.number.int({ min: 10, max: 999 })}/QĐ-${admissionDate >= '2025-03-01' ? 'SYT' : 'SLĐTBXH'}`,
        date: admissionDate,
        issuer: `${admissionIssuerOn(admissionDate)} tỉnh Lào Cai`,
      },
      referralSource: random.helpers.arrayElement([
        'UBND xã',
        'Công an xã',
        'Bệnh viện đa khoa tỉnh',
        'Gia đình đề nghị',
      ]),
      reviewDate: emergency ? daysBefore(admissionDate, -80) : null,
      checklist: random.helpers.arrayElements(admissionChecklistItems, { min: 5, max: 8 }),
    },
    ...overrides,
  };
}
