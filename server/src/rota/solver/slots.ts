// Lays shift templates over a month as slots (instants in Asia/Ho_Chi_Minh, night hours,
// weekend and holiday flags): what the planner and the benchmark feed the solver.
import { centreDayStartMs, monthDays } from './prepare';
import { nightHoursBetween, type RotaProblemInput } from './problem';

type SlotInput = RotaProblemInput['slots'][number];

export type ShiftTemplate = {
  id: string;
  name: string;
  /** Local start, `HH:mm`. */
  start: string;
  /** Clock length in hours (crossing midnight is fine). */
  hours: number;
  paidHours?: number;
  duty24?: boolean;
  restAfterHours?: number;
};

const iso = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19) + '+07:00';

export function monthSlots(
  month: string,
  unitId: string,
  templates: ShiftTemplate[],
  holidays: string[] = [],
  days: string[] = monthDays(month),
): SlotInput[] {
  const out: SlotInput[] = [];
  for (const day of days) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    for (const t of templates) {
      const [hh, mm] = t.start.split(':').map(Number) as [number, number];
      const startMs = centreDayStartMs(day) + (hh * 60 + mm) * 60_000;
      const endMs = startMs + t.hours * 3_600_000;
      out.push({
        id: `${unitId}:${day}:${t.id}`,
        unitId,
        templateId: t.id,
        name: t.name,
        day,
        start: iso(startMs),
        end: iso(endMs),
        paidHours: t.paidHours ?? t.hours,
        nightHours: nightHoursBetween(startMs, endMs),
        duty24: t.duty24 ?? false,
        restAfterHours: t.restAfterHours ?? 0,
        holiday: holidays.includes(day),
        weekend: weekday === 0 || weekday === 6,
      });
    }
  }
  return out;
}

/** The centre's usual three 8-hour shifts and the 24-hour duty with 24 hours' compensatory rest. */
export const standardTemplates: ShiftTemplate[] = [
  { id: 'morning', name: 'Sáng 06–14', start: '06:00', hours: 8 },
  { id: 'afternoon', name: 'Chiều 14–22', start: '14:00', hours: 8 },
  { id: 'night', name: 'Đêm 22–06', start: '22:00', hours: 8 },
];
export const dutyTemplate: ShiftTemplate = {
  id: 'duty24',
  name: 'Trực 24 giờ',
  start: '07:00',
  hours: 24,
  paidHours: 24,
  duty24: true,
  restAfterHours: 24,
};
