import {
  dailyAllowance,
  decree20Coefficient,
  defaultKitchenSettings,
  deriveDietGroup,
  dietGroupIds,
  kitchenSettingsSchema,
} from './diet-groups';

const person = (birthDate: string, more: Partial<Parameters<typeof deriveDietGroup>[0]> = {}) => ({
  birthDate,
  birthYear: Number(birthDate.slice(0, 4)),
  diets: [] as ('standard' | 'diabetic' | 'low_salt')[],
  texture: 'regular' as const,
  ...more,
});

describe('deriveDietGroup', () => {
  const day = '2026-11-27';
  it.each([
    ['2025-06-01', 'child_1_2'],
    ['2023-11-27', 'child_3_5'],
    ['2020-11-28', 'child_3_5'],
    ['2020-11-27', 'child_6_9'],
    ['2014-01-01', 'child_10_14'],
    ['2008-01-01', 'youth_15_19'],
    ['1980-01-01', 'adult'],
    ['1966-11-27', 'elderly'],
  ])('puts someone born %s in %s by age', (birthDate, group) => {
    expect(deriveDietGroup(person(birthDate), day)).toBe(group);
  });

  it('puts a diabetic first, then a modified texture, then low salt', () => {
    expect(
      deriveDietGroup(
        person('1950-01-01', { diets: ['diabetic', 'low_salt'], texture: 'pureed' }),
        day,
      ),
    ).toBe('diabetic');
    expect(
      deriveDietGroup(person('1950-01-01', { diets: ['low_salt'], texture: 'minced' }), day),
    ).toBe('soft');
    expect(deriveDietGroup(person('1990-01-01', { diets: ['low_salt'] }), day)).toBe('low_salt');
  });

  it('uses the birth year when the date is unknown', () => {
    expect(deriveDietGroup({ ...person('1960-01-01'), birthDate: null }, day)).toBe('elderly');
  });
});

describe('food allowance (Decree 20/2021 Art. 25, Decree 76/2024)', () => {
  it('is 500,000 đ × 4.0 ÷ 30 = 66,667 đ a day from 4 years, × 5.0 = 83,333 đ under 4', () => {
    expect(dailyAllowance(defaultKitchenSettings, decree20Coefficient(4))).toBe(66_667);
    expect(dailyAllowance(defaultKitchenSettings, decree20Coefficient(3))).toBe(83_333);
  });

  it('follows an edited standard level and food share', () => {
    expect(dailyAllowance({ standardLevel: 600_000, daysPerMonth: 30, foodSharePct: 75 }, 4)).toBe(
      60_000,
    );
  });
});

describe('kitchen settings', () => {
  it('prefills every group, valid by its own schema', () => {
    expect(kitchenSettingsSchema.parse(defaultKitchenSettings).groups.map((g) => g.id)).toEqual([
      ...dietGroupIds,
    ]);
  });

  it('refuses a range whose minimum is above its maximum and a missing group', () => {
    const groups = defaultKitchenSettings.groups.map((g) =>
      g.id === 'adult' ? { ...g, lipidPct: [30, 20] } : g,
    );
    expect(kitchenSettingsSchema.safeParse({ ...defaultKitchenSettings, groups }).success).toBe(
      false,
    );
    expect(
      kitchenSettingsSchema.safeParse({
        ...defaultKitchenSettings,
        groups: defaultKitchenSettings.groups.slice(1),
      }).success,
    ).toBe(false);
  });
});
