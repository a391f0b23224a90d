// Builds residents for tests and the demo centre, with data fitting each category.
import type { ResidentAdmitInput, ResidentCategory } from '@care/shared/residents';
import { createRandom, daysBefore, demoDay, vietnameseName, type Random } from '../random';

const ageRange: Record<ResidentCategory, [number, number]> = {
  orphan: [1, 16],
  elderly: [62, 95],
  disabled: [6, 60],
  mental_illness: [20, 65],
  emergency_protection: [3, 17],
};

const healthNotes: Record<ResidentCategory, string[]> = {
  orphan: [
    'Sức khoẻ bình thường, tiêm chủng đầy đủ.',
    'Suy dinh dưỡng nhẹ, theo dõi cân nặng hàng tháng.',
    'Hen phế quản, có thuốc xịt dự phòng.',
  ],
  elderly: [
    'Tăng huyết áp, uống thuốc hằng ngày.',
    'Đái tháo đường type 2, ăn chế độ ít đường.',
    'Thoái hoá khớp gối, đi lại cần hỗ trợ.',
    'Suy giảm trí nhớ nhẹ.',
  ],
  disabled: [
    'Bại não, cần hỗ trợ ăn uống và vận động.',
    'Khiếm thị hoàn toàn.',
    'Khuyết tật vận động chi dưới, dùng xe lăn.',
    'Khiếm thính, giao tiếp bằng ngôn ngữ ký hiệu.',
  ],
  mental_illness: [
    'Tâm thần phân liệt, điều trị ổn định.',
    'Rối loạn lưỡng cực, uống thuốc theo đơn.',
    'Động kinh, theo dõi cơn co giật.',
  ],
  emergency_protection: [
    'Bị bạo lực gia đình, đang được tư vấn tâm lý.',
    'Bị bỏ rơi, sức khoẻ bình thường.',
    'Trẻ lang thang, cần khám sức khoẻ tổng quát.',
  ],
};

const issuers = ['Sở Lao động - Thương binh và Xã hội tỉnh', 'Sở Y tế tỉnh', 'UBND tỉnh'];

export function buildResident(
  category: ResidentCategory,
  overrides: Partial<ResidentAdmitInput> = {},
  random: Random = createRandom(),
): ResidentAdmitInput {
  const gender = random.helpers.arrayElement(['male', 'female'] as const);
  const [minAge, maxAge] = ageRange[category];
  const age = random.number.int({ min: minAge, max: maxAge });
  const birthDate = daysBefore(demoDay, age * 365 + random.number.int({ min: 0, max: 364 }));
  const admissionDate = daysBefore(
    demoDay,
    random.number.int({ min: 30, max: Math.min(age * 365, 3650) }),
  );
  const year = admissionDate.slice(0, 4);
  return {
    fullName: vietnameseName(random, gender),
    gender,
    birthDate,
    category,
    disabilityLevel:
      category === 'disabled'
        ? random.helpers.arrayElement(['severe_special', 'severe', 'mild'] as const)
        : null,
    hometown: random.location.state(),
    room: `${random.helpers.arrayElement(['A', 'B', 'C'])}${random.number.int({ min: 1, max: 3 })}0${random.number.int({ min: 1, max: 8 })}`,
    admission: {
      decisionNumber: `${random.number.int({ min: 10, max: 999 })}/QĐ-SLĐTBXH-${year}`,
      date: admissionDate,
      issuer: random.helpers.arrayElement(issuers),
    },
    healthNotes: random.helpers.arrayElement(healthNotes[category]),
    guardian:
      category === 'elderly' || category === 'orphan'
        ? ''
        : vietnameseName(random, random.helpers.arrayElement(['male', 'female'])),
    ...overrides,
  };
}
