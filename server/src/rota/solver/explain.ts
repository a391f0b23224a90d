// Turns a solved rota into what a manager reads: coverage, what is missing and why, fairness,
// wishes met, changes against the draft, locks kept, and a one-paragraph summary (vi and en).
import { fairnessTeams } from './model';
import type { Prepared } from './prepare';
import type {
  Assignment,
  Explanation,
  Shortfall,
  SolverReport,
  Spread,
  Text,
  Violation,
} from './problem';
import { describeSlot, qualificationLabel, sexLabel } from './words';

const spreadOf = (counts: number[]): Spread =>
  counts.length === 0
    ? { min: 0, max: 0, spread: 0 }
    : {
        min: Math.min(...counts),
        max: Math.max(...counts),
        spread: Math.max(...counts) - Math.min(...counts),
      };

const percent = (part: number, whole: number) =>
  whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10;

export function explain(
  p: Prepared,
  assignments: Assignment[],
  violations: Violation[],
  report: SolverReport,
): Explanation {
  const { problem } = p;
  const staffById = new Map(problem.staff.map((s) => [s.id, s]));
  const bySlot = new Map<string, Assignment[]>();
  for (const a of assignments) bySlot.set(a.slotId, [...(bySlot.get(a.slotId) ?? []), a]);

  // Coverage against minimum and preferred headcounts, and every shortfall named.
  let minWanted = 0;
  let minCovered = 0;
  let prefWanted = 0;
  let prefCovered = 0;
  const shortfalls: Shortfall[] = [];
  for (const d of p.demands) {
    const slot = p.slots[d.slot]!;
    const preferred = Math.max(d.min, d.preferred);
    const assigned = (bySlot.get(slot.id) ?? []).filter(
      (a) =>
        a.qualification === d.qualification && (!d.sex || staffById.get(a.staffId)?.sex === d.sex),
    ).length;
    minWanted += d.min;
    minCovered += Math.min(assigned, d.min);
    prefWanted += preferred;
    prefCovered += Math.min(assigned, preferred);
    const level = assigned < d.min ? 'minimum' : assigned < preferred ? 'preferred' : null;
    if (!level) continue;
    const wanted = level === 'minimum' ? d.min : preferred;
    const where = describeSlot(p, slot);
    const q = qualificationLabel(d.qualification);
    const who = d.sex
      ? { vi: `${q.vi} ${sexLabel(d.sex).vi}`, en: `${sexLabel(d.sex).en} ${q.en}` }
      : q;
    const why: Text =
      d.eligible < wanted
        ? {
            vi: `chỉ có ${d.eligible} người đủ điều kiện (đúng chuyên môn, được làm ở đơn vị, không nghỉ phép)`,
            en: `only ${d.eligible} staff qualify (qualification, unit, not on leave)`,
          }
        : {
            vi: `${d.eligible} người đủ điều kiện nhưng đã hết giờ làm, cần nghỉ giữa ca hoặc nghỉ tuần`,
            en: `${d.eligible} staff qualify but are out of hours or owed rest`,
          };
    const levelText =
      level === 'minimum'
        ? { vi: 'tối thiểu', en: 'minimum' }
        : { vi: 'mong muốn', en: 'preferred' };
    shortfalls.push({
      slotId: slot.id,
      unitId: slot.unitId,
      day: slot.day,
      qualification: d.qualification,
      ...(d.sex ? { sex: d.sex } : {}),
      level,
      wanted,
      assigned,
      eligible: d.eligible,
      message: {
        vi: `${where.vi}: thiếu ${wanted - assigned} ${who.vi} so với mức ${levelText.vi} (cần ${wanted}, xếp được ${assigned}) – ${why.vi}.`,
        en: `${where.en}: ${wanted - assigned} ${who.en} short of the ${levelText.en} (needs ${wanted}, has ${assigned}) – ${why.en}.`,
      },
    });
  }
  shortfalls.sort((a, b) =>
    a.level === b.level ? a.day.localeCompare(b.day) : a.level === 'minimum' ? -1 : 1,
  );

  // Fairness per team, over the staff who could take such shifts at all.
  const slotById = new Map(p.slots.map((s) => [s.id, s]));
  const kinds = {
    nights: (id: string) => slotById.get(id)?.night ?? false,
    weekends: (id: string) => slotById.get(id)?.weekend ?? false,
    holidays: (id: string) => slotById.get(id)?.holiday ?? false,
  };
  const teams = fairnessTeams(p).map(({ unitId, qualification, members }) => {
    const spread = (counts: (id: string) => boolean) =>
      spreadOf(
        members
          .filter((s) => p.byStaff[s]!.some((c) => counts(p.slots[c.slot]!.id)))
          .map(
            (s) =>
              assignments.filter((a) => a.staffId === problem.staff[s]!.id && counts(a.slotId))
                .length,
          ),
      );
    return {
      unitId,
      qualification,
      nights: spread(kinds.nights),
      weekends: spread(kinds.weekends),
      holidays: spread(kinds.holidays),
    };
  });
  const worst = (key: 'nights' | 'weekends' | 'holidays'): Spread =>
    teams.reduce<Spread>((w, t) => (t[key].spread > w.spread ? t[key] : w), {
      min: 0,
      max: 0,
      spread: 0,
    });

  // Wishes: a "want" is met by one matching shift, an "avoid" by none.
  let total = 0;
  let hits = 0;
  for (const staff of problem.staff) {
    const mine = assignments
      .filter((a) => a.staffId === staff.id)
      .map((a) => slotById.get(a.slotId)!);
    for (const pref of staff.preferences) {
      total++;
      const matched = mine.some(
        (s) =>
          s &&
          (!pref.day || s.day === pref.day) &&
          (!pref.templateId || s.templateId === pref.templateId),
      );
      if (matched === (pref.kind === 'want')) hits++;
    }
  }

  const draft = new Set(problem.draft.map((a) => `${a.staffId}|${a.slotId}`));
  const now = new Set(assignments.map((a) => `${a.staffId}|${a.slotId}`));
  const changes = {
    added: [...now].filter((k) => !draft.has(k)).length,
    removed: problem.draft.length === 0 ? 0 : [...draft].filter((k) => !now.has(k)).length,
  };
  const keeps = problem.locks.filter((l) => l.kind === 'keep');
  const locks = {
    total: keeps.length,
    kept: keeps.filter((l) =>
      assignments.some(
        (a) =>
          a.staffId === l.staffId &&
          a.slotId === l.slotId &&
          (!l.qualification || a.qualification === l.qualification),
      ),
    ).length,
  };

  const coverage = {
    minimum: { wanted: minWanted, assigned: minCovered, percent: percent(minCovered, minWanted) },
    preferred: {
      wanted: prefWanted,
      assigned: prefCovered,
      percent: percent(prefCovered, prefWanted),
    },
  };
  const problems = [...p.problems];
  if (report.status === 'infeasible')
    problems.push({
      vi: 'Các ô đã khoá mâu thuẫn với nhau hoặc với quy định về giờ làm, nghỉ giữa ca, nghỉ hằng tuần: hãy bỏ bớt ô khoá rồi xếp lại.',
      en: 'The locked cells clash with each other or with the hours, rest or weekly-rest rules: unlock some and solve again.',
    });
  return {
    coverage,
    shortfalls,
    hardViolations: violations,
    fairness: {
      nights: worst('nights'),
      weekends: worst('weekends'),
      holidays: worst('holidays'),
      teams,
    },
    preferences: { total, hits },
    changes,
    locks,
    problems,
    summary: summarise(report, assignments.length, coverage, shortfalls, violations.length),
  };
}

function summarise(
  report: SolverReport,
  count: number,
  coverage: Explanation['coverage'],
  shortfalls: Shortfall[],
  violations: number,
): Text {
  const short = shortfalls
    .filter((s) => s.level === 'minimum')
    .reduce((n, s) => n + s.wanted - s.assigned, 0);
  const status: Record<SolverReport['status'], Text> = {
    optimal: { vi: 'Đã tìm được lịch tối ưu', en: 'An optimal rota was found' },
    feasible: {
      vi: 'Đã tìm được lịch tốt nhất trong thời gian cho phép',
      en: 'The best rota within the time limit was found',
    },
    cancelled: {
      vi: 'Đã dừng theo yêu cầu; đây là lịch tốt nhất tìm được đến lúc dừng',
      en: 'Stopped on request; this is the best rota found so far',
    },
    infeasible: { vi: 'Không xếp được lịch', en: 'No rota is possible' },
    no_solution: {
      vi: 'Chưa tìm được lịch nào trong thời gian cho phép',
      en: 'No rota was found within the time limit',
    },
    error: { vi: 'Bộ xếp lịch gặp lỗi', en: 'The solver failed' },
  };
  const head = status[report.status];
  if (
    report.status === 'infeasible' ||
    report.status === 'no_solution' ||
    report.status === 'error'
  )
    return { vi: `${head.vi}.`, en: `${head.en}.` };
  const cover =
    short === 0
      ? {
          vi: `đủ người ở mức tối thiểu cho mọi ca (${coverage.preferred.percent}% mức mong muốn)`,
          en: `every shift has its minimum (${coverage.preferred.percent}% of preferred)`,
        }
      : {
          vi: `còn thiếu ${short} lượt người so với mức tối thiểu (phủ ${coverage.minimum.percent}%)`,
          en: `${short} short of the minimum headcount (${coverage.minimum.percent}% covered)`,
        };
  const rules =
    violations === 0
      ? { vi: 'không vi phạm quy định nào', en: 'no rule broken' }
      : { vi: `${violations} vi phạm quy định`, en: `${violations} rule violations` };
  return {
    vi: `${head.vi}: ${count} lượt phân ca, ${cover.vi}, ${rules.vi}.`,
    en: `${head.en}: ${count} assignments, ${cover.en}, ${rules.en}.`,
  };
}
