// Makes the benchmark's rota problems: the demo centre (37 staff, 5 units) and a large centre
// (150 staff, 8 units), one month each, with 8-hour shifts, 24-hour duties, leave and wishes.
import { createRandom, vietnameseName } from '@care/shared/random';
import type { RotaProblemInput } from '@care/server/rota/solver/problem';
import { monthSlots, standardTemplates, dutyTemplate } from '@care/server/rota/solver/slots';

type Need = { qualification: string; sex?: 'female' | 'male'; min: number; preferred: number };
type UnitSpec = {
  id: string;
  name: string;
  /** Needs per shift template (`morning`, `afternoon`, `night`, `duty24`). */
  needs: Record<string, Need[]>;
  /** Staff of this unit by qualification. */
  staff: Record<string, number>;
};

const carers = (m: number, a: number, n: number, extra = 1): Record<string, Need[]> => ({
  morning: [{ qualification: 'carer', min: m, preferred: m + extra }],
  afternoon: [{ qualification: 'carer', min: a, preferred: a }],
  night: [{ qualification: 'carer', min: n, preferred: n }],
});

type Shape = { m: number; a: number; n: number };
const children = (id: string, name: string, c: Shape, carer: number): UnitSpec => ({
  id,
  name,
  needs: carers(c.m, c.a, c.n),
  staff: { carer },
});
const elderly = (id: string, name: string, c: Shape, carer: number, nurse: number): UnitSpec => ({
  id,
  name,
  needs: { ...carers(c.m, c.a, c.n), duty24: [{ qualification: 'nurse', min: 1, preferred: 1 }] },
  staff: { carer, nurse },
});
const disability = (id: string, name: string, c: Shape, carer: number): UnitSpec => ({
  id,
  name,
  // Residents needing intimate care: a female carer on every day shift.
  needs: {
    morning: [
      { qualification: 'carer', min: c.m, preferred: c.m },
      { qualification: 'carer', sex: 'female', min: 1, preferred: 1 },
    ],
    afternoon: [
      { qualification: 'carer', min: c.a, preferred: c.a + 1 },
      { qualification: 'carer', sex: 'female', min: 1, preferred: 1 },
    ],
    night: [{ qualification: 'carer', min: c.n, preferred: c.n }],
  },
  staff: { carer },
});
const mentalHealth = (
  id: string,
  name: string,
  c: Shape,
  carer: number,
  nurse: number,
): UnitSpec => ({
  id,
  name,
  needs: {
    morning: [
      { qualification: 'carer', min: c.m, preferred: c.m },
      { qualification: 'nurse', min: Math.ceil(nurse / 4), preferred: Math.ceil(nurse / 4) },
    ],
    afternoon: [{ qualification: 'carer', min: c.a, preferred: c.a }],
    night: [{ qualification: 'carer', min: c.n, preferred: c.n }],
  },
  staff: { carer, nurse },
});
const kitchen = (id: string, name: string, m: number, a: number, cook: number): UnitSpec => ({
  id,
  name,
  needs: {
    morning: [{ qualification: 'cook', min: m, preferred: m }],
    afternoon: [{ qualification: 'cook', min: a, preferred: a }],
  },
  staff: { cook },
});

const small = { m: 2, a: 2, n: 1 };
/** 37 staff: 8 + 12 + 6 + 7 + 4. */
export const demoUnits: UnitSpec[] = [
  children('children', 'Trẻ em', small, 8),
  elderly('elderly', 'Người cao tuổi', small, 8, 4),
  disability('disability', 'Người khuyết tật', { m: 2, a: 1, n: 1 }, 6),
  mentalHealth('mental', 'Sức khoẻ tâm thần', { m: 1, a: 1, n: 1 }, 5, 2),
  kitchen('kitchen', 'Bếp', 2, 1, 4),
];
/** 150 staff: 12 + 12 + 27 + 27 + 15 + 15 + 28 + 14. */
export const largeUnits: UnitSpec[] = [
  children('children-a', 'Trẻ em A', { m: 3, a: 3, n: 2 }, 12),
  children('children-b', 'Trẻ em B', { m: 3, a: 3, n: 2 }, 12),
  elderly('elderly-a', 'Người cao tuổi A', { m: 4, a: 4, n: 3 }, 22, 5),
  elderly('elderly-b', 'Người cao tuổi B', { m: 4, a: 4, n: 3 }, 22, 5),
  disability('disability-a', 'Người khuyết tật A', { m: 3, a: 2, n: 2 }, 15),
  disability('disability-b', 'Người khuyết tật B', { m: 3, a: 2, n: 2 }, 15),
  mentalHealth('mental', 'Sức khoẻ tâm thần', { m: 4, a: 4, n: 3 }, 20, 8),
  kitchen('kitchen', 'Bếp', 4, 3, 14),
];

/** April 2026: Hùng Kings' day (10/3 lunar) on the 26th and Reunification Day on the 30th. */
export const benchMonth = '2026-04';
const holidays = ['2026-04-26', '2026-04-30'];

export function centreProblem(units: UnitSpec[], seed: number): RotaProblemInput {
  const random = createRandom(seed);
  const templates = [...standardTemplates, dutyTemplate];
  const slots: RotaProblemInput['slots'] = [];
  const demands: RotaProblemInput['demands'] = [];
  for (const unit of units) {
    const used = templates.filter((t) => unit.needs[t.id]);
    for (const slot of monthSlots(benchMonth, unit.id, used, holidays)) {
      slots.push(slot);
      for (const need of unit.needs[slot.templateId] ?? [])
        demands.push({ slotId: slot.id, ...need });
    }
  }
  const days = [...new Set(slots.map((s) => s.day))];
  const staff: RotaProblemInput['staff'] = [];
  units.forEach((unit, u) => {
    for (const [qualification, count] of Object.entries(unit.staff)) {
      for (let i = 0; i < count; i++) {
        const sex =
          random.number.float() < (qualification === 'cook' ? 0.5 : 0.75) ? 'female' : 'male';
        // Some carers also cover the next care unit.
        const other = units[(u + 1) % units.length]!;
        const floats =
          qualification === 'carer' && other.staff.carer && random.number.float() < 0.15;
        const leave = random.number.float() < 0.25 ? random.number.int({ min: 1, max: 5 }) : 0;
        const leaveFrom = random.number.int({ min: 0, max: days.length - leave });
        const wishes = random.number.int({ min: 0, max: 3 });
        staff.push({
          id: `${unit.id}-${qualification}-${i + 1}`,
          name: vietnameseName(random, sex),
          qualifications: [qualification],
          unitIds: floats ? [unit.id, other.id] : [unit.id],
          sex,
          contractHours: 176,
          unavailableDays: days.slice(leaveFrom, leaveFrom + leave),
          preferences: Array.from({ length: wishes }, () =>
            random.number.float() < 0.5
              ? { kind: 'avoid' as const, day: random.helpers.arrayElement(days) }
              : {
                  kind: random.helpers.arrayElement(['want', 'avoid'] as const),
                  day: random.helpers.arrayElement(days),
                  templateId: random.helpers.arrayElement(standardTemplates).id,
                },
          ),
        });
      }
    }
  });
  return {
    month: benchMonth,
    units: units.map((u) => ({ id: u.id, name: u.name })),
    slots,
    staff,
    demands,
  };
}
