import { centreDay } from './dates';
import {
  closureSchema,
  missingChecklistItems,
  residentAdmitSchema,
  residentEditSchema,
} from './residents';

const admission = {
  date: '2026-01-02',
  route: 'hardship',
  decision: { number: '12/QĐ-SYT', date: '2026-01-02', issuer: 'Sở Y tế' },
};
const base = {
  fullName: 'Lê Văn Tám',
  gender: 'male',
  birthDate: '1950-01-01',
  categories: ['elderly'],
  admission,
};
const issues = (input: unknown) => {
  const r = residentAdmitSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('residentAdmitSchema', () => {
  it('accepts a minimal admission and fills the defaults', () => {
    const r = residentAdmitSchema.parse(base);
    expect(r).toMatchObject({ birthYear: 1950, ethnicity: 'Kinh', texture: 'regular', risks: [] });
    expect(r.admission.checklist).toEqual([]);
  });

  it('takes a birth year alone when the date is unknown', () => {
    const r = residentAdmitSchema.parse({ ...base, birthDate: null, birthYear: 1948 });
    expect(r).toMatchObject({ birthDate: null, birthYear: 1948 });
    expect(issues({ ...base, birthDate: null })).toEqual(['birthDate:required']);
  });

  it('refuses impossible dates', () => {
    const tomorrow = String(Number(centreDay().slice(0, 4)) + 1) + centreDay().slice(4);
    expect(issues({ ...base, birthDate: tomorrow })).toContain('birthDate:date_in_future');
    expect(issues({ ...base, birthDate: '2026-02-30' })).toContain('birthDate:invalid_date');
    expect(issues({ ...base, birthDate: '2026-06-01' })).toEqual(['admission.date:before_birth']);
  });

  it('refuses unknown or repeated categories and needs at least one', () => {
    expect(issues({ ...base, categories: ['pirate'] })[0]).toMatch(/^categories\.0:/);
    expect(issues({ ...base, categories: [] })[0]).toMatch(/^categories:/);
    expect(issues({ ...base, categories: ['elderly', 'elderly'] })).toEqual([
      'categories:duplicate_items',
    ]);
  });

  it('needs a review date for an emergency protection stay', () => {
    const emergency = { ...admission, route: 'emergency_protection' };
    expect(issues({ ...base, admission: emergency })).toEqual(['admission.reviewDate:required']);
    expect(issues({ ...base, admission: { ...emergency, reviewDate: '2026-03-01' } })).toEqual([]);
  });

  it('checks identity numbers', () => {
    expect(
      issues({ ...base, idNumber: '012345678901', healthInsuranceNumber: 'dn4010123456789' }),
    ).toEqual([]);
    expect(issues({ ...base, idNumber: '12345' })).toEqual(['idNumber:invalid_id_number']);
  });

  it('lists what an admission file is missing', () => {
    expect(missingChecklistItems({ checklist: ['application', 'decision'] })).not.toContain(
      'decision',
    );
    expect(missingChecklistItems({ checklist: [] })).toHaveLength(8);
  });
});

describe('edits and closure', () => {
  it('takes any subset of editable fields with the version, nothing else', () => {
    expect(residentEditSchema.safeParse({ version: 3, room: 'A101' }).success).toBe(true);
    expect(residentEditSchema.safeParse({ room: 'A101' }).success).toBe(false);
    expect(residentEditSchema.safeParse({ version: 3, code: 'DT-9' }).success).toBe(false);
    expect(residentEditSchema.safeParse({ version: 3, admission }).success).toBe(false);
  });

  it('needs a reason from the Decree 20 list to close', () => {
    const ok = { version: 1, date: '2026-01-05', reason: 'adoption', handover: {} };
    expect(closureSchema.safeParse(ok).success).toBe(true);
    expect(closureSchema.safeParse({ ...ok, reason: 'bored' }).success).toBe(false);
  });
});

it('leaves out of an edit what was not sent (no defaults filled in)', () => {
  expect(residentEditSchema.parse({ version: 1, texture: 'soft' })).toEqual({
    version: 1,
    texture: 'soft',
  });
});
