// A quick first rota handed to HiGHS as its starting solution: shifts filled in time order by the
// least-loaded eligible person whose week still passes every hard rule. HiGHS then improves it.
import { checkContext, checkStaff } from './check';
import type { Candidate, Prepared } from './prepare';
import type { Assignment } from './problem';

/** `shouldStop` (a cancel) ends the pass early: what is filled so far is still a valid start. */
export function greedyStart(p: Prepared, shouldStop: () => boolean = () => false): Uint8Array {
  const { problem } = p;
  const chosen = new Uint8Array(p.candidates.length);
  const ctx = checkContext(problem);
  const mine: Assignment[][] = problem.staff.map(() => []);
  const load = problem.staff.map(() => ({ hours: 0, nights: 0, weekends: 0, holidays: 0 }));
  const onSlot = new Map<number, Set<number>>();
  const take = (c: Candidate) => {
    const slot = p.slots[c.slot]!;
    chosen[c.index] = 1;
    mine[c.staff]!.push({
      staffId: problem.staff[c.staff]!.id,
      slotId: slot.id,
      qualification: c.qualification,
    });
    const l = load[c.staff]!;
    l.hours += slot.paidHours;
    if (slot.night) l.nights++;
    if (slot.weekend) l.weekends++;
    if (slot.holiday) l.holidays++;
    onSlot.set(c.slot, (onSlot.get(c.slot) ?? new Set()).add(c.staff));
    busy[c.staff]!.push([slot.startMs, slot.busyEndMs]);
  };
  const busy: [number, number][][] = problem.staff.map(() => []);
  const fits = (c: Candidate) => {
    const staff = problem.staff[c.staff]!;
    const slot = p.slots[c.slot]!;
    // Cheap first: a clash with the rest owed around a shift already taken.
    if (busy[c.staff]!.some(([from, to]) => slot.startMs < to && from < slot.busyEndMs))
      return false;
    const trial = [
      ...mine[c.staff]!,
      { staffId: staff.id, slotId: slot.id, qualification: c.qualification },
    ];
    return checkStaff(ctx, staff, trial).length === 0;
  };
  for (const options of p.keep) take(options[0]!);

  const byKey = new Map<string, Candidate[]>();
  for (const c of p.candidates) {
    const key = `${c.slot}|${c.qualification}`;
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const cap = new Map<string, number>();
  for (const d of p.demands) {
    const key = `${d.slot}|${d.qualification}`;
    cap.set(key, Math.max(cap.get(key) ?? 0, d.min, d.preferred));
  }
  // In time order; on one slot, the same-sex needs before the plain ones they also count for.
  const demands = [...p.demands].sort(
    (a, b) =>
      p.slots[a.slot]!.startMs - p.slots[b.slot]!.startMs || (a.sex ? 0 : 1) - (b.sex ? 0 : 1),
  );
  const wishScore = (c: Candidate) => {
    const slot = p.slots[c.slot]!;
    let score = 0;
    for (const pref of problem.staff[c.staff]!.preferences) {
      if (
        (pref.day && pref.day !== slot.day) ||
        (pref.templateId && pref.templateId !== slot.templateId)
      )
        continue;
      score += pref.kind === 'avoid' ? 1 : -1;
    }
    return score;
  };
  for (const level of ['min', 'preferred'] as const) {
    for (const d of demands) {
      if (shouldStop()) return chosen;
      const key = `${d.slot}|${d.qualification}`;
      const slot = p.slots[d.slot]!;
      const count = () =>
        p.candidates.length === 0
          ? 0
          : (byKey.get(key) ?? []).filter(
              (c) => chosen[c.index] && (!d.sex || problem.staff[c.staff]!.sex === d.sex),
            ).length;
      const inRole = () => (byKey.get(key) ?? []).filter((c) => chosen[c.index]).length;
      const target = level === 'min' ? d.min : Math.max(d.min, d.preferred);
      const options = (byKey.get(key) ?? [])
        .filter((c) => !d.sex || problem.staff[c.staff]!.sex === d.sex)
        .map((c) => {
          const l = load[c.staff]!;
          const contract = problem.staff[c.staff]!.contractHours || 1;
          const share =
            (slot.night ? l.nights * 4 : 0) +
            (slot.weekend ? l.weekends * 4 : 0) +
            (slot.holiday ? l.holidays * 4 : 0) +
            (4 * l.hours) / contract +
            2 * wishScore(c);
          return { c, share };
        })
        .sort((a, b) => a.share - b.share)
        .map((o) => o.c);
      for (const c of options) {
        if (count() >= target || inRole() >= (cap.get(key) ?? 0)) break;
        if (chosen[c.index] || onSlot.get(c.slot)?.has(c.staff)) continue;
        if (fits(c)) take(c);
      }
    }
  }
  return chosen;
}
