import { z } from 'zod';
import { isoDaySchema } from './periods';
import { pageQuerySchema } from './paging';
import { changePasswordSchema, userCreateSchema, userUpdateSchema } from './users';
import {
  isValidationKey,
  validationKeys,
  validationMessage,
  type ValidationMessage,
} from './validation-keys';

/** As the server reads a failed parse: the reported issues, their input kept. */
function asServer(schema: z.ZodType, data: unknown): Record<string, ValidationMessage> {
  const parsed = schema.safeParse(data, { reportInput: true });
  if (parsed.success) return {};
  return Object.fromEntries(
    parsed.error.issues.map((issue) => [issue.path.join('.'), validationMessage(issue)]),
  );
}

/** As a form reads it: the error map answers zod's own checks, refinements keep their key. */
function asForm(schema: z.ZodType, data: unknown): Record<string, ValidationMessage> {
  const parsed = schema.safeParse(data, {
    error: (issue) => JSON.stringify(validationMessage(issue)),
  });
  if (parsed.success) return {};
  return Object.fromEntries(
    parsed.error.issues.map(({ path, message }) => [
      path.join('.'),
      isValidationKey(message) ? { key: message } : (JSON.parse(message) as ValidationMessage),
    ]),
  );
}

const user = { username: 'lan.nguyen', fullName: 'Nguyễn Thị Lan', role: 'nurse' };

describe('validationMessage', () => {
  it.each<[string, z.ZodType, unknown, Record<string, ValidationMessage>]>([
    [
      'a blank or missing field is required, whatever its minimum length',
      userCreateSchema,
      { ...user, fullName: '   ', username: undefined, password: 'Hoa.Sen.2026' },
      { fullName: { key: 'required' }, username: { key: 'required' } },
    ],
    [
      'a short text names its minimum',
      userCreateSchema,
      { ...user, password: 'short' },
      { password: { key: 'tooShort', values: { min: 8 } } },
    ],
    [
      'a long text names its maximum',
      userCreateSchema,
      { ...user, fullName: 'L'.repeat(101), password: 'Hoa.Sen.2026' },
      { fullName: { key: 'tooLong', values: { max: 100 } } },
    ],
    [
      'a number out of range names its bound',
      pageQuerySchema,
      { page: 0, pageSize: 101 },
      {
        page: { key: 'tooSmall', values: { min: 1 } },
        pageSize: { key: 'tooBig', values: { max: 100 } },
      },
    ],
    [
      'a value outside a list asks to choose one',
      userCreateSchema,
      { ...user, role: 'cook', password: 'Hoa.Sen.2026' },
      { role: { key: 'choose' } },
    ],
    [
      'a value of the wrong type is invalid',
      userUpdateSchema,
      { version: 1, active: 'yes' },
      { active: { key: 'invalid' } },
    ],
    [
      'a pattern not matched is a format problem',
      userCreateSchema,
      { ...user, username: 'Lan Nguyễn', password: 'Hoa.Sen.2026' },
      { username: { key: 'invalidFormat' } },
    ],
    [
      'an unknown field is refused by name',
      userUpdateSchema,
      { version: 1, admin: true },
      { '': { key: 'unknown_field' } },
    ],
    [
      'a refinement gives its own key',
      userCreateSchema,
      { ...user, password: 'Password123' },
      { password: { key: 'password_common' } },
    ],
    [
      'an object refinement gives its key at its path',
      changePasswordSchema,
      { currentPassword: 'Hoa.Sen.2026', newPassword: 'Hoa.Sen.2026' },
      { newPassword: { key: 'password_unchanged' } },
    ],
    [
      'a day that does not exist',
      z.object({ day: isoDaySchema }),
      { day: '2026-02-30' },
      { day: { key: 'invalid_date' } },
    ],
    [
      'hidden characters',
      userCreateSchema,
      { ...user, fullName: 'Lan\u200B Nguyễn', password: 'Hoa.Sen.2026' },
      { fullName: { key: 'invalid_characters' } },
    ],
  ])('%s, the same for the server and the forms', (_name, schema, data, expected) => {
    expect(asServer(schema, data)).toEqual(expected);
    expect(asForm(schema, data)).toEqual(expected);
  });

  it('answers invalid for a refinement without a known key', () => {
    const schema = z.string().refine((v) => v !== 'x', 'not a catalogue key');
    expect(asServer(schema, 'x')).toEqual({ '': { key: 'invalid' } });
    expect(
      asForm(
        z.string().refine((v) => v !== 'x'),
        'x',
      ),
    ).toEqual({ '': { key: 'invalid' } });
  });

  it('gives only keys of the shared list', () => {
    const issues: z.core.$ZodIssue[] = [
      ...(userCreateSchema.safeParse({}).error?.issues ?? []),
      ...(pageQuerySchema.safeParse({ page: 'x', extra: 1 }).error?.issues ?? []),
      ...(z.union([z.number(), z.boolean()]).safeParse('x').error?.issues ?? []),
    ];
    expect(issues.length).toBeGreaterThan(4);
    for (const issue of issues) expect(validationKeys).toContain(validationMessage(issue).key);
  });
});
