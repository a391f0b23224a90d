// The stubbed network of component tests: MSW answers `/api/…` with bodies parsed by the shared
// zod schemas, so a stub cannot drift from what the server sends.
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import type { z } from 'zod';
import { errorBodySchema, errorStatus, type ErrorCode } from '@care/shared/errors';
import { pageInfoSchema, type PageInfo } from '@care/shared/paging';
import { permissionsOf } from '@care/shared/permissions';
import type { Role } from '@care/shared/roles';
import { sessionViewSchema, userViewSchema, type UserView } from '@care/shared/users';

export const network = setupServer();
export { http };

const json = (body: JsonBodyType, status = 200) => HttpResponse.json(body, { status });

/** `{ data }` with `data` as the schema gives it. */
export function ok<S extends z.ZodType>(schema: S, data: z.input<S>) {
  return json({ data: schema.parse(data) as JsonBodyType });
}

/** A page of a small collection: `{ data: [...], page }`. */
export function page<S extends z.ZodType>(schema: S, items: z.input<S>[], info: PageInfo) {
  return json({
    data: items.map((item) => schema.parse(item)) as JsonBodyType,
    page: pageInfoSchema.parse(info),
  });
}

/** An API error with its one status; `fields` hold messages as the server words them. */
export function apiError(code: ErrorCode, fields?: Record<string, string>, message = code) {
  const body = errorBodySchema.parse({ error: { code, message, fields } });
  return json(body, errorStatus[code]);
}

let nextId = 1;
/** An account as GET /api/users/:id answers it. */
export function userView(overrides: Partial<UserView> & { role: Role }): UserView {
  const id = (nextId++).toString(16).padStart(24, '0');
  return userViewSchema.parse({
    id,
    username: `user${nextId}`,
    fullName: 'Nguyễn Thị Lan',
    active: true,
    language: 'vi',
    version: 0,
    lockedUntil: null,
    createdAt: '2026-11-01T01:00:00.000Z',
    updatedAt: '2026-11-01T01:00:00.000Z',
    ...overrides,
  });
}

/** GET /api/auth/session answering for `user` (signed out when null). */
export function sessionOf(user: UserView | null, idleLockMinutes = 10) {
  return http.get('/api/auth/session', () =>
    ok(sessionViewSchema, {
      user,
      permissions: user ? [...permissionsOf(user.role)] : [],
      csrfToken: user ? 'csrf-test-token' : null,
      idleLockMinutes,
    }),
  );
}
