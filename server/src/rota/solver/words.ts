// The words the solver's explanation uses, in Vietnamese first: units, shifts, qualifications.
import type { RotaProblem, Slot, Staff, Text } from './problem';

const qualifications: Record<string, Text> = {
  nurse: { vi: 'điều dưỡng', en: 'nurse' },
  social_worker: { vi: 'cán bộ công tác xã hội', en: 'social worker' },
  carer: { vi: 'nhân viên chăm sóc', en: 'carer' },
  cook: { vi: 'cấp dưỡng', en: 'cook' },
};

export const qualificationLabel = (code: string): Text =>
  qualifications[code] ?? { vi: code, en: code };

export const sexLabel = (sex: 'female' | 'male'): Text =>
  sex === 'female' ? { vi: 'nữ', en: 'female' } : { vi: 'nam', en: 'male' };

export const staffLabel = (staff: Staff) => staff.name || staff.id;

export const formatDay = (day: string) => day.split('-').reverse().join('/');

/** "Đơn vị Trẻ em, ngày 05/03/2026, ca Đêm 22–06". */
export function describeSlot(p: { problem: RotaProblem }, slot: Slot): Text {
  const unit = p.problem.units.find((u) => u.id === slot.unitId);
  const unitName = unit?.name || slot.unitId;
  const shift = slot.name || slot.templateId;
  return {
    vi: `${unitName}, ngày ${formatDay(slot.day)}, ca ${shift}`,
    en: `${unitName}, ${formatDay(slot.day)}, shift ${shift}`,
  };
}
