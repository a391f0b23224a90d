// Builds needs assessments and care plan goals for tests and the demo centre, fitting each category.
import type { GoalInput } from '@care/shared/care-plans';
import type {
  AssessmentCreateInput,
  AssessmentDomains,
  Risk,
} from '@care/shared/needs-assessments';
import type { ResidentCategory } from '@care/shared/residents';
import { createRandom, type Random } from '../random';

type Lines = { summary: string[]; needs: string[] };

const health: Record<ResidentCategory, Lines> = {
  orphan: {
    summary: ['Phát triển thể chất bình thường so với tuổi.', 'Hơi thấp cân, ăn uống kém.'],
    needs: ['Khám sức khoẻ định kỳ 6 tháng', 'Theo dõi cân nặng hằng tháng', 'Tiêm chủng bổ sung'],
  },
  elderly: {
    summary: ['Tăng huyết áp, đang dùng thuốc đều.', 'Đau khớp gối, đi lại chậm.'],
    needs: ['Đo huyết áp hằng ngày', 'Uống thuốc đúng giờ', 'Khám chuyên khoa tim mạch'],
  },
  disabled: {
    summary: ['Bại não thể co cứng, cần hỗ trợ vận động.', 'Khiếm thị, sức khoẻ ổn định.'],
    needs: ['Phục hồi chức năng vận động', 'Phòng loét tì đè', 'Khám mắt định kỳ'],
  },
  mental_illness: {
    summary: ['Tâm thần phân liệt, điều trị duy trì ổn định.', 'Động kinh, cơn thưa.'],
    needs: ['Uống thuốc chống loạn thần đúng liều', 'Tái khám tâm thần hằng tháng'],
  },
  emergency_protection: {
    summary: ['Có vết bầm cũ ở tay, đã được khám.', 'Sức khoẻ bình thường.'],
    needs: ['Khám sức khoẻ tổng quát', 'Theo dõi vết thương'],
  },
};

const selfCare: Record<ResidentCategory, Lines> = {
  orphan: { summary: ['Tự phục vụ phù hợp lứa tuổi.'], needs: ['Tập tự gấp quần áo'] },
  elderly: {
    summary: ['Cần người đỡ khi tắm và đi vệ sinh.'],
    needs: ['Hỗ trợ tắm rửa', 'Tập đi có khung'],
  },
  disabled: {
    summary: ['Phụ thuộc hoàn toàn trong ăn uống và vệ sinh.'],
    needs: ['Hỗ trợ ăn uống', 'Tập ngồi xe lăn'],
  },
  mental_illness: {
    summary: ['Tự ăn uống được, cần nhắc vệ sinh cá nhân.'],
    needs: ['Nhắc tắm giặt hằng ngày'],
  },
  emergency_protection: { summary: ['Tự phục vụ được.'], needs: [] },
};

const mental: Record<ResidentCategory, Lines> = {
  orphan: { summary: ['Hay thu mình, ít chơi với bạn.'], needs: ['Tham vấn tâm lý định kỳ'] },
  elderly: { summary: ['Tinh thần ổn, đôi lúc buồn nhớ nhà.'], needs: ['Sinh hoạt câu lạc bộ'] },
  disabled: { summary: ['Giao tiếp hạn chế, thích nghe nhạc.'], needs: ['Trị liệu âm nhạc'] },
  mental_illness: {
    summary: ['Có lúc kích động khi thay đổi môi trường.'],
    needs: ['Lao động trị liệu', 'Theo dõi dấu hiệu tái phát'],
  },
  emergency_protection: {
    summary: ['Lo âu, khó ngủ sau sự việc.'],
    needs: ['Can thiệp khủng hoảng', 'Tham vấn tâm lý hằng tuần'],
  },
};

const education: Record<ResidentCategory, Lines> = {
  orphan: { summary: ['Đang học tiểu học tại trường xã.'], needs: ['Kèm học buổi tối'] },
  elderly: { summary: ['Không có nhu cầu học tập.'], needs: [] },
  disabled: { summary: ['Học chữ nổi tại lớp hoà nhập.'], needs: ['Giáo dục đặc biệt'] },
  mental_illness: { summary: ['Đã học hết lớp 9.'], needs: ['Học nghề đơn giản'] },
  emergency_protection: { summary: ['Gián đoạn học tập.'], needs: ['Sắp xếp đi học lại'] },
};

const family: Record<ResidentCategory, Lines> = {
  orphan: { summary: ['Mồ côi cả cha lẫn mẹ, còn bà ngoại.'], needs: ['Duy trì liên lạc với bà'] },
  elderly: { summary: ['Không còn người thân.'], needs: [] },
  disabled: {
    summary: ['Gia đình khó khăn, thăm 2–3 tháng một lần.'],
    needs: ['Kết nối gia đình'],
  },
  mental_illness: {
    summary: ['Có em trai ở cùng tỉnh.'],
    needs: ['Đánh giá khả năng hồi gia'],
  },
  emergency_protection: {
    summary: ['Bị bạo lực gia đình, tạm cách ly với cha.'],
    needs: ['Tìm người nhận chăm sóc thay thế'],
  },
};

const risksByCategory: Record<ResidentCategory, Risk[]> = {
  orphan: [{ kind: 'absconding', level: 'low', note: 'Từng bỏ đi chơi không xin phép.' }],
  elderly: [
    { kind: 'falls', level: 'high', note: 'Đã ngã 2 lần trong năm.' },
    { kind: 'choking', level: 'medium', note: 'Nuốt chậm, ăn cháo.' },
  ],
  disabled: [
    { kind: 'pressure_sores', level: 'high', note: 'Nằm lâu, cần trở mình.' },
    { kind: 'seizures', level: 'medium', note: '' },
  ],
  mental_illness: [
    { kind: 'aggression', level: 'medium', note: 'Kích động khi bị từ chối.' },
    { kind: 'self_harm', level: 'low', note: '' },
  ],
  emergency_protection: [{ kind: 'abuse', level: 'high', note: 'Người gây hại biết nơi ở.' }],
};

const pick = (random: Random, lines: Lines) => ({
  summary: random.helpers.arrayElement(lines.summary),
  needs: random.helpers.arrayElements(lines.needs, {
    min: Math.min(1, lines.needs.length),
    max: 2,
  }),
});

export function buildAssessmentDomains(
  category: ResidentCategory,
  random: Random = createRandom(),
): AssessmentDomains {
  const dependent = category === 'elderly' || category === 'disabled';
  const level = () =>
    dependent
      ? random.helpers.arrayElement(['needs_some_help', 'needs_full_help'] as const)
      : random.helpers.arrayElement(['independent', 'independent', 'needs_some_help'] as const);
  return {
    health: pick(random, health[category]),
    self_care: {
      ...pick(random, selfCare[category]),
      activities: {
        eating: level(),
        bathing: level(),
        dressing: level(),
        toileting: level(),
        mobility: level(),
      },
    },
    mental_state: pick(random, mental[category]),
    education: pick(random, education[category]),
    family_situation: pick(random, family[category]),
    risks: {
      summary: 'Đã trao đổi với nhân viên trực về các nguy cơ.',
      needs: category === 'elderly' ? ['Giám sát khi di chuyển'] : [],
      items: risksByCategory[category],
    },
  };
}

export function buildAssessment(
  category: ResidentCategory,
  overrides: Partial<AssessmentCreateInput> & { assessorId: string },
  random: Random = createRandom(),
): AssessmentCreateInput {
  return {
    assessedOn: '2026-10-01',
    domains: buildAssessmentDomains(category, random),
    ...overrides,
  };
}

/** Interventions of each plan domain, as staff write them. */
export const interventionsByDomain: Record<GoalInput['domain'], [string, string][]> = {
  health: [
    ['Đo huyết áp, mạch', 'Hằng ngày'],
    ['Cho uống thuốc theo đơn', 'Sáng và tối'],
    ['Đưa đi tái khám', 'Hằng tháng'],
  ],
  daily_living: [
    ['Hỗ trợ tắm rửa, vệ sinh cá nhân', 'Hằng ngày'],
    ['Tập vận động với nhân viên phục hồi chức năng', '3 buổi/tuần'],
  ],
  education_skills: [
    ['Kèm học bài buổi tối', 'Từ thứ 2 đến thứ 6'],
    ['Dạy kỹ năng sống theo nhóm', '1 buổi/tuần'],
  ],
  psychosocial: [
    ['Tham vấn tâm lý cá nhân', '1 lần/tuần'],
    ['Tham gia sinh hoạt tập thể', '2 lần/tuần'],
  ],
  family_reintegration: [
    ['Gọi điện cho người thân', '2 tuần/lần'],
    ['Thăm gia đình, đánh giá điều kiện hồi gia', 'Hằng quý'],
  ],
};
