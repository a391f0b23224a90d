// Cookie sessions kept in the database, passport on top, CSRF tokens kept in the session.
import type { Express } from 'express';
import session from 'express-session';
import MongoStore from 'connect-mongo';
import mongoose from 'mongoose';
import { Passport } from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import { csrfSync } from 'csrf-sync';
import { authenticate, resolveSession, toSessionUser, type SessionRef } from '../auth/auth.service';
import type { Config } from './config';

export type Auth = {
  passport: InstanceType<typeof Passport>;
  generateCsrfToken: (req: Express.Request, overwrite?: boolean) => string;
};

export function installSessions(app: Express, config: Config): Auth {
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
        // No TTL indexes on the embedded database: expired sessions are swept every 10 minutes.
        autoRemove: 'interval',
        autoRemoveInterval: 10,
      }),
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.production,
        maxAge: config.sessionHours * 3600 * 1000,
      },
    }),
  );

  const passport = new Passport();
  passport.use(
    new LocalStrategy((username, password, done) => {
      authenticate({ username, password }, config.login).then(
        (user) => done(null, toSessionUser(user)),
        (err: unknown) => done(err),
      );
    }),
  );
  passport.serializeUser<SessionRef>((user, done) =>
    done(null, { id: user.id, epoch: user.epoch }),
  );
  passport.deserializeUser<SessionRef>((ref, done) => {
    resolveSession(ref).then((user) => done(null, user), done);
  });
  app.use(passport.session());

  const csrf = csrfSync({
    getTokenFromRequest: (req) => {
      const header = req.headers['x-csrf-token'];
      return typeof header === 'string' ? header : undefined;
    },
  });
  app.use('/api', csrf.csrfSynchronisedProtection);
  return { passport, generateCsrfToken: csrf.generateToken as Auth['generateCsrfToken'] };
}
