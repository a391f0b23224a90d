// Cookie sessions kept in the database, passport on top, CSRF tokens kept in the session.
import type { Express } from 'express';
import session from 'express-session';
import MongoStore from 'connect-mongo';
import mongoose from 'mongoose';
import type { Passport } from 'passport';
import { csrfSync } from 'csrf-sync';
import type { Config } from './config';

export type Auth = {
  passport: InstanceType<typeof Passport>;
  generateCsrfToken: (req: Express.Request, overwrite?: boolean) => string;
};

/** Removes sessions past their expiry (acknowledged write); run every 10 minutes. */
export async function sweepExpiredSessions(): Promise<number> {
  const result = await mongoose.connection
    .collection('sessions')
    .deleteMany({ expires: { $lt: new Date() } });
  return result.deletedCount;
}

/** Sessions in the database, with `passport` (made by auth/passport.ts) reading the user. */
export function installSessions(
  app: Express,
  config: Config,
  passport: InstanceType<typeof Passport>,
): Auth {
  app.use(
    session({
      name: 'ccm.sid',
      secret: config.sessionSecret,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      proxy: config.trustProxy,
      store: MongoStore.create({
        client: mongoose.connection.getClient() as never,
        dbName: mongoose.connection.db?.databaseName,
        collectionName: 'sessions',
        stringify: false,
        ttl: config.sessionHours * 3600,
        // No TTL indexes on the embedded database, and connect-mongo's own interval sweep writes
        // with w:0, which FerretDB answers anyway, leaving a stray reply on the pooled connection.
        autoRemove: 'disabled',
      }),
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.production,
        maxAge: config.sessionHours * 3600 * 1000,
      },
    }),
  );

  app.use(passport.session());
  setInterval(() => void sweepExpiredSessions().catch(() => {}), 10 * 60_000).unref();

  const csrf = csrfSync({
    getTokenFromRequest: (req) => {
      const header = req.headers['x-csrf-token'];
      return typeof header === 'string' ? header : undefined;
    },
  });
  // Sign-in is the one write without a token: before it there is no session to keep one in (an
  // anonymous visit stores nothing), and it only accepts JSON, which a cross-site form cannot send.
  app.use('/api', (req, res, next) =>
    req.method === 'POST' && req.path === '/auth/login'
      ? next()
      : csrf.csrfSynchronisedProtection(req, res, next),
  );
  return { passport, generateCsrfToken: csrf.generateToken as Auth['generateCsrfToken'] };
}
