// Passport for sign-in: the local strategy (username + password, with lockout) and what a session
// keeps of the user. Handed to the session setup in platform/session.ts.
import { Passport } from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import { sweepLoginAttempts } from './attempts';
import {
  authenticate,
  resolveSession,
  toSessionUser,
  type LockoutPolicy,
  type SessionRef,
} from './auth.service';

export function createPassport(policy: LockoutPolicy): InstanceType<typeof Passport> {
  const passport = new Passport();
  passport.use(
    new LocalStrategy({ passReqToCallback: true }, (req, username, password, done) => {
      authenticate({ username, password }, policy, req.ip ?? '').then(
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
  setInterval(() => void sweepLoginAttempts().catch(() => {}), 10 * 60_000).unref();
  return passport;
}
