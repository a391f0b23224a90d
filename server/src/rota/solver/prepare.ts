// Reads a rota problem into the solver's terms: instants as milliseconds, hours split by centre
// day and week, and only the (staff, slot, qualification) pairs that could ever be assigned.
import type { Demand, Limits, RotaProblem, Slot, Staff, Text } from './problem';
import { describeSlot, staffLabel } from './words';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const offsetMs = 7 * hourMs; // Asia/Ho_Chi_Minh keeps UTC+7 all year

/** The centre day (`yyyy-MM-dd`) an instant falls on. */
export const centreDayOf = (ms: number) => new Date(ms + offsetMs).toISOString().slice(0, 10);
/** The instant a centre day begins. */
export const centreDayStartMs = (day: string) => Date.parse(`${day}T00:00:00Z`) - offsetMs;

export type Period = { startMs: number; endMs: number };

/** Hours of [start, end) falling in each centre day, keyed by day. */
export function hoursByDay(startMs: number, endMs: number): Map<string, number> {
  const out = new Map<string, number>();
  let from = startMs;
  while (from < endMs) {
    const day = centreDayOf(from);
    const to = Math.min(endMs, centreDayStartMs(day) + dayMs);
    out.set(day, (out.get(day) ?? 0) + (to - from) / hourMs);
    from = to;
  }
  return out;
}

/** Hours of [start, end) inside a period. */
export const hoursWithin = (startMs: number, endMs: number, period: Period) =>
  Math.max(0, Math.min(endMs, period.endMs) - Math.max(startMs, period.startMs)) / hourMs;

/** Days of a `yyyy-MM` month. */
export function monthDays(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** Monday-to-Sunday weeks (centre time) that touch the month. */
export function monthWeeks(days: string[]): Period[] {
  const first = centreDayStartMs(days[0]!);
  const weekday = (new Date(Date.parse(`${days[0]}T00:00:00Z`)).getUTCDay() + 6) % 7; // Monday 0
  const monthEnd = centreDayStartMs(days[days.length - 1]!) + dayMs;
  const weeks: Period[] = [];
  for (let start = first - weekday * dayMs; start < monthEnd; start += 7 * dayMs) {
    weeks.push({ startMs: start, endMs: start + 7 * dayMs });
  }
  return weeks;
}

export type PreparedSlot = Slot & {
  index: number;
  startMs: number;
  endMs: number;
  /** Until when the person who works it may not start another shift. */
  busyEndMs: number;
  hoursByDay: Map<string, number>;
  /** Paid hours spread over the clock hours, so splits by day or week add up to paidHours. */
  paidRatio: number;
  night: boolean;
};

export type Candidate = { index: number; staff: number; slot: number; qualification: string };

export type Prepared = {
  problem: RotaProblem;
  days: string[];
  month: Period;
  weeks: Period[];
  slots: PreparedSlot[];
  slotIndex: Map<string, number>;
  staffIndex: Map<string, number>;
  demands: (Demand & { slot: number; eligible: number })[];
  candidates: Candidate[];
  byStaff: Candidate[][];
  /** Candidates a keep-lock fixes, grouped per lock (at least one of each group). */
  keep: Candidate[][];
  problems: Text[];
};

export const restAfter = (limits: Limits, restAfterHours: number) =>
  Math.max(limits.minRestHours, restAfterHours) * hourMs;

/** Why a staff member can never work a slot in a qualification, or null when they could. */
function ineligibility(
  p: Prepared,
  staff: Staff,
  slot: PreparedSlot,
  qualification: string,
  demands: Demand[],
): Text | null {
  const { limits } = p.problem;
  if (!staff.qualifications.includes(qualification))
    return { vi: 'không có chuyên môn được yêu cầu', en: 'lacks the qualification' };
  if (!demands.some((d) => d.qualification === qualification && (!d.sex || d.sex === staff.sex)))
    return {
      vi: 'ca này không cần chuyên môn đó',
      en: 'the shift does not need that qualification',
    };
  if (!staff.unitIds.includes(slot.unitId))
    return { vi: 'không được phân công ở đơn vị này', en: 'not allowed on this unit' };
  const off = [...slot.hoursByDay.keys()].find((day) => staff.unavailableDays.includes(day));
  if (off) return { vi: 'đang nghỉ phép hoặc bận ngày đó', en: 'on leave or unavailable that day' };
  const cap = limits.normalHoursPerDay + limits.overtimeHoursPerDay;
  if (!slot.duty24 && [...slot.hoursByDay.values()].some((h) => h * slot.paidRatio > cap + 1e-9))
    return {
      vi: 'ca dài hơn giới hạn giờ trong ngày',
      en: 'the shift is longer than the daily cap',
    };
  for (const worked of staff.previousShifts) {
    const start = Date.parse(worked.start);
    const end = Date.parse(worked.end);
    if (slot.startMs < end + restAfter(limits, worked.restAfterHours) && start < slot.busyEndMs)
      return {
        vi: 'không đủ thời gian nghỉ sau ca đã làm tháng trước',
        en: 'too little rest after a shift worked last month',
      };
  }
  return null;
}

export function prepare(problem: RotaProblem): Prepared {
  const days = monthDays(problem.month);
  const month = {
    startMs: centreDayStartMs(days[0]!),
    endMs: centreDayStartMs(days[days.length - 1]!) + dayMs,
  };
  const slots: PreparedSlot[] = problem.slots.map((slot, index) => {
    const startMs = Date.parse(slot.start);
    const endMs = Date.parse(slot.end);
    const clockHours = (endMs - startMs) / hourMs;
    return {
      ...slot,
      index,
      startMs,
      endMs,
      busyEndMs: endMs + restAfter(problem.limits, slot.restAfterHours),
      hoursByDay: hoursByDay(startMs, endMs),
      paidRatio: clockHours > 0 ? slot.paidHours / clockHours : 0,
      night: slot.nightHours > 0,
    };
  });
  const p: Prepared = {
    problem,
    days,
    month,
    weeks: monthWeeks(days),
    slots,
    slotIndex: new Map(slots.map((s) => [s.id, s.index])),
    staffIndex: new Map(problem.staff.map((s, i) => [s.id, i])),
    demands: [],
    candidates: [],
    byStaff: problem.staff.map(() => []),
    keep: [],
    problems: [],
  };
  const demandsBySlot = new Map<number, Demand[]>();
  for (const demand of problem.demands) {
    const slot = p.slotIndex.get(demand.slotId);
    if (slot === undefined) continue;
    demandsBySlot.set(slot, [...(demandsBySlot.get(slot) ?? []), demand]);
  }
  const forbidden = new Set(
    problem.locks.filter((l) => l.kind === 'forbid').map((l) => `${l.staffId}|${l.slotId}`),
  );
  const candidateOf = new Map<string, Candidate[]>();
  const reasons = new Map<string, Text>();
  problem.staff.forEach((staff, s) => {
    for (const slot of slots) {
      const demands = demandsBySlot.get(slot.index);
      if (!demands) continue;
      const key = `${staff.id}|${slot.id}`;
      for (const qualification of new Set(demands.map((d) => d.qualification))) {
        const why = ineligibility(p, staff, slot, qualification, demands);
        if (why) {
          if (!reasons.has(key) || staff.qualifications.includes(qualification))
            reasons.set(key, why);
          continue;
        }
        if (forbidden.has(key)) continue;
        const candidate = { index: p.candidates.length, staff: s, slot: slot.index, qualification };
        p.candidates.push(candidate);
        p.byStaff[s]!.push(candidate);
        candidateOf.set(key, [...(candidateOf.get(key) ?? []), candidate]);
      }
    }
  });
  for (const demand of problem.demands) {
    const slot = p.slotIndex.get(demand.slotId);
    if (slot === undefined) continue;
    const eligible = (candidateOf: Map<string, Candidate[]>) =>
      problem.staff.filter(
        (st) =>
          (!demand.sex || st.sex === demand.sex) &&
          candidateOf
            .get(`${st.id}|${demand.slotId}`)
            ?.some((c) => c.qualification === demand.qualification),
      ).length;
    p.demands.push({ ...demand, slot, eligible: eligible(candidateOf) });
  }
  for (const lock of problem.locks.filter((l) => l.kind === 'keep')) {
    const staff = problem.staff[p.staffIndex.get(lock.staffId) ?? -1];
    const slot = slots[p.slotIndex.get(lock.slotId) ?? -1];
    const options = (candidateOf.get(`${lock.staffId}|${lock.slotId}`) ?? []).filter(
      (c) => !lock.qualification || c.qualification === lock.qualification,
    );
    if (staff && slot && options.length > 0) {
      p.keep.push(options);
      continue;
    }
    const why = reasons.get(`${lock.staffId}|${lock.slotId}`) ?? {
      vi: 'không có trong dữ liệu kế hoạch',
      en: 'not in the planning data',
    };
    const who = staff ? staffLabel(staff) : lock.staffId;
    const what = slot ? describeSlot(p, slot) : { vi: lock.slotId, en: lock.slotId };
    p.problems.push({
      vi: `Không giữ được ô đã khoá: ${who} – ${what.vi}: ${why.vi}.`,
      en: `Cannot keep the locked cell: ${who} – ${what.en}: ${why.en}.`,
    });
  }
  return p;
}
