// A rota violation as one sentence in Vietnamese and in English, for the API's own answers (a swap
// refused names the rules it breaks). Word for word the planner's sentences (`rota.rules.*` of the
// client's rota catalogue; swap-words.test.ts compares them).
import type { Language } from '@care/shared/language';
import type { Violation, ViolationRule } from '@care/shared/rota';

type Words = {
  rules: Record<ViolationRule, string>;
  ruleNames: Record<ViolationRule, string>;
  qualifications: Record<string, string>;
  sexes: Record<string, string>;
  leaveKinds: Record<string, string>;
  weekdays: Record<string, string>;
};

export const swapWords: Record<Language, Words> = {
  vi: {
    ruleNames: {
      double_booking: 'Trùng ca',
      short_rest: 'Nghỉ giữa ca không đủ',
      daily_hours: 'Quá giờ trong ngày',
      weekly_hours: 'Quá giờ trong tuần',
      overtime_month: 'Vượt giờ làm thêm tháng',
      overtime_year: 'Vượt giờ làm thêm năm',
      weekly_rest: 'Thiếu nghỉ hằng tuần',
      on_leave: 'Trùng ngày nghỉ phép',
      unavailable: 'Ngày nhân viên báo bận',
      missing_qualification: 'Thiếu chuyên môn',
      unit_not_allowed: 'Sai đơn vị',
      staff_inactive: 'Nhân viên đã nghỉ việc',
      no_profile: 'Chưa có hồ sơ xếp ca',
      same_sex: 'Thiếu nhân viên cùng giới',
      coverage_min: 'Thiếu người trực',
      coverage_preferred: 'Dưới mức mong muốn',
    },
    rules: {
      double_booking: 'Trùng giờ với ca bắt đầu ngày {{otherDay}}.',
      short_rest: 'Chỉ nghỉ {{hours}} giờ trước ca này (tối thiểu {{min}} giờ).',
      daily_hours: 'Làm {{hours}} giờ trong ngày (quá {{max}} giờ).',
      weekly_hours:
        'Làm {{hours}} giờ trong tuần (quá {{max}} giờ bình thường; phần vượt tính làm thêm).',
      overtime_month: 'Làm thêm {{hours}} giờ trong tháng (tối đa {{max}} giờ).',
      overtime_year: 'Làm thêm {{hours}} giờ trong năm (tối đa {{max}} giờ).',
      weekly_rest: 'Trong tuần không có {{min}} giờ nghỉ liên tục (dài nhất {{hours}} giờ).',
      on_leave: 'Xếp ca trong ngày nghỉ đã duyệt ({{kind}}).',
      unavailable: 'Nhân viên báo không làm được {{weekday}}.',
      missing_qualification: 'Ca này cần: {{needed}}.',
      unit_not_allowed: 'Nhân viên chưa được phân làm ở đơn vị này.',
      staff_inactive: 'Tài khoản nhân viên đã bị khoá.',
      no_profile: 'Nhân viên chưa có hồ sơ xếp ca (chuyên môn, đơn vị).',
      same_sex: '{{shift}}: cần ít nhất một {{qualification}} {{sex}}.',
      coverage_min: '{{shift}}: {{count}}/{{min}} {{qualification}} — dưới mức tối thiểu.',
      coverage_preferred: '{{shift}}: {{count}}/{{min}} {{qualification}} — dưới mức mong muốn.',
    },
    qualifications: {
      nurse: 'điều dưỡng',
      social_worker: 'công tác xã hội',
      carer: 'nhân viên chăm sóc',
      cook: 'cấp dưỡng',
    },
    sexes: { male: 'nam', female: 'nữ' },
    leaveKinds: { annual: 'nghỉ phép năm', sick: 'nghỉ ốm', other: 'nghỉ việc riêng' },
    weekdays: {
      '1': 'thứ Hai',
      '2': 'thứ Ba',
      '3': 'thứ Tư',
      '4': 'thứ Năm',
      '5': 'thứ Sáu',
      '6': 'thứ Bảy',
      '7': 'Chủ nhật',
    },
  },
  en: {
    ruleNames: {
      double_booking: 'Double booking',
      short_rest: 'Rest too short',
      daily_hours: 'Daily hours',
      weekly_hours: 'Weekly hours',
      overtime_month: 'Monthly overtime cap',
      overtime_year: 'Yearly overtime cap',
      weekly_rest: 'No weekly rest',
      on_leave: 'On approved leave',
      unavailable: 'Unavailable day',
      missing_qualification: 'Missing qualification',
      unit_not_allowed: 'Unit not allowed',
      staff_inactive: 'Deactivated account',
      no_profile: 'No rostering profile',
      same_sex: 'Same-sex staffing',
      coverage_min: 'Below minimum',
      coverage_preferred: 'Below preferred',
    },
    rules: {
      double_booking: 'Overlaps the shift starting {{otherDay}}.',
      short_rest: 'Only {{hours}} h of rest before this shift (at least {{min}} h).',
      daily_hours: 'Works {{hours}} h in the day (over {{max}} h).',
      weekly_hours:
        'Works {{hours}} h in the week (over {{max}} normal hours; the rest is overtime).',
      overtime_month: '{{hours}} h of overtime in the month (at most {{max}} h).',
      overtime_year: '{{hours}} h of overtime in the year (at most {{max}} h).',
      weekly_rest: 'No {{min}} h of rest in a row this week (longest {{hours}} h).',
      on_leave: 'Shift on approved leave ({{kind}}).',
      unavailable: 'The staff member cannot work on {{weekday}}.',
      missing_qualification: 'This shift needs: {{needed}}.',
      unit_not_allowed: 'The staff member is not allowed in this unit.',
      staff_inactive: 'The staff account is deactivated.',
      no_profile: 'The staff member has no rostering profile (qualifications, units).',
      same_sex: '{{shift}}: needs at least one {{sex}} {{qualification}}.',
      coverage_min: '{{shift}}: {{count}}/{{min}} {{qualification}} — below the minimum.',
      coverage_preferred: '{{shift}}: {{count}}/{{min}} {{qualification}} — below the preferred.',
    },
    qualifications: {
      nurse: 'nurse',
      social_worker: 'social worker',
      carer: 'carer',
      cook: 'cook',
    },
    sexes: { male: 'male', female: 'female' },
    leaveKinds: { annual: 'annual leave', sick: 'sick leave', other: 'other leave' },
    weekdays: {
      '1': 'Monday',
      '2': 'Tuesday',
      '3': 'Wednesday',
      '4': 'Thursday',
      '5': 'Friday',
      '6': 'Saturday',
      '7': 'Sunday',
    },
  },
};

const shortDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

/** "Nguyễn Thị Lan, 05/12, Nghỉ giữa ca không đủ: Chỉ nghỉ 8 giờ trước ca này (tối thiểu 12 giờ)." */
export function violationSentence(
  lang: Language,
  v: Violation,
  names: Map<string, string>,
  shiftName: (templateId: string | undefined) => string,
): string {
  const w = swapWords[lang];
  const d = v.detail;
  const values: Record<string, string | number> = { ...d, shift: shiftName(v.templateId) };
  if (typeof d.kind === 'string') values.kind = w.leaveKinds[d.kind] ?? d.kind;
  if (typeof d.sex === 'string') values.sex = w.sexes[d.sex] ?? d.sex;
  if (typeof d.qualification === 'string')
    values.qualification = w.qualifications[d.qualification] ?? d.qualification;
  if (typeof d.needed === 'string')
    values.needed = d.needed
      .split(',')
      .map((q) => w.qualifications[q] ?? q)
      .join(', ');
  if (typeof d.otherDay === 'string') values.otherDay = shortDay(d.otherDay);
  if (typeof d.weekday === 'number') values.weekday = w.weekdays[String(d.weekday)] ?? '';
  const text = w.rules[v.rule].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
  const who = v.staffId ? `${names.get(v.staffId) ?? '—'}, ` : '';
  return `${who}${shortDay(v.day)}, ${w.ruleNames[v.rule]}: ${text}`;
}
