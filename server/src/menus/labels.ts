// Vietnamese names of meals, diet groups and food groups for the printed workbook (the screens
// take theirs from the i18n catalogues).
import type { DietGroupId } from '@care/shared/diet-groups';
import type { FoodGroup } from '@care/shared/foods';
import type { Meal } from '@care/shared/nutrition';

export const mealLabels: Record<Meal, string> = {
  breakfast: 'Bữa sáng',
  lunch: 'Bữa trưa',
  afternoon_snack: 'Bữa phụ chiều',
  dinner: 'Bữa tối',
  late_snack: 'Bữa phụ tối',
};

export const groupLabels: Record<DietGroupId, string> = {
  child_1_2: 'Trẻ 1–2 tuổi',
  child_3_5: 'Trẻ 3–5 tuổi',
  child_6_9: 'Trẻ 6–9 tuổi',
  child_10_14: 'Trẻ 10–14 tuổi',
  youth_15_19: 'Vị thành niên 15–19 tuổi',
  adult: 'Người trưởng thành',
  elderly: 'Người cao tuổi',
  diabetic: 'Đái tháo đường',
  soft: 'Ăn mềm / xay',
  low_salt: 'Ăn nhạt',
};

export const foodGroupLabels: Record<FoodGroup, string> = {
  cereals: 'Ngũ cốc và sản phẩm chế biến',
  starchy_roots: 'Khoai củ và sản phẩm chế biến',
  pulses_nuts: 'Hạt, quả giàu đạm, béo',
  vegetables: 'Rau, quả, củ dùng làm rau',
  fruits: 'Quả chín',
  oils_fats: 'Dầu, mỡ, bơ',
  meat: 'Thịt và sản phẩm chế biến',
  fish: 'Thủy sản và sản phẩm chế biến',
  eggs: 'Trứng và sản phẩm chế biến',
  milk: 'Sữa và sản phẩm chế biến',
  canned: 'Đồ hộp',
  sugar: 'Đồ ngọt (đường, bánh, mứt, kẹo)',
  condiments: 'Gia vị, nước chấm',
  beverages: 'Nước giải khát, bia, rượu',
};
