import { auditQuerySchema, diffFields } from './audit';
import { formatDateTime, formatDay, centreDay } from './dates';
import { pageCount, pageQuerySchema } from './paging';
import { changePasswordSchema, loginSchema, userCreateSchema, userUpdateSchema } from './users';

describe('text fields', () => {
  const name = (fullName: string) =>
    userCreateSchema.safeParse({
      username: 'lan.nguyen',
      fullName,
      role: 'nurse',
      password: 'Hoa.Sen.2026',
    });

  it('stores names in NFC, so a name typed with combining accents equals the precomposed one', () => {
    const decomposed = 'Nguyễn Thị Lan'.normalize('NFD');
    const parsed = name(decomposed);
    expect(parsed.success && parsed.data.fullName).toBe('Nguyễn Thị Lan'.normalize('NFC'));
  });

  it('refuses control, bidi-override and zero-width characters', () => {
    for (const bad of ['Lan\u202Egnầ', 'Lan\u200B Nguyễn', 'Lan\u0007', 'Lan\nNguyễn']) {
      const r = name(bad);
      expect(r.success ? null : r.error.issues[0]!.message).toBe('invalid_characters');
    }
  });
});

describe('passwords', () => {
  const create = (password: string, username = 'lan.nguyen') =>
    userCreateSchema.safeParse({ username, fullName: 'Nguyễn Thị Lan', role: 'nurse', password });
  const problem = (r: ReturnType<typeof create>) => (r.success ? null : r.error.issues[0]!.message);

  it('refuses what bcrypt would cut: more than 72 bytes, counted in UTF-8', () => {
    // 24 × "ố" is 72 bytes; one more letter would be ignored by bcrypt.
    expect(create('ố'.repeat(24)).success).toBe(true);
    expect(problem(create('ố'.repeat(24) + 'x'))).toBe('password_too_long');
  });

  it('refuses the most common passwords and ones containing the username', () => {
    expect(problem(create('Password123'))).toBe('password_common');
    expect(problem(create('12345678'))).toBe('password_common');
    expect(problem(create('Lan.Nguyen2026', 'lan.nguyen'))).toBe('password_has_username');
    expect(create('Bếp-trưởng 2026').success).toBe(true);
  });
});

describe('user schemas', () => {
  it('normalises a username to lower case and trims it', () => {
    const parsed = userCreateSchema.parse({
      username: '  Lan.Nguyen ',
      fullName: 'Nguyễn Thị Lan',
      role: 'nurse',
      password: 'Hoa.Sen.2026',
    });
    expect(parsed).toMatchObject({ username: 'lan.nguyen', language: 'vi' });
  });

  it('refuses unknown fields, unknown roles, short passwords and operator objects', () => {
    expect(
      userCreateSchema.safeParse({
        username: 'abc',
        fullName: 'Ab',
        role: 'nurse',
        password: 'Hoa.Sen.2026',
        admin: true,
      }).success,
    ).toBe(false);
    expect(
      userCreateSchema.safeParse({
        username: 'abc',
        fullName: 'Ab',
        role: 'boss',
        password: 'Hoa.Sen.2026',
      }).success,
    ).toBe(false);
    expect(
      userCreateSchema.safeParse({
        username: 'abc',
        fullName: 'Ab',
        role: 'nurse',
        password: 'short',
      }).success,
    ).toBe(false);
    expect(loginSchema.safeParse({ username: { $gt: '' }, password: 'x' }).success).toBe(false);
  });

  it('requires the version on every update', () => {
    expect(userUpdateSchema.safeParse({ fullName: 'Trần Văn Bình' }).success).toBe(false);
    expect(userUpdateSchema.safeParse({ version: 3, fullName: 'Trần Văn Bình' }).success).toBe(
      true,
    );
  });

  it('refuses a new password equal to the current one, on the new password field', () => {
    const result = changePasswordSchema.safeParse({
      currentPassword: 'Same#Pass1',
      newPassword: 'Same#Pass1',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['newPassword'],
      message: 'password_unchanged',
    });
  });
});

describe('paging', () => {
  it('defaults and bounds page and page size, coercing query strings', () => {
    expect(pageQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(pageQuerySchema.parse({ page: '3', pageSize: '50' })).toEqual({ page: 3, pageSize: 50 });
    expect(pageQuerySchema.safeParse({ pageSize: '1000' }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ page: '0' }).success).toBe(false);
  });

  it('counts at least one page', () => {
    expect(pageCount({ page: 1, pageSize: 20, total: 0 })).toBe(1);
    expect(pageCount({ page: 1, pageSize: 20, total: 41 })).toBe(3);
  });
});

describe('audit', () => {
  it('lists only the fields that changed, as text', () => {
    expect(
      diffFields({ role: 'carer', active: true, n: 1 }, { role: 'nurse', active: true, n: 1 }, [
        'role',
        'active',
      ]),
    ).toEqual([{ field: 'role', before: 'carer', after: 'nurse' }]);
    expect(diffFields(null, { active: false }, ['active'])).toEqual([
      { field: 'active', before: null, after: 'false' },
    ]);
  });

  it('accepts day filters only as yyyy-MM-dd', () => {
    expect(auditQuerySchema.safeParse({ from: '2026-11-01' }).success).toBe(true);
    expect(auditQuerySchema.safeParse({ from: '01/11/2026' }).success).toBe(false);
  });
});

describe('dates at the centre', () => {
  it('shows days as dd/MM/yyyy and times in Asia/Ho_Chi_Minh, 24-hour', () => {
    expect(formatDay('2026-11-05')).toBe('05/11/2026');
    expect(formatDateTime('2026-11-22T17:30:00Z')).toBe('23/11/2026 00:30');
    expect(centreDay(new Date('2026-11-22T18:00:00Z'))).toBe('2026-11-23');
  });
});
