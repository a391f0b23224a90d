// /api/auth: session view, sign in and out, own password and language.
import type { Request } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { permissionsOf } from '@care/shared/permissions';
import {
  changePasswordSchema,
  loginSchema,
  preferencesSchema,
  sessionViewSchema,
  userViewSchema,
} from '@care/shared/users';
import { recordAudit } from '../audit/audit.service';
import { ApiRouter } from '../platform/api-router';
import type { Auth } from '../platform/session';
import { getUser, changeOwnPassword, setLanguage } from '../users/users.service';
import { presentUser } from '../users/user.presenter';
import { toSessionUser } from './auth.service';

function logIn(req: Request, user: Express.User, keepSessionInfo = false): Promise<void> {
  return new Promise((resolve, reject) =>
    req.logIn(user, { keepSessionInfo, session: true }, (e) => (e ? reject(e) : resolve())),
  );
}

function logOut(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.logout((e) => (e ? reject(e) : resolve())));
}

export function authRouter(
  registry: OpenAPIRegistry,
  auth: Auth,
  { idleLockMinutes }: { idleLockMinutes: number },
) {
  const api = new ApiRouter(registry, '/api/auth', 'auth');

  async function sessionView(req: Request, overwriteToken = false) {
    const user = req.user ? presentUser(await getUser(req.user.id)) : null;
    return {
      user,
      permissions: req.user ? [...permissionsOf(req.user.role)] : [],
      // Only a signed-in session keeps a token: an anonymous visit must not store a session.
      csrfToken: req.user ? auth.generateCsrfToken(req, overwriteToken) : null,
      idleLockMinutes,
    };
  }

  api.route(
    'get',
    '/session',
    {
      summary: 'The signed-in user (or null) and a CSRF token',
      access: 'public',
      response: sessionViewSchema,
    },
    ({ req }) => sessionView(req),
  );

  api.route(
    'post',
    '/login',
    {
      summary: 'Sign in with username and password',
      access: 'public',
      errors: [401, 429],
      body: loginSchema,
      response: sessionViewSchema,
    },
    async ({ body, req, res }) => {
      req.body = body;
      const user = await new Promise<Express.User>((resolve, reject) =>
        auth.passport.authenticate('local', (err: unknown, u: Express.User | false) =>
          err ? reject(err) : u ? resolve(u) : reject(err),
        )(req, res, reject),
      );
      await logIn(req, user);
      return sessionView(req, true);
    },
  );

  api.route(
    'post',
    '/logout',
    { summary: 'Sign out', access: 'public', response: sessionViewSchema },
    async ({ req }) => {
      if (req.user) {
        await recordAudit({
          actor: req.user,
          action: 'logout',
          entity: 'session',
          entityId: req.user.id,
          entityLabel: req.user.username,
        });
        await logOut(req);
      }
      return sessionView(req, true);
    },
  );

  api.route(
    'post',
    '/password',
    {
      summary: 'Change own password; other sessions end',
      access: 'signed_in',
      body: changePasswordSchema,
    },
    async ({ body, req, actor }) => {
      const after = await changeOwnPassword(actor.id, body);
      await logIn(req, toSessionUser(after), true);
      return undefined;
    },
  );

  api.route(
    'put',
    '/preferences',
    {
      summary: 'Save own interface language',
      access: 'signed_in',
      body: preferencesSchema,
      response: userViewSchema,
    },
    async ({ body, actor }) => presentUser(await setLanguage(actor.id, body.language)),
  );

  return api;
}
