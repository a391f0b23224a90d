// Vietnamese names as a northern mountain province's centre sees them: family names by their real
// frequency among the Kinh, and the naming customs of the H'Mông, Dao, Tày, Giáy and Thái.
import type { Random } from '../random';

type Sex = 'male' | 'female';
type Custom = {
  surnames: [string, number][];
  middle: Record<Sex, string[]>;
  given: Record<Sex, string[]>;
};

// Shares of the most common Kinh family names (about 90% of people), from published surveys.
const kinh: Custom = {
  surnames: [
    ['Nguyễn', 38],
    ['Trần', 12],
    ['Lê', 9.5],
    ['Phạm', 7],
    ['Hoàng', 5],
    ['Phan', 4.5],
    ['Vũ', 3.9],
    ['Đặng', 2.1],
    ['Bùi', 2],
    ['Đỗ', 1.4],
    ['Hồ', 1.3],
    ['Ngô', 1.3],
    ['Dương', 1],
    ['Lý', 0.5],
    ['Đinh', 0.5],
    ['Trịnh', 0.4],
    ['Đào', 0.4],
  ],
  middle: {
    male: ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Công'],
    female: ['Thị', 'Ngọc', 'Thu', 'Kim', 'Thanh', 'Minh'],
  },
  given: {
    male: [
      'An',
      'Bình',
      'Cường',
      'Dũng',
      'Đức',
      'Hải',
      'Hùng',
      'Huy',
      'Khánh',
      'Long',
      'Minh',
      'Nam',
      'Phong',
      'Quân',
      'Sơn',
      'Thắng',
      'Tuấn',
      'Việt',
      'Tùng',
      'Lâm',
    ],
    female: [
      'Anh',
      'Chi',
      'Dung',
      'Giang',
      'Hà',
      'Hằng',
      'Hoa',
      'Hương',
      'Lan',
      'Linh',
      'Mai',
      'Ngọc',
      'Nhung',
      'Phương',
      'Thảo',
      'Trang',
      'Vân',
      'Yến',
      'Đào',
      'Huyền',
    ],
  },
};
const hmong: Custom = {
  surnames: [
    ['Giàng', 4],
    ['Sùng', 3],
    ['Vàng', 3],
    ['Thào', 3],
    ['Lý', 2],
    ['Hầu', 1],
    ['Mùa', 1],
    ['Sình', 1],
  ],
  middle: { male: ['A', 'Seo', 'Văn'], female: ['Thị', 'Seo', 'Thị'] },
  given: {
    male: ['Sử', 'Pàng', 'Chứ', 'Dế', 'Lử', 'Páo', 'Sính', 'Chư'],
    female: ['Mỷ', 'Máy', 'Súa', 'Dợ', 'Pà', 'Dua', 'Sy', 'Chía'],
  },
};
const dao: Custom = {
  surnames: [
    ['Triệu', 4],
    ['Bàn', 3],
    ['Lý', 2],
    ['Đặng', 2],
    ['Chảo', 1],
  ],
  middle: { male: ['Văn', 'Tòn', 'Kim'], female: ['Thị', 'Mùi', 'Thị'] },
  given: {
    male: ['Tòn', 'Chòi', 'Phin', 'Quẩy', 'Sinh', 'Vàng'],
    female: ['Mẩy', 'Nhất', 'Xuân', 'Lở', 'Dung', 'Nái'],
  },
};
const tay: Custom = {
  surnames: [
    ['Hoàng', 4],
    ['Nông', 3],
    ['Lương', 2],
    ['Ma', 2],
    ['La', 1],
    ['Hà', 1],
  ],
  middle: { male: ['Văn', 'Đình'], female: ['Thị'] },
  given: {
    male: ['Toàn', 'Thuận', 'Sơn', 'Hảo', 'Quyết'],
    female: ['Hiền', 'Nhài', 'Thơm', 'Lụa', 'Dịu'],
  },
};
const giay: Custom = {
  surnames: [
    ['Lù', 3],
    ['Vàng', 2],
    ['Sần', 2],
    ['Hoàng', 1],
  ],
  middle: { male: ['Văn', 'Seo'], female: ['Thị'] },
  given: { male: ['Chính', 'Dìn', 'Pao', 'Tỉnh'], female: ['Dính', 'Mỉ', 'Sèn', 'Lìn'] },
};
const thai: Custom = {
  surnames: [
    ['Lò', 3],
    ['Cầm', 2],
    ['Lường', 2],
    ['Quàng', 1],
    ['Vì', 1],
  ],
  middle: { male: ['Văn'], female: ['Thị'] },
  given: { male: ['Ún', 'Pánh', 'Xiêng', 'Ngọc'], female: ['Ươi', 'Phanh', 'Xuân', 'Hoa'] },
};

/** The centre's mix: mostly Kinh, with the peoples of the surrounding communes. */
const mix: [string, Custom, number][] = [
  ['Kinh', kinh, 55],
  ["H'Mông", hmong, 15],
  ['Dao', dao, 10],
  ['Tày', tay, 10],
  ['Giáy', giay, 5],
  ['Thái', thai, 5],
];

function weighted<T>(random: Random, items: [T, number][]): T {
  return random.helpers.weightedArrayElement(items.map(([value, weight]) => ({ value, weight })));
}

/** A person of the centre's mix: ethnicity and a name in that people's custom. */
export function localPerson(random: Random, sex: Sex, ethnicity?: string) {
  const [group, custom] = ethnicity
    ? (mix.find(([e]) => e === ethnicity) ?? mix[0]!)
    : weighted(
        random,
        mix.map(([e, c, w]) => [[e, c] as const, w]),
      );
  const fullName = [
    weighted(random, custom.surnames),
    random.helpers.arrayElement(custom.middle[sex]),
    random.helpers.arrayElement(custom.given[sex]),
  ].join(' ');
  return { ethnicity: group, fullName };
}

/** A Kinh name, for staff and relatives in the lowland towns. */
export const kinhName = (random: Random, sex: Sex) => localPerson(random, sex, 'Kinh').fullName;

/** Communes and wards of the demo centre's province (Lào Cai, merged with Yên Bái in 2025). */
export const communes = [
  'Phường Lào Cai',
  'Phường Cam Đường',
  'Phường Sa Pa',
  'Phường Yên Bái',
  'Phường Nghĩa Lộ',
  'Xã Bắc Hà',
  'Xã Bát Xát',
  'Xã Mường Khương',
  'Xã Si Ma Cai',
  'Xã Mù Cang Chải',
  'Xã Bảo Yên',
];
/** The same places as they were written before the 2025 reorganisation. */
export const oldDistricts = [
  'TP Lào Cai, tỉnh Lào Cai',
  'Thị xã Sa Pa, tỉnh Lào Cai',
  'Huyện Bắc Hà, tỉnh Lào Cai',
  'Huyện Bát Xát, tỉnh Lào Cai',
  'Huyện Mường Khương, tỉnh Lào Cai',
  'TP Yên Bái, tỉnh Yên Bái',
  'Huyện Mù Cang Chải, tỉnh Yên Bái',
];
