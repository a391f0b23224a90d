import {
  ageBandOf,
  ageOf,
  ageOn,
  ageOutDate,
  birthYearsOf,
  emergencyStayEnd,
  residentFlags,
} from './resident-rules';

describe('ages', () => {
  it('counts whole years, the birthday included', () => {
    expect(ageOn('2010-11-26', '2026-11-25')).toBe(15);
    expect(ageOn('2010-11-26', '2026-11-26')).toBe(16);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('uses the birth year alone when the date is unknown', () => {
    expect(ageOf({ birthDate: null, birthYear: 1950 }, '2026-01-02')).toBe(76);
  });

  it('puts each age in one band', () => {
    expect([0, 5, 6, 15, 16, 21, 22, 59, 60, 79, 80, 104].map(ageBandOf)).toEqual([
      'under_6',
      'under_6',
      '6_to_15',
      '6_to_15',
      '16_to_21',
      '16_to_21',
      '22_to_59',
      '22_to_59',
      '60_to_79',
      '60_to_79',
      '80_plus',
      '80_plus',
    ]);
  });

  it('gives birth years wide enough for every age in a band', () => {
    const [from, to] = birthYearsOf('6_to_15', '2026-11-26');
    for (const birthDate of ['2011-01-01', '2011-11-27', '2020-11-26', '2010-11-27'])
      if (ageBandOf(ageOn(birthDate, '2026-11-26')) === '6_to_15') {
        expect(Number(birthDate.slice(0, 4))).toBeGreaterThanOrEqual(from);
        expect(Number(birthDate.slice(0, 4))).toBeLessThanOrEqual(to);
      }
  });
});

describe('age-out and emergency stay', () => {
  it('is the 16th birthday, or the 22nd while in education', () => {
    expect(ageOutDate({ birthDate: '2010-05-31', birthYear: 2010 }, false)).toBe('2026-05-31');
    expect(ageOutDate({ birthDate: '2010-05-31', birthYear: 2010 }, true)).toBe('2032-05-31');
    expect(ageOutDate({ birthDate: '2008-02-29', birthYear: 2008 }, false)).toBe('2024-02-29');
    expect(ageOutDate({ birthDate: null, birthYear: 2011 }, false)).toBe('2027-01-01');
  });

  it('ends an emergency stay three calendar months after admission', () => {
    expect(emergencyStayEnd('2026-09-15')).toBe('2026-12-15');
    expect(emergencyStayEnd('2026-11-30')).toBe('2027-02-28');
  });

  const child = {
    birthDate: '2010-12-20',
    birthYear: 2010,
    categories: ['orphan'],
    inEducation: false,
    status: 'in_care',
    admissionDate: '2020-01-01',
    admissionRoute: 'hardship',
  };

  it('flags an age-out within 90 days, and one already passed', () => {
    expect(residentFlags(child, '2026-11-26')).toEqual([
      { kind: 'age_out', date: '2026-12-20', daysLeft: 24 },
    ]);
    expect(residentFlags(child, '2026-12-21')[0]?.daysLeft).toBe(-1);
    expect(residentFlags(child, '2026-09-20')).toEqual([]);
    expect(residentFlags(child, '2026-09-21')[0]?.daysLeft).toBe(90);
    expect(residentFlags({ ...child, inEducation: true }, '2026-11-26')).toEqual([]);
    expect(residentFlags({ ...child, status: 'discharged' }, '2026-12-21')).toEqual([]);
  });

  it('flags an emergency stay three weeks before its limit', () => {
    const stay = {
      ...child,
      categories: ['emergency_protection'],
      admissionRoute: 'emergency_protection',
      admissionDate: '2026-09-10',
    };
    expect(residentFlags(stay, '2026-11-18')).toEqual([]);
    expect(residentFlags(stay, '2026-11-19')).toEqual([
      { kind: 'emergency_stay', date: '2026-12-10', daysLeft: 21 },
    ]);
  });
});
