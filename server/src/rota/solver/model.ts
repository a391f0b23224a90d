// Writes the rota as a mixed-integer program in CPLEX LP text for HiGHS: one binary per
// eligible (staff, slot, qualification), hard labour rules as rows, soft goals in the objective.
import { hoursWithin, type Candidate, type Period, type Prepared } from './prepare';

const hourMs = 3_600_000;

export type BuiltModel = {
  lp: string;
  /** Column name of each candidate, by candidate index. */
  x: string[];
  variables: number;
  constraints: number;
  /** How to value every other column from a choice of candidates (for a starting solution). */
  aux: [string, (chosen: Uint8Array) => number][];
};

const count = (chosen: Uint8Array, cands: Candidate[]) =>
  cands.reduce((n, c) => n + (chosen[c.index] ? 1 : 0), 0);

const num = (v: number) => String(Math.round(v * 10_000) / 10_000);

/** `a x1 + b x2 ...` wrapped every few terms (LP readers dislike very long lines). */
function sum(terms: [number, string][]): string {
  const parts = terms.map(([c, v], i) => {
    const sign = c < 0 ? '-' : i === 0 ? '' : '+';
    const abs = Math.abs(c);
    return `${sign} ${abs === 1 ? '' : num(abs) + ' '}${v}`.trim();
  });
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 12) lines.push(parts.slice(i, i + 12).join(' '));
  return lines.join('\n   ');
}

/** The largest set of shifts one person could work inside `set` (interval graph: greedy). */
function mostAtOnce(p: Prepared, set: Candidate[]): number {
  const slots = [...new Set(set.map((c) => p.slots[c.slot]!))].sort(
    (a, b) => a.busyEndMs - b.busyEndMs,
  );
  let count = 0;
  let free = -Infinity;
  for (const slot of slots) {
    if (slot.startMs >= free) {
      count++;
      free = slot.busyEndMs;
    }
  }
  return count;
}

/** Candidates of one person that overlap a period, with the paid hours inside it. */
function hoursIn(p: Prepared, cands: Candidate[], period: Period): [number, string, Candidate][] {
  const out: [number, string, Candidate][] = [];
  for (const c of cands) {
    const slot = p.slots[c.slot]!;
    const h = hoursWithin(slot.startMs, slot.endMs, period) * slot.paidRatio;
    if (h > 0) out.push([h, `x${c.index}`, c]);
  }
  return out;
}

export function buildModel(p: Prepared): BuiltModel {
  const { problem } = p;
  const { limits, weights } = problem;
  // `dummy` (fixed at 0) keeps the objective and the rows non-empty whatever the input.
  const objective: [number, string][] = [[1, 'dummy']];
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  const aux: BuiltModel['aux'] = [['dummy', () => 0]];
  let variables = 0;
  const row = (name: string, expr: string, rel: string, rhs: number) =>
    rows.push(` ${name}: ${expr} ${rel} ${num(rhs)}`);

  const x = p.candidates.map((c) => `x${c.index}`);
  binaries.push(...x);
  variables += x.length;

  // Stability: keeping a draft assignment earns, making a new one costs (only with a draft).
  const draft = new Set(problem.draft.map((a) => `${a.staffId}|${a.slotId}`));
  for (const c of p.candidates) {
    let cost = 0;
    if (draft.size > 0) {
      const kept = draft.has(`${problem.staff[c.staff]!.id}|${p.slots[c.slot]!.id}`);
      cost += kept ? -weights.change : weights.change;
    }
    if (cost !== 0) objective.push([cost, x[c.index]!]);
  }

  // Coverage with priced slack: below minimum is very dear, below preferred dear.
  const bySlotQual = new Map<string, Candidate[]>();
  for (const c of p.candidates) {
    const key = `${c.slot}|${c.qualification}`;
    bySlotQual.set(key, [...(bySlotQual.get(key) ?? []), c]);
  }
  const caps = new Map<string, number>();
  p.demands.forEach((d, i) => {
    const preferred = Math.max(d.min, d.preferred);
    const key = `${d.slot}|${d.qualification}`;
    caps.set(key, Math.max(caps.get(key) ?? 0, preferred));
    if (preferred === 0) return;
    const covering = (bySlotQual.get(key) ?? []).filter(
      (c) => !d.sex || problem.staff[c.staff]!.sex === d.sex,
    );
    const terms = covering.map((c): [number, string] => [1, x[c.index]!]);
    const upref = (chosen: Uint8Array) =>
      Math.min(Math.max(0, preferred - count(chosen, covering)), preferred - d.min);
    aux.push([`upref${i}`, upref]);
    aux.push([
      `umin${i}`,
      (chosen) => Math.max(0, preferred - count(chosen, covering) - upref(chosen)),
    ]);
    const slack: [number, string][] = [];
    if (d.min > 0) {
      slack.push([1, `umin${i}`]);
      bounds.push(` 0 <= umin${i} <= ${d.min}`);
      objective.push([weights.uncoveredMinimum, `umin${i}`]);
      variables++;
    }
    if (preferred > d.min) {
      slack.push([1, `upref${i}`]);
      bounds.push(` 0 <= upref${i} <= ${preferred - d.min}`);
      objective.push([weights.uncoveredPreferred, `upref${i}`]);
      variables++;
    }
    row(`cover${i}`, sum([...terms, ...slack]), '>=', preferred);
  });
  // No more people on a slot in one role than its preferred headcount.
  for (const [key, cands] of bySlotQual) {
    const cap = caps.get(key) ?? 0;
    if (cands.length > cap)
      row(`cap${key.replace('|', '_')}`, sum(cands.map((c) => [1, x[c.index]!])), '<=', cap);
  }

  problem.staff.forEach((staff, s) => {
    const cands = p.byStaff[s]!;
    if (cands.length === 0) return;
    // One shift at a time, and the rest owed after it (12 h, or the duty's compensatory rest):
    // busy intervals form an interval graph, so one row per maximal clique is exact.
    const sorted = [...cands].sort((a, b) => p.slots[a.slot]!.startMs - p.slots[b.slot]!.startMs);
    const cliques: Candidate[][] = [];
    let active: Candidate[] = [];
    for (const c of sorted) {
      const start = p.slots[c.slot]!.startMs;
      const before = active.length;
      active = active.filter((a) => p.slots[a.slot]!.busyEndMs > start);
      active.push(c);
      // Nothing ended since the last clique: it grew, so the new one replaces it.
      if (active.length === before + 1 && cliques.length > 0)
        cliques[cliques.length - 1] = [...active];
      else cliques.push([...active]);
    }
    cliques
      .filter((q) => q.length > 1)
      .forEach((q, k) => row(`rest${s}_${k}`, sum(q.map((c) => [1, x[c.index]!])), '<=', 1));

    const worked = staff.previousShifts.map((w) => ({
      startMs: Date.parse(w.start),
      endMs: Date.parse(w.end),
      ratio: w.paidHours / Math.max(1e-9, (Date.parse(w.end) - Date.parse(w.start)) / hourMs),
      duty: w.duty24,
    }));
    const workedIn = (period: Period) =>
      worked.reduce((h, w) => h + hoursWithin(w.startMs, w.endMs, period) * w.ratio, 0);

    // Hours a day (duties exempt: they are the 24-hour regime with compensatory rest).
    const dayCap = limits.normalHoursPerDay + limits.overtimeHoursPerDay;
    p.days.forEach((day, d) => {
      const period = {
        startMs: p.month.startMs + d * 24 * hourMs,
        endMs: p.month.startMs + (d + 1) * 24 * hourMs,
      };
      const terms = hoursIn(
        p,
        cands.filter((c) => !p.slots[c.slot]!.duty24),
        period,
      );
      const rhs = dayCap - workedIn(period);
      if (
        terms.reduce((t, [h]) => t + h, 0) > rhs + 1e-9 &&
        mostAtOnce(
          p,
          terms.map((t) => t[2]),
        ) > 1
      )
        row(`day${s}_${day.replaceAll('-', '')}`, sum(terms.map(([h, v]) => [h, v])), '<=', rhs);
    });

    p.weeks.forEach((week, w) => {
      // Hours a week.
      const terms = hoursIn(p, cands, week);
      const weekCap = limits.normalHoursPerWeek + limits.overtimeHoursPerWeek - workedIn(week);
      if (terms.reduce((t, [h]) => t + h, 0) > weekCap + 1e-9)
        row(`week${s}_${w}`, sum(terms.map(([h, v]) => [h, v])), '<=', weekCap);
      // A weekly rest of 24 consecutive hours: one free window among those starting at the week's
      // start or at the end of a shift (any free stretch begins at one of these).
      const restMs = limits.weeklyRestHours * hourMs;
      const starts = new Set<number>([week.startMs]);
      for (const c of cands) {
        const end = p.slots[c.slot]!.endMs;
        if (end > week.startMs && end + restMs <= week.endMs) starts.add(end);
      }
      for (const shift of worked)
        if (shift.endMs > week.startMs && shift.endMs + restMs <= week.endMs)
          starts.add(shift.endMs);
      const windows: { r: string; inside: Candidate[] }[] = [];
      let alwaysFree = false;
      for (const t of [...starts].sort((a, b) => a - b)) {
        const window = { startMs: t, endMs: t + restMs };
        if (worked.some((shift) => shift.startMs < window.endMs && shift.endMs > window.startMs))
          continue;
        const inside = cands.filter((c) => {
          const slot = p.slots[c.slot]!;
          return slot.startMs < window.endMs && slot.endMs > window.startMs;
        });
        if (inside.length === 0) {
          alwaysFree = true;
          break;
        }
        const r = `r${s}_${w}_${windows.length}`;
        windows.push({ r, inside });
        aux.push([r, (chosen) => (count(chosen, inside) === 0 ? 1 : 0)]);
      }
      if (alwaysFree || windows.length === 0) return;
      for (const { r, inside } of windows) {
        const most = mostAtOnce(p, inside);
        binaries.push(r);
        variables++;
        row(
          `free${r.slice(1)}`,
          sum([...inside.map((c): [number, string] => [1, x[c.index]!]), [most, r]]),
          '<=',
          most,
        );
      }
      row(`wrest${s}_${w}`, sum(windows.map(({ r }) => [1, r])), '>=', 1);
    });

    // Hours in the month: contract plus the overtime still allowed (month and year caps).
    const monthTerms = hoursIn(p, cands, p.month);
    const overtime = Math.max(
      0,
      Math.min(
        limits.overtimeHoursPerMonth,
        limits.overtimeHoursPerYear - staff.overtimeHoursThisYear,
      ),
    );
    const monthCap = staff.contractHours + overtime - workedIn(p.month);
    if (monthTerms.reduce((t, [h]) => t + h, 0) > monthCap + 1e-9)
      row(`month${s}`, sum(monthTerms.map(([h, v]) => [h, v])), '<=', monthCap);

    // Overtime as the Labour Code counts it (24-hour duties apart): the hours of a day over the
    // daily normal (o), then the week's hours over the weekly normal net of those (w); their sum
    // in the month stays within the month's and the year's overtime allowance.
    overtimeRows(p, s, cands, worked, overtime, row, bounds, aux, () => variables++);

    // Preferences: a wish met earns, an avoided shift worked costs.
    staff.preferences.forEach((pref, i) => {
      const matching = cands.filter((c) => {
        const slot = p.slots[c.slot]!;
        return (
          (!pref.day || slot.day === pref.day) &&
          (!pref.templateId || slot.templateId === pref.templateId)
        );
      });
      if (matching.length === 0 || weights.preference === 0) return;
      if (pref.kind === 'avoid') {
        for (const c of matching) objective.push([weights.preference, x[c.index]!]);
        return;
      }
      const y = `y${s}_${i}`;
      variables++;
      aux.push([y, (chosen) => Math.min(1, count(chosen, matching))]);
      bounds.push(` 0 <= ${y} <= 1`);
      objective.push([-weights.preference, y]);
      row(
        `want${s}_${i}`,
        sum([[1, y], ...matching.map((c): [number, string] => [-1, x[c.index]!])]),
        '<=',
        0,
      );
    });
  });

  // Fairness: within each team (staff by their first unit and qualification), the spread of nights, weekends and
  // holidays between the most and the least loaded member.
  const teams = fairnessTeams(p);
  const kinds = [
    ['n', weights.nightSpread, (slot: Prepared['slots'][number]) => slot.night],
    ['w', weights.weekendSpread, (slot: Prepared['slots'][number]) => slot.weekend],
    ['h', weights.holidaySpread, (slot: Prepared['slots'][number]) => slot.holiday],
  ] as const;
  teams.forEach(({ members }, t) => {
    for (const [kind, weight, counts] of kinds) {
      if (weight === 0) continue;
      const loads = members
        .map((s) => p.byStaff[s]!.filter((c) => counts(p.slots[c.slot]!)))
        .filter((cands) => cands.length > 0);
      if (loads.length < 2) continue;
      const hi = `hi${kind}${t}`;
      const lo = `lo${kind}${t}`;
      variables += 2;
      objective.push([weight, hi], [-weight, lo]);
      aux.push([hi, (chosen) => Math.max(...loads.map((cands) => count(chosen, cands)))]);
      aux.push([lo, (chosen) => Math.min(...loads.map((cands) => count(chosen, cands)))]);
      loads.forEach((cands, m) => {
        const terms = cands.map((c): [number, string] => [1, x[c.index]!]);
        row(`f${kind}${t}_${m}h`, sum([...terms, [-1, hi]]), '<=', 0);
        row(`f${kind}${t}_${m}l`, sum([...terms, [-1, lo]]), '>=', 0);
      });
    }
  });

  // Locked cells the manager wants kept.
  p.keep.forEach((options, k) =>
    row(`keep${k}`, sum(options.map((c) => [1, x[c.index]!])), '>=', 1),
  );

  const lp = [
    'Minimize',
    ` obj: ${sum(objective)}`,
    'Subject To',
    ...(rows.length > 0 ? rows : [' none: dummy >= 0']),
    'Bounds',
    ...bounds,
    ' dummy = 0',
    'Binary',
    ...chunk(binaries),
    'End',
    '',
  ].join('\n');
  return { lp, x, variables, constraints: rows.length, aux };
}

type Worked = { startMs: number; endMs: number; ratio: number; duty: boolean };

function overtimeRows(
  p: Prepared,
  s: number,
  cands: Candidate[],
  worked: Worked[],
  allowance: number,
  row: (name: string, expr: string, rel: string, rhs: number) => void,
  bounds: string[],
  aux: BuiltModel['aux'],
  countVariable: () => void,
) {
  const { limits } = p.problem;
  const normal = cands.filter((c) => !p.slots[c.slot]!.duty24);
  const fixed = worked.filter((w) => !w.duty);
  const fixedIn = (period: Period) =>
    fixed.reduce((h, w) => h + hoursWithin(w.startMs, w.endMs, period) * w.ratio, 0);
  const hoursOf = (chosen: Uint8Array, terms: [number, string, Candidate][]) =>
    terms.reduce((h, [v, , c]) => h + (chosen[c.index] ? v : 0), 0);
  const excess: { name: string; day: Period; value: (chosen: Uint8Array) => number }[] = [];
  const monthTerms: [number, string][] = [];
  let fixedExcess = 0;
  p.days.forEach((day, d) => {
    const period = {
      startMs: p.month.startMs + d * 24 * hourMs,
      endMs: p.month.startMs + (d + 1) * 24 * hourMs,
    };
    const terms = hoursIn(p, normal, period);
    const before = fixedIn(period);
    const most =
      terms.length === 0
        ? 0
        : mostAtOnce(
              p,
              terms.map((t) => t[2]),
            ) > 1
          ? terms.reduce((t, [h]) => t + h, 0)
          : Math.max(...terms.map(([h]) => h));
    if (before + most <= limits.normalHoursPerDay + 1e-9) return;
    if (terms.length === 0) {
      fixedExcess += before - limits.normalHoursPerDay;
      return;
    }
    const name = `o${s}_${d}`;
    countVariable();
    const value = (chosen: Uint8Array) =>
      Math.max(0, hoursOf(chosen, terms) + before - limits.normalHoursPerDay);
    aux.push([name, value]);
    excess.push({ name, day: period, value });
    monthTerms.push([1, name]);
    row(
      `od${s}_${d}`,
      sum([...terms.map(([h, v]): [number, string] => [h, v]), [-1, name]]),
      '<=',
      limits.normalHoursPerDay - before,
    );
  });
  p.weeks.forEach((week, w) => {
    const terms = hoursIn(p, normal, week);
    const before = fixedIn(week);
    const inWeek = excess.filter((e) => e.day.startMs >= week.startMs && e.day.endMs <= week.endMs);
    if (terms.reduce((t, [h]) => t + h, 0) + before <= limits.normalHoursPerWeek + 1e-9) return;
    if (terms.length === 0 && inWeek.length === 0) {
      fixedExcess += before - limits.normalHoursPerWeek;
      return;
    }
    const name = `ow${s}_${w}`;
    countVariable();
    aux.push([
      name,
      (chosen) =>
        Math.max(
          0,
          hoursOf(chosen, terms) +
            before -
            inWeek.reduce((t, e) => t + e.value(chosen), 0) -
            limits.normalHoursPerWeek,
        ),
    ]);
    monthTerms.push([1, name]);
    row(
      `owk${s}_${w}`,
      sum([
        ...terms.map(([h, v]): [number, string] => [h, v]),
        ...inWeek.map((e): [number, string] => [-1, e.name]),
        [-1, name],
      ]),
      '<=',
      limits.normalHoursPerWeek - before,
    );
  });
  if (monthTerms.length > 0)
    row(`ot${s}`, sum(monthTerms), '<=', Math.max(0, allowance - fixedExcess));
  void bounds;
}

const chunk = (names: string[]) => {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += 20) out.push(' ' + names.slice(i, i + 20).join(' '));
  return out;
};

/** Staff grouped by the first planned unit they may work and their first qualification. */
export function fairnessTeams(
  p: Prepared,
): { unitId: string; qualification: string; members: number[] }[] {
  const units = p.problem.units.map((u) => u.id);
  const teams = new Map<string, { unitId: string; qualification: string; members: number[] }>();
  p.problem.staff.forEach((staff, s) => {
    const unitId = staff.unitIds.find((u) => units.includes(u));
    const qualification = staff.qualifications[0] ?? '';
    if (!unitId) return;
    const key = `${unitId}|${qualification}`;
    if (!teams.has(key)) teams.set(key, { unitId, qualification, members: [] });
    teams.get(key)!.members.push(s);
  });
  return [...teams.values()];
}
