// Builds the rota as a mixed-integer program for HiGHS, straight into arrays (columns with costs,
// bounds and integrality; rows in compressed sparse row form): one binary per eligible (staff,
// slot, qualification), hard labour rules as rows, soft goals in the objective. Columns and rows
// keep short names for reading the model as LP text (`toLp`) when debugging; HiGHS is not given
// them (building, copying and parsing names cost more than the rest of the model).
import { hoursWithin, type Candidate, type Period, type Prepared } from './prepare';

const hourMs = 3_600_000;

/** The model as HiGHS' `createModel` takes it (plain arrays, minimise). */
export type ModelArrays = {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  integrality: Int32Array;
  matrix: {
    format: 'csr';
    numRows: number;
    numCols: number;
    starts: Int32Array;
    indices: Int32Array;
    values: Float64Array;
  };
};

export type BuiltModel = {
  model: ModelArrays;
  /** Column of each candidate, by candidate index (the candidates come first: column = index). */
  x: number[];
  variables: number;
  constraints: number;
  /** How to value every other column from a choice of candidates (for a starting solution). */
  aux: [number, (chosen: Uint8Array) => number][];
  /** Column and row names, for `toLp`. */
  names: { cols: string[]; rows: string[] };
};

const count = (chosen: Uint8Array, cands: Candidate[]) =>
  cands.reduce((n, c) => n + (chosen[c.index] ? 1 : 0), 0);

const round = (v: number) => Math.round(v * 10_000) / 10_000;

/** Terms of a row or of the objective: coefficient and column name. */
type Terms = [number, string][];
const sum = (terms: Terms): Terms => terms;

/** Collects named columns and rows, then packs them into arrays. */
class Builder {
  private readonly index = new Map<string, number>();
  readonly cols: string[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly cost: number[] = [];
  private readonly integer: number[] = [];
  readonly rows: string[] = [];
  private readonly rowLo: number[] = [];
  private readonly rowHi: number[] = [];
  private readonly starts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];

  /** The column of a name, made continuous in [0, ∞) on first use. */
  col(name: string): number {
    let j = this.index.get(name);
    if (j === undefined) {
      j = this.cols.length;
      this.index.set(name, j);
      this.cols.push(name);
      this.lower.push(0);
      this.upper.push(Infinity);
      this.cost.push(0);
      this.integer.push(0);
    }
    return j;
  }
  bound(name: string, lo: number, hi: number) {
    const j = this.col(name);
    this.lower[j] = lo;
    this.upper[j] = hi;
  }
  binary(name: string) {
    const j = this.col(name);
    this.integer[j] = 1;
    this.lower[j] = 0;
    this.upper[j] = 1;
  }
  objective(terms: Terms) {
    for (const [c, name] of terms) this.cost[this.col(name)]! += round(c);
  }
  row(name: string, terms: Terms, rel: '<=' | '>=', rhs: number) {
    // Repeated columns add up (as an LP reader would).
    const merged = new Map<number, number>();
    for (const [c, v] of terms) {
      const j = this.col(v);
      merged.set(j, (merged.get(j) ?? 0) + round(c));
    }
    for (const [j, c] of merged) {
      if (c === 0) continue;
      this.indices.push(j);
      this.values.push(c);
    }
    this.starts.push(this.indices.length);
    this.rows.push(name);
    this.rowLo.push(rel === '>=' ? round(rhs) : -Infinity);
    this.rowHi.push(rel === '<=' ? round(rhs) : Infinity);
  }
  pack(): ModelArrays {
    const numCols = this.cols.length;
    const numRows = this.rows.length;
    return {
      numCols,
      numRows,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      rowLower: Float64Array.from(this.rowLo),
      rowUpper: Float64Array.from(this.rowHi),
      integrality: Int32Array.from(this.integer),
      matrix: {
        format: 'csr',
        numRows,
        numCols,
        starts: Int32Array.from(this.starts),
        indices: Int32Array.from(this.indices),
        values: Float64Array.from(this.values),
      },
    };
  }
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
  const b = new Builder();
  const objective: Terms = [];
  const bounds = { push: (name: string, lo: number, hi: number) => b.bound(name, lo, hi) };
  const binaries = { push: (...names: string[]) => names.forEach((n) => b.binary(n)) };
  const auxByName: [string, (chosen: Uint8Array) => number][] = [];
  const aux = auxByName;
  let variables = 0;
  const row = (name: string, terms: Terms, rel: '<=' | '>=', rhs: number) =>
    b.row(name, terms, rel, rhs);

  // The candidates' columns first, in candidate order.
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
      bounds.push(`umin${i}`, 0, d.min);
      objective.push([weights.uncoveredMinimum, `umin${i}`]);
      variables++;
    }
    if (preferred > d.min) {
      slack.push([1, `upref${i}`]);
      bounds.push(`upref${i}`, 0, preferred - d.min);
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
      bounds.push(y, 0, 1);
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

  b.objective(objective);
  const model = b.pack();
  return {
    model,
    x: p.candidates.map((c) => c.index),
    variables,
    constraints: model.numRows,
    aux: auxByName.map(([name, value]) => [b.col(name), value]),
    names: { cols: b.cols, rows: b.rows },
  };
}

/** The model as CPLEX LP text (for reading it, or handing it to another solver when debugging). */
export function toLp(built: BuiltModel): string {
  const { model, names } = built;
  const term = (c: number, j: number, first: boolean) =>
    `${c < 0 ? '- ' : first ? '' : '+ '}${Math.abs(c) === 1 ? '' : Math.abs(c) + ' '}${names.cols[j]}`;
  const objective: string[] = [];
  model.colCost.forEach((c, j) => c !== 0 && objective.push(term(c, j, objective.length === 0)));
  const rows: string[] = [];
  for (let i = 0; i < model.numRows; i++) {
    const parts: string[] = [];
    for (let k = model.matrix.starts[i]!; k < model.matrix.starts[i + 1]!; k++)
      parts.push(term(model.matrix.values[k]!, model.matrix.indices[k]!, parts.length === 0));
    const lo = model.rowLower[i]!;
    const hi = model.rowUpper[i]!;
    const rel = lo === -Infinity ? `<= ${hi}` : `>= ${lo}`;
    rows.push(` ${names.rows[i]}: ${parts.join(' ') || '0 ' + names.cols[0]} ${rel}`);
  }
  const bounds: string[] = [];
  const binaries: string[] = [];
  for (let j = 0; j < model.numCols; j++) {
    if (model.integrality[j]) binaries.push(names.cols[j]!);
    else if (model.colLower[j] !== 0 || model.colUpper[j] !== Infinity)
      bounds.push(` ${model.colLower[j]} <= ${names.cols[j]} <= ${model.colUpper[j]}`);
  }
  return [
    'Minimize',
    ` obj: ${objective.join(' ') || '0'}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...bounds,
    'Binary',
    ...binaries.map((n) => ' ' + n),
    'End',
    '',
  ].join('\n');
}

type Worked = { startMs: number; endMs: number; ratio: number; duty: boolean };

function overtimeRows(
  p: Prepared,
  s: number,
  cands: Candidate[],
  worked: Worked[],
  allowance: number,
  row: (name: string, terms: Terms, rel: '<=' | '>=', rhs: number) => void,
  bounds: unknown,
  aux: [string, (chosen: Uint8Array) => number][],
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
