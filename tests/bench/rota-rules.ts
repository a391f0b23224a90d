// Times the rota's rule checks over a whole month (pure functions, no database): the demo centre's
// size (37 staff, 5 units) and a large centre (150 staff, 8 units). Run: npx tsx tests/bench/rota-rules.ts
import { defaultRotaSettings, monthDays } from '@care/shared/rota';
import {
  checkRota,
  shiftInstants,
  type RuleCoverage,
  type RuleEntry,
  type RuleProfile,
  type RuleTemplate,
} from '@care/shared/rota-rules';

const month = '2026-12';
const rounds = 20;

function centre(staffCount: number, unitCount: number) {
  const units = Array.from({ length: unitCount }, (_, i) => `unit${i}`);
  const templates: RuleTemplate[] = units.flatMap((unitId) =>
    [
      ['06:00', '14:00'],
      ['14:00', '22:00'],
      ['22:00', '06:00'],
    ].map(([start, end], i) => ({
      id: `${unitId}-t${i}`,
      unitId,
      start: start!,
      end: end!,
      crossesMidnight: i === 2,
      breakMinutes: 30,
      breakPaid: true,
      kind: 'normal' as const,
      restAfterHours: 0,
    })),
  );
  const profiles: RuleProfile[] = Array.from({ length: staffCount }, (_, i) => ({
    staffId: `s${i}`,
    active: true,
    hasProfile: true,
    qualifications: [i % 4 === 0 ? 'nurse' : 'carer'],
    unitIds: [units[i % unitCount]!],
    sex: i % 2 ? 'male' : 'female',
    unavailableWeekdays: [],
  }));
  // Each staff member works a 6-on, 2-off rotation on one shift of their unit.
  const entries: RuleEntry[] = [];
  const days = monthDays(month);
  profiles.forEach((p, i) => {
    const template = templates.find(
      (t) => t.unitId === p.unitIds[0] && t.id.endsWith(`t${i % 3}`),
    )!;
    days.forEach((day, d) => {
      if ((d + i) % 8 >= 6) return;
      const { start, end } = shiftInstants(day, template);
      entries.push({
        id: `${p.staffId}-${day}`,
        staffId: p.staffId,
        day,
        unitId: template.unitId,
        templateId: template.id,
        start,
        end,
      });
    });
  });
  const coverage: RuleCoverage[] = templates.flatMap((t) => [
    {
      unitId: t.unitId,
      templateId: t.id,
      qualification: 'carer' as const,
      min: 2,
      preferred: 3,
      requiredSex: 'female' as const,
      exceptions: [],
    },
    {
      unitId: t.unitId,
      templateId: t.id,
      qualification: 'nurse' as const,
      min: 1,
      preferred: 1,
      requiredSex: null,
      exceptions: [],
    },
  ]);
  const leave = profiles.slice(0, 5).map((p) => ({
    staffId: p.staffId,
    from: `${month}-10`,
    to: `${month}-14`,
    status: 'approved',
    kind: 'annual',
  }));
  return { entries, templates, profiles, coverage, leave };
}

function time(name: string, staff: number, units: number) {
  const c = centre(staff, units);
  const input = {
    ...c,
    settings: defaultRotaSettings,
    period: { from: `${month}-01`, to: `${month}-31` },
  };
  let violations = 0;
  const times: number[] = [];
  for (let i = 0; i < rounds + 2; i++) {
    const t0 = performance.now();
    violations = checkRota(input).length;
    if (i >= 2) times.push(performance.now() - t0); // two warm-up rounds
  }
  times.sort((a, b) => a - b);
  const p = (q: number) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(
    `${name}: ${staff} staff, ${units} units, ${c.entries.length} entries, ${violations} violations — median ${p(0.5)} ms, max ${p(1)} ms (goal < 200 ms)`,
  );
}

time('demo centre', 37, 5);
time('large centre', 150, 8);
