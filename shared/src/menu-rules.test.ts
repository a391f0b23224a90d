import {
  allergensOfSubstance,
  cycleDayFor,
  findConflicts,
  groupConflicts,
  headcountsFor,
  presentByGroup,
  stateChangeProblem,
  type ConflictDish,
  type ConflictResident,
} from './menu-rules';
import { daysOf, mondayOf, monthsOf, rangeQuerySchema } from './menus';

describe('day arithmetic', () => {
  it('walks days across months and finds Mondays', () => {
    expect(daysOf('2026-11-29', '2026-12-02')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // a Sunday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(monthsOf('2026-11-30', '2026-12-06')).toEqual(['2026-11', '2026-12']);
  });
  it('refuses a range longer than 62 days or backwards', () => {
    expect(rangeQuerySchema.safeParse({ from: '2026-01-01', to: '2026-03-03' }).success).toBe(true);
    expect(rangeQuerySchema.safeParse({ from: '2026-01-01', to: '2026-03-04' }).success).toBe(
      false,
    );
    expect(rangeQuerySchema.safeParse({ from: '2026-01-02', to: '2026-01-01' }).success).toBe(
      false,
    );
  });
});

describe('cycleDayFor', () => {
  it('repeats a 4-week cycle from the Monday of the first day', () => {
    // 2026-11-30 is a Monday.
    expect(cycleDayFor('2026-12-02', '2026-12-02', 4)).toEqual({ week: 1, weekday: 3 });
    expect(cycleDayFor('2026-12-07', '2026-12-02', 4)).toEqual({ week: 2, weekday: 1 });
    expect(cycleDayFor('2026-12-28', '2026-12-02', 4)).toEqual({ week: 1, weekday: 1 });
    expect(cycleDayFor('2026-12-27', '2026-12-02', 4)).toEqual({ week: 4, weekday: 7 });
    expect(cycleDayFor('2026-11-30', '2026-11-30', 4, 3)).toEqual({ week: 3, weekday: 1 });
    expect(cycleDayFor('2026-12-14', '2026-11-30', 4, 3)).toEqual({ week: 1, weekday: 1 });
  });
});

describe('stateChangeProblem', () => {
  it('approves a draft, locks an approved day once served, never changes a locked one', () => {
    expect(stateChangeProblem('draft', 'approved', '2026-12-01', '2026-11-27')).toBeNull();
    expect(stateChangeProblem('draft', 'locked', '2026-11-20', '2026-11-27')).toBe(
      'menu_not_approved',
    );
    expect(stateChangeProblem('approved', 'locked', '2026-12-01', '2026-11-27')).toBe(
      'menu_not_served',
    );
    expect(stateChangeProblem('approved', 'locked', '2026-11-27', '2026-11-27')).toBeNull();
    expect(stateChangeProblem('locked', 'approved', '2026-11-20', '2026-11-27')).toBe(
      'menu_locked',
    );
  });
});

describe('headcounts', () => {
  it('count residents in care only, and a typed figure wins over the count', () => {
    const present = presentByGroup([
      { status: 'in_care', group: 'elderly' },
      { status: 'in_care', group: 'elderly' },
      { status: 'absent', group: 'elderly' },
      { status: 'in_care', group: 'adult' },
    ]);
    expect(present).toEqual({ elderly: 2, adult: 1 });
    expect(headcountsFor(['adult', 'elderly', 'soft'], present, { elderly: 5 })).toEqual([
      { group: 'adult', present: 1, count: 1, edited: false },
      { group: 'elderly', present: 2, count: 5, edited: true },
      { group: 'soft', present: 0, count: 0, edited: false },
    ]);
  });
});

describe('allergensOfSubstance', () => {
  it('reads the allergen groups from free Vietnamese text', () => {
    expect(allergensOfSubstance('Tôm')).toEqual(['shellfish']);
    expect(allergensOfSubstance('Cua, ghẹ')).toEqual(['shellfish']);
    expect(allergensOfSubstance('Đậu phộng')).toEqual(['peanut']);
    expect(allergensOfSubstance('Sữa bò')).toEqual(['milk']);
    expect(allergensOfSubstance('Trứng gà')).toEqual(['egg']);
    expect(allergensOfSubstance('Penicillin')).toEqual([]);
  });
});

describe('findConflicts', () => {
  const dish = (id: string, over: Partial<ConflictDish>): ConflictDish => ({
    id,
    name: id,
    course: 'main',
    allergens: [],
    foodNames: [],
    dietTags: [],
    textures: ['regular'],
    ...over,
  });
  const dishes = new Map(
    [
      dish('shrimp', {
        name: 'Tôm rim',
        allergens: ['shellfish'],
        textures: ['regular', 'minced'],
      }),
      dish('tofu', {
        name: 'Đậu phụ sốt cà chua',
        allergens: ['soy'],
        dietTags: ['vegetarian', 'diabetic_suitable', 'low_salt'],
      }),
      dish('pork', {
        name: 'Thịt kho',
        textures: ['regular', 'minced', 'pureed'],
        foodNames: ['Thịt lợn nạc'],
      }),
      dish('tea', {
        name: 'Trà',
        course: 'drink',
        dietTags: ['vegetarian', 'diabetic_suitable', 'low_salt'],
      }),
    ].map((d) => [d.id, d]),
  );
  const person = (id: string, over: Partial<ConflictResident>): ConflictResident => ({
    id,
    fullName: id,
    room: 'A1',
    group: 'elderly',
    status: 'in_care',
    diets: [],
    texture: 'regular',
    allergies: [],
    ...over,
  });
  const residents = [
    person('an', { allergies: [{ substance: 'Tôm', severity: 'severe' }] }),
    person('binh', { texture: 'minced' }),
    person('chi', { texture: 'pureed' }),
    person('dung', { diets: ['vegetarian'] }),
    person('em', { allergies: [{ substance: 'Tôm', severity: 'severe' }], status: 'absent' }),
    person('giang', { group: 'adult', allergies: [{ substance: 'Thịt lợn', severity: 'mild' }] }),
  ];
  const day = {
    day: '2026-12-01',
    entries: [
      { meal: 'lunch' as const, group: 'elderly' as const, recipeIds: ['shrimp', 'tea'] },
      { meal: 'lunch' as const, group: 'diabetic' as const, recipeIds: ['tofu'] },
      { meal: 'dinner' as const, group: 'adult' as const, recipeIds: ['pork'] },
    ],
  };

  it('lists each resident present who must not eat a dish, with the reasons and an alternative', () => {
    const found = findConflicts([day], residents, dishes);
    const brief = found.map((c) => [
      c.resident.id,
      c.dish.id,
      c.reasons.map((r) => r.kind).join('+'),
      c.alternative,
    ]);
    expect(brief).toEqual([
      ['an', 'shrimp', 'allergy', { kind: 'dish', recipeId: 'tofu', name: 'Đậu phụ sốt cà chua' }],
      ['binh', 'shrimp', 'texture', { kind: 'texture_variant', texture: 'minced', iddsi: 5 }],
      // No pureed variant: another dish of the lunch (the diabetic group's) is suggested, but tofu
      // has no pureed variant either, so there is none.
      ['chi', 'shrimp', 'texture', null],
      ['dung', 'shrimp', 'diet', { kind: 'dish', recipeId: 'tofu', name: 'Đậu phụ sốt cà chua' }],
      ['giang', 'pork', 'allergy', null],
    ]);
    expect(found[0]!.reasons[0]).toEqual({
      kind: 'allergy',
      substance: 'Tôm',
      severity: 'severe',
      allergen: 'shellfish',
    });
    expect(found[0]!.resident).not.toHaveProperty('status');
  });

  it('finds nothing when every dish suits everyone', () => {
    expect(
      findConflicts(
        [{ day: '2026-12-01', entries: [{ meal: 'lunch', group: 'elderly', recipeIds: ['tea'] }] }],
        residents,
        dishes,
      ),
    ).toEqual([]);
  });

  it('groups the week into one line per resident and dish, with every meal and each reason once', () => {
    const week = ['2026-12-01', '2026-12-02', '2026-12-03'].map((d) => ({ ...day, day: d }));
    const found = findConflicts(week, residents, dishes);
    expect(found).toHaveLength(15);
    const lines = groupConflicts(found);
    expect(lines.map((l) => [l.resident.id, l.dish.id, l.occasions.length])).toEqual([
      ['an', 'shrimp', 3],
      ['binh', 'shrimp', 3],
      ['chi', 'shrimp', 3],
      ['dung', 'shrimp', 3],
      ['giang', 'pork', 3],
    ]);
    const an = lines[0]!;
    expect(an.reasons).toEqual([
      { kind: 'allergy', substance: 'Tôm', severity: 'severe', allergen: 'shellfish' },
    ]);
    expect(an.alternatives).toEqual([
      { kind: 'dish', recipeId: 'tofu', name: 'Đậu phụ sốt cà chua' },
    ]);
    expect(an.missingAlternative).toBe(false);
    expect(an.occasions).toEqual([
      { day: '2026-12-01', meal: 'lunch' },
      { day: '2026-12-02', meal: 'lunch' },
      { day: '2026-12-03', meal: 'lunch' },
    ]);
    expect(lines[2]!).toMatchObject({ alternatives: [], missingAlternative: true });
  });

  it('keeps apart reasons and alternatives that differ from one meal to another', () => {
    const lines = groupConflicts([
      {
        day: '2026-12-01',
        meal: 'lunch',
        group: 'elderly',
        resident: { ...residents[0]!, status: undefined } as never,
        dish: { id: 'shrimp', name: 'Tôm rim' },
        reasons: [{ kind: 'diet', diet: 'low_salt' }],
        alternative: { kind: 'dish', recipeId: 'tofu', name: 'Đậu phụ' },
      },
      {
        day: '2026-12-02',
        meal: 'dinner',
        group: 'elderly',
        resident: { ...residents[0]!, status: undefined } as never,
        dish: { id: 'shrimp', name: 'Tôm rim' },
        reasons: [
          { kind: 'diet', diet: 'low_salt' },
          { kind: 'diet', diet: 'diabetic' },
        ],
        alternative: null,
      },
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.reasons.map((r) => (r.kind === 'diet' ? r.diet : r.kind))).toEqual([
      'low_salt',
      'diabetic',
    ]);
    expect(lines[0]!.alternatives).toHaveLength(1);
    expect(lines[0]!.missingAlternative).toBe(true);
  });
});
