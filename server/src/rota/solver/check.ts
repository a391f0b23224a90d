// Re-checks a finished rota against the hard rules, straight from the problem and the
// assignments (sorted shifts and free gaps, not the solver's rows), so a modelling slip shows.
import type { Assignment, HardRule, RotaProblem, Staff, Text, Violation } from './problem';
import { describeSlot, formatDay, qualificationLabel, staffLabel } from './words';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const offsetMs = 7 * hourMs;
const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`) - offsetMs;
const dayOf = (ms: number) => new Date(ms + offsetMs).toISOString().slice(0, 10);

type Shift = {
  start: number;
  end: number;
  paid: number;
  rest: number;
  duty: boolean;
  slotId?: string;
};

/** Paid hours of a shift inside [from, to). */
const paidWithin = (s: Shift, from: number, to: number) =>
  (Math.max(0, Math.min(s.end, to) - Math.max(s.start, from)) / (s.end - s.start || 1)) * s.paid;

const h = (v: number) => Math.round(v * 10) / 10;

export type CheckContext = {
  problem: RotaProblem;
  slots: Map<string, RotaProblem['slots'][number]>;
  forbidden: Set<string>;
  demanded: Set<string>;
  monthStart: number;
  monthEnd: number;
  /** Each slot's start and end as milliseconds (parsed once: the greedy pass checks often). */
  times: Map<string, { start: number; end: number }>;
};

export function checkContext(problem: RotaProblem): CheckContext {
  const [y, m] = problem.month.split('-').map(Number) as [number, number];
  return {
    problem,
    slots: new Map(problem.slots.map((s) => [s.id, s])),
    forbidden: new Set(
      problem.locks.filter((l) => l.kind === 'forbid').map((l) => `${l.staffId}|${l.slotId}`),
    ),
    demanded: new Set(problem.demands.map((d) => `${d.slotId}|${d.qualification}`)),
    monthStart: dayStart(`${problem.month}-01`),
    monthEnd: Date.UTC(y, m, 1) - offsetMs,
    times: new Map(
      problem.slots.map((s) => [s.id, { start: Date.parse(s.start), end: Date.parse(s.end) }]),
    ),
  };
}

export function checkRota(problem: RotaProblem, assignments: Assignment[]): Violation[] {
  const ctx = checkContext(problem);
  const byStaff = new Map<string, Assignment[]>();
  for (const a of assignments) byStaff.set(a.staffId, [...(byStaff.get(a.staffId) ?? []), a]);
  return problem.staff.flatMap((staff) => checkStaff(ctx, staff, byStaff.get(staff.id) ?? []));
}

/** The hard-rule violations of one person's shifts. */
export function checkStaff(ctx: CheckContext, staff: Staff, mine: Assignment[]): Violation[] {
  const { problem, slots, forbidden, monthStart, monthEnd } = ctx;
  const { limits } = problem;
  const out: Violation[] = [];
  const add = (rule: HardRule, staff: Staff, message: Text, slotId?: string, day?: string) =>
    out.push({
      rule,
      staffId: staff.id,
      ...(slotId ? { slotId } : {}),
      ...(day ? { day } : {}),
      message: {
        vi: `${staffLabel(staff)}: ${message.vi}`,
        en: `${staffLabel(staff)}: ${message.en}`,
      },
    });
  {
    const shifts: Shift[] = staff.previousShifts.map((w) => ({
      start: Date.parse(w.start),
      end: Date.parse(w.end),
      paid: w.paidHours,
      rest: w.restAfterHours,
      duty: w.duty24,
    }));
    for (const a of mine) {
      const slot = slots.get(a.slotId);
      if (!slot) continue;
      // Words only when a rule is broken (the greedy pass checks thousands of trial rotas).
      let words: Text | undefined;
      const place = () => (words ??= describeSlot({ problem }, slot));
      const { start, end } = ctx.times.get(slot.id)!;
      shifts.push({
        start,
        end,
        paid: slot.paidHours,
        rest: slot.restAfterHours,
        duty: slot.duty24,
        slotId: slot.id,
      });
      const demanded = ctx.demanded.has(`${slot.id}|${a.qualification}`);
      if (!staff.qualifications.includes(a.qualification) || !demanded)
        add(
          'qualification',
          staff,
          {
            vi: `không được xếp làm ${qualificationLabel(a.qualification).vi} ở ${place().vi}`,
            en: `cannot work as ${qualificationLabel(a.qualification).en} on ${place().en}`,
          },
          slot.id,
        );
      if (!staff.unitIds.includes(slot.unitId))
        add(
          'unit',
          staff,
          {
            vi: `không thuộc đơn vị của ${place().vi}`,
            en: `not allowed on the unit of ${place().en}`,
          },
          slot.id,
        );
      for (let t = dayStart(dayOf(start)); t < end; t += dayMs) {
        const day = dayOf(t);
        if (staff.unavailableDays.includes(day))
          add(
            'unavailable',
            staff,
            {
              vi: `nghỉ phép/bận ngày ${formatDay(day)} nhưng được xếp ${place().vi}`,
              en: `on leave on ${formatDay(day)} but rostered on ${place().en}`,
            },
            slot.id,
            day,
          );
      }
      if (forbidden.has(`${staff.id}|${slot.id}`))
        add(
          'lock',
          staff,
          {
            vi: `được xếp vào ô đã khoá không cho làm: ${place().vi}`,
            en: `rostered on a cell locked against it: ${place().en}`,
          },
          slot.id,
        );
    }
    shifts.sort((a, b) => a.start - b.start || a.end - b.end);

    // Overlaps and the rest between one shift and the next.
    for (let i = 1; i < shifts.length; i++) {
      const next = shifts[i]!;
      // Compare with every earlier shift still running or resting (a long duty can span several).
      for (let j = i - 1; j >= 0; j--) {
        const prev = shifts[j]!;
        const owed = Math.max(limits.minRestHours, prev.rest) * hourMs;
        if (prev.end + Math.max(owed, 7 * dayMs) < next.start) break;
        if (!next.slotId && !prev.slotId) continue;
        const day = dayOf(next.start);
        if (next.start < prev.end)
          add(
            'overlap',
            staff,
            {
              vi: `có hai ca trùng giờ ngày ${formatDay(day)}`,
              en: `has two overlapping shifts on ${formatDay(day)}`,
            },
            next.slotId ?? prev.slotId,
            day,
          );
        else if (next.start - prev.end < owed)
          add(
            'rest',
            staff,
            {
              vi: `chỉ nghỉ ${h((next.start - prev.end) / hourMs)} giờ trước ca ngày ${formatDay(day)} (cần ít nhất ${h(owed / hourMs)} giờ)`,
              en: `rests only ${h((next.start - prev.end) / hourMs)} h before the shift on ${formatDay(day)} (at least ${h(owed / hourMs)} h needed)`,
            },
            next.slotId ?? prev.slotId,
            day,
          );
      }
    }

    // Hours a day (24-hour duties excepted), a week and a month.
    const dayCap = limits.normalHoursPerDay + limits.overtimeHoursPerDay;
    const nonDuty = shifts.filter((s) => !s.duty);
    for (let t = monthStart; t < monthEnd; t += dayMs) {
      const worked = nonDuty.reduce((sum, s) => sum + paidWithin(s, t, t + dayMs), 0);
      if (worked > dayCap + 1e-6)
        add(
          'daily_hours',
          staff,
          {
            vi: `làm ${h(worked)} giờ ngày ${formatDay(dayOf(t))} (tối đa ${dayCap} giờ)`,
            en: `works ${h(worked)} h on ${formatDay(dayOf(t))} (at most ${dayCap} h)`,
          },
          undefined,
          dayOf(t),
        );
    }
    const firstMonday =
      monthStart - ((new Date(monthStart + offsetMs).getUTCDay() + 6) % 7) * dayMs;
    const weekCap = limits.normalHoursPerWeek + limits.overtimeHoursPerWeek;
    for (let w = firstMonday; w < monthEnd; w += 7 * dayMs) {
      const worked = shifts.reduce((sum, s) => sum + paidWithin(s, w, w + 7 * dayMs), 0);
      const label = {
        get vi() {
          return `tuần từ ${formatDay(dayOf(w))}`;
        },
        get en() {
          return `the week from ${formatDay(dayOf(w))}`;
        },
      };
      if (worked > weekCap + 1e-6)
        add(
          'weekly_hours',
          staff,
          {
            vi: `làm ${h(worked)} giờ trong ${label.vi} (tối đa ${weekCap} giờ)`,
            en: `works ${h(worked)} h in ${label.en} (at most ${weekCap} h)`,
          },
          undefined,
          dayOf(w),
        );
      // The longest stretch without work inside the week (unknown time after the month is free).
      let longest = 0;
      let free = w;
      for (const s of shifts) {
        if (s.end <= w || s.start >= w + 7 * dayMs) continue;
        longest = Math.max(longest, s.start - free);
        free = Math.max(free, s.end);
      }
      longest = Math.max(longest, w + 7 * dayMs - free);
      if (longest < limits.weeklyRestHours * hourMs - 1e-6)
        add(
          'weekly_rest',
          staff,
          {
            vi: `không có ${limits.weeklyRestHours} giờ nghỉ liên tục trong ${label.vi}`,
            en: `has no ${limits.weeklyRestHours} consecutive hours off in ${label.en}`,
          },
          undefined,
          dayOf(w),
        );
    }
    // Overtime as the Labour Code counts it (duties apart): each day's hours over the daily
    // normal, and each week's hours over the weekly normal net of those, for the month's days.
    const normalShifts = shifts.filter((s) => !s.duty);
    const dailyExcess = new Map<number, number>();
    for (let t = monthStart; t < monthEnd; t += dayMs) {
      const worked = normalShifts.reduce((sum, s) => sum + paidWithin(s, t, t + dayMs), 0);
      if (worked > limits.normalHoursPerDay) dailyExcess.set(t, worked - limits.normalHoursPerDay);
    }
    let counted = 0;
    for (let w = firstMonday; w < monthEnd; w += 7 * dayMs) {
      const worked = normalShifts.reduce((sum, s) => sum + paidWithin(s, w, w + 7 * dayMs), 0);
      let excess = 0;
      for (const [t, e] of dailyExcess) if (t >= w && t < w + 7 * dayMs) excess += e;
      counted += Math.max(excess, worked - limits.normalHoursPerWeek);
    }
    const allowance = Math.min(
      limits.overtimeHoursPerMonth,
      limits.overtimeHoursPerYear - staff.overtimeHoursThisYear,
    );
    if (counted > Math.max(0, allowance) + 1e-6)
      add('overtime', staff, {
        vi: `làm thêm giờ ${h(counted)} giờ trong tháng theo Bộ luật Lao động (tối đa ${h(Math.max(0, allowance))} giờ)`,
        en: `works ${h(counted)} h of overtime in the month as the Labour Code counts it (at most ${h(Math.max(0, allowance))} h)`,
      });
    const monthHours = shifts.reduce((sum, s) => sum + paidWithin(s, monthStart, monthEnd), 0);
    const overtime = monthHours - staff.contractHours;
    if (overtime > limits.overtimeHoursPerMonth + 1e-6)
      add('monthly_hours', staff, {
        vi: `làm thêm ${h(overtime)} giờ trong tháng (tối đa ${limits.overtimeHoursPerMonth} giờ)`,
        en: `works ${h(overtime)} h overtime in the month (at most ${limits.overtimeHoursPerMonth} h)`,
      });
    else if (
      overtime > 0 &&
      staff.overtimeHoursThisYear + overtime > limits.overtimeHoursPerYear + 1e-6
    )
      add('yearly_overtime', staff, {
        vi: `vượt giới hạn làm thêm ${limits.overtimeHoursPerYear} giờ trong năm`,
        en: `goes over the yearly overtime cap of ${limits.overtimeHoursPerYear} h`,
      });
  }
  return out;
}
