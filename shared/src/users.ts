// Staff accounts: what an admin may create and change, what a user may change of their own.
import { z } from 'zod';
import { languageSchema } from './language';
import { pageQuerySchema } from './paging';
import { roleSchema } from './roles';
import { textSchema } from './text';
import { versionSchema } from './versioning';

// Passwords people pick first; refused whatever the case.
const commonPasswords = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '11111111',
  '88888888',
  '66666666',
  '123123123',
  'password',
  'password1',
  'password123',
  'qwerty123',
  'abc12345',
  '12345678a',
  'a12345678',
  'iloveyou',
  'anhyeuem',
  'matkhau',
  'matkhau123',
  'admin123',
  'admin@123',
  'abc@1234',
  'aa@123456',
  'p@ssw0rd',
  'password@123',
  '123456aa@',
  'abcd1234',
  'qwertyuiop',
]);

/** bcrypt reads only the first 72 bytes: a longer password would be cut without notice. */
export const passwordSchema = z
  .string()
  .min(8)
  .max(72)
  .refine((p) => new TextEncoder().encode(p).length <= 72, 'password_too_long')
  .refine((p) => !commonPasswords.has(p.toLowerCase()), 'password_common');

/** Whether a password contains the account's username (refused). */
export function passwordHasUsername(password: string, username: string): boolean {
  return username.length >= 3 && password.toLowerCase().includes(username.toLowerCase());
}
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9._-]+$/);
export const fullNameSchema = textSchema(2, 100);

export const loginSchema = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(40),
  password: z.string().min(1).max(128),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(128),
    newPassword: passwordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    error: 'password_unchanged',
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const userCreateSchema = z
  .strictObject({
    username: usernameSchema,
    fullName: fullNameSchema,
    role: roleSchema,
    password: passwordSchema,
    language: languageSchema.default('vi'),
  })
  .refine((v) => !passwordHasUsername(v.password, v.username), {
    path: ['password'],
    error: 'password_has_username',
  });
export type UserCreateInput = z.input<typeof userCreateSchema>;

export const userUpdateSchema = z.strictObject({
  version: versionSchema,
  fullName: fullNameSchema.optional(),
  role: roleSchema.optional(),
  active: z.boolean().optional(),
});
export type UserUpdateInput = z.infer<typeof userUpdateSchema>;

export const passwordResetSchema = z.strictObject({
  version: versionSchema,
  password: passwordSchema,
});
export type PasswordResetInput = z.infer<typeof passwordResetSchema>;

export const preferencesSchema = z.strictObject({ language: languageSchema });
export type PreferencesInput = z.infer<typeof preferencesSchema>;

export const userListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userViewSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  active: z.boolean(),
  language: languageSchema,
  version: z.number().int(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserView = z.infer<typeof userViewSchema>;

/** What `GET /api/auth/session` answers: the signed-in user (or null) and the CSRF token. */
export const sessionViewSchema = z.object({
  user: userViewSchema.nullable(),
  permissions: z.array(z.string()),
  /** For every write; null before sign-in (the sign-in itself needs none). */
  csrfToken: z.string().nullable(),
  /** Idle minutes before the screen locks (shared tablets); 0 never locks. */
  idleLockMinutes: z.number().min(0),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

/** Roles that care for residents: the staff pickers' default (not the kitchen or the administrator). */
export const caringRoles = ['manager', 'social_worker', 'nurse', 'carer'] as const;

/** GET /api/staff: active staff of one role, or every caring role when none is given. */
export const staffQuerySchema = z.strictObject({ role: roleSchema.optional() });

/** One active staff member in a picker (key worker, assessor, responsible for a goal). */
export const staffOptionSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  role: roleSchema,
});
export type StaffOption = z.infer<typeof staffOptionSchema>;
