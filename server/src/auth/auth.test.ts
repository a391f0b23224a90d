import mongoose from 'mongoose';
import request from 'supertest';
import { testPassword, useTestApp } from '../testing/test-app';

const t = useTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15', TRUST_PROXY: 'true' });

let addresses = 0;
/** Each call comes from a new address unless one is given (the per-address throttle is apart). */
async function login(username: string, password: string, address = `10.0.0.${++addresses}`) {
  const client = await t.anonymous();
  const res = await client.agent
    .post('/api/auth/login')
    .set('X-CSRF-Token', client.csrf)
    .set('X-Forwarded-For', address)
    .send({ username, password });
  return { client, res };
}

describe('POST /api/auth/login', () => {
  it('signs in with the right password and answers the session view', async () => {
    await t.addUser({ username: 'lan.nguyen', fullName: 'Nguyễn Thị Lan', role: 'nurse' });
    const { client, res } = await login('Lan.Nguyen', testPassword);
    expect(res.status).toBe(200);
    expect(res.body.data.user).toMatchObject({ username: 'lan.nguyen', role: 'nurse' });
    expect(res.body.data.user.passwordHash).toBeUndefined();
    expect(res.body.data.permissions).toContain('residents.read');
    const session = await client.agent.get('/api/auth/session').expect(200);
    expect(session.body.data.user.username).toBe('lan.nguyen');
    // Shared tablets lock after the configured idle time (IDLE_LOCK_MINUTES, 10 by default).
    expect(session.body.data.idleLockMinutes).toBe(10);
  });

  it('sets an httpOnly SameSite session cookie', async () => {
    await t.addUser({ username: 'cookie.user', fullName: 'Trần Văn Bình', role: 'carer' });
    const { res } = await login('cookie.user', testPassword);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/ccm\.sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('returns 401 with a Vietnamese message for a wrong password', async () => {
    await t.addUser({ username: 'wrong.pw', fullName: 'Lê Văn Cường', role: 'carer' });
    const { res } = await login('wrong.pw', 'not-the-password');
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({
      code: 'invalid_credentials',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    const { res } = await login('nobody.here', testPassword);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_credentials');
  });

  it('locks an unknown username exactly like a real one', async () => {
    await t.addUser({ username: 'real.one', fullName: 'Võ Thị Hà', role: 'carer' });
    const answers = async (username: string) => {
      const out: string[] = [];
      for (let i = 0; i < 4; i++) {
        const { res } = await login(username, `bad-${i}`);
        out.push(`${res.status} ${res.body.error.code}`);
      }
      return out;
    };
    const real = await answers('real.one');
    expect(await answers('not.a.user')).toEqual(real);
    expect(real).toEqual([
      '401 invalid_credentials',
      '401 invalid_credentials',
      '429 account_locked',
      '429 account_locked',
    ]);
  });

  it('throttles one address before it can lock a colleague out', async () => {
    await t.addUser({ username: 'colleague', fullName: 'Đặng Văn Hùng', role: 'nurse' });
    const from = '192.168.1.50';
    expect((await login('colleague', 'guess-1', from)).res.status).toBe(401);
    expect((await login('colleague', 'guess-2', from)).res.status).toBe(401);
    const third = await login('colleague', 'guess-3', from);
    expect(third.res.status).toBe(429);
    expect(third.res.body.error.code).toBe('too_many_requests');
    // The colleague, at the duty desk, signs in.
    expect((await login('colleague', testPassword, '192.168.1.10')).res.status).toBe(200);
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    await t.addUser({ username: 'locked.user', fullName: 'Phạm Thị Dung', role: 'kitchen' });
    expect((await login('locked.user', 'bad-1')).res.status).toBe(401);
    expect((await login('locked.user', 'bad-2')).res.status).toBe(401);
    const third = await login('locked.user', 'bad-3');
    expect(third.res.status).toBe(429);
    expect(third.res.body.error.code).toBe('account_locked');
    expect(Number(third.res.headers['retry-after'])).toBeGreaterThan(800);
    const right = await login('locked.user', testPassword);
    expect(right.res.status).toBe(429);
  });

  it('refuses a deactivated account', async () => {
    const admin = await t.signedIn('admin');
    const user = await t.addUser({ username: 'gone.user', fullName: 'Võ Văn Em', role: 'carer' });
    await admin.agent
      .patch(`/api/users/${user._id}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ version: 0, active: false })
      .expect(200);
    expect((await login('gone.user', testPassword)).res.status).toBe(401);
  });

  it('rejects a signed-in write without the CSRF token', async () => {
    const nurse = await t.signedIn('nurse');
    const res = await nurse.agent.post('/api/auth/logout').send({});
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_invalid');
  });

  it('stores no session for anonymous visits', async () => {
    const sessions = () => mongoose.connection.collection('sessions').countDocuments();
    const before = await sessions();
    for (let i = 0; i < 20; i++) {
      const res = await request(t.app).get('/api/auth/session').expect(200);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.body.data.csrfToken).toBeNull();
    }
    expect(await sessions()).toBe(before);
  });

  it('records the sign-in in the audit trail', async () => {
    const nurse = await t.signedIn('nurse');
    const admin = await t.signedIn('admin');
    const res = await admin.agent
      .get('/api/audit')
      .query({ action: 'login', actorId: nurse.userId })
      .expect(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ entity: 'session', entityLabel: nurse.username });
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session', async () => {
    const carer = await t.signedIn('carer');
    const res = await carer.agent
      .post('/api/auth/logout')
      .set('X-CSRF-Token', carer.csrf)
      .expect(200);
    expect(res.body.data.user).toBeNull();
    await carer.agent.get('/api/residents').expect(401);
  });
});

describe('POST /api/auth/password', () => {
  it('changes the own password and keeps this session', async () => {
    const sw = await t.signedIn('social_worker');
    await sw.agent
      .post('/api/auth/password')
      .set('X-CSRF-Token', sw.csrf)
      .send({ currentPassword: testPassword, newPassword: 'NewPass#2026' })
      .expect(204);
    await sw.agent.get('/api/residents').expect(200);
    expect((await login(sw.username, 'NewPass#2026')).res.status).toBe(200);
  });

  it('ends the user’s other sessions', async () => {
    const sw = await t.signedIn('social_worker');
    const { client: other } = await login(sw.username, testPassword);
    await other.agent.get('/api/residents').expect(200);
    await sw.agent
      .post('/api/auth/password')
      .set('X-CSRF-Token', sw.csrf)
      .send({ currentPassword: testPassword, newPassword: 'Other#Pass2026' })
      .expect(204);
    await other.agent.get('/api/residents').expect(401);
  });

  it('answers 400 naming the field when the current password is wrong', async () => {
    const sw = await t.signedIn('social_worker');
    const res = await sw.agent
      .post('/api/auth/password')
      .set('X-CSRF-Token', sw.csrf)
      .send({ currentPassword: 'wrong-one', newPassword: 'NewPass#2026' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ currentPassword: 'Mật khẩu hiện tại không đúng' });
  });
});

describe('PUT /api/auth/preferences', () => {
  it('remembers the language and answers errors in it', async () => {
    const nurse = await t.signedIn('nurse');
    const res = await nurse.agent
      .put('/api/auth/preferences')
      .set('X-CSRF-Token', nurse.csrf)
      .send({ language: 'en' })
      .expect(200);
    expect(res.body.data.language).toBe('en');
    const admin = await t.signedIn('admin');
    const audit = await admin.agent
      .get('/api/audit')
      .query({ entityId: nurse.userId, action: 'update' });
    expect(audit.body.data[0].changes).toEqual([{ field: 'language', before: 'vi', after: 'en' }]);
    const denied = await nurse.agent.get('/api/users').expect(403);
    expect(denied.body.error.message).toBe('You are not allowed to do this.');
  });
});

describe('expired sessions', () => {
  it('are swept from the database and no longer sign anyone in', async () => {
    const { sweepExpiredSessions } = await import('../platform/session');
    const nurse = await t.signedIn('nurse');
    const sessions = (await import('mongoose')).default.connection.collection('sessions');
    await sessions.updateMany({}, { $set: { expires: new Date(Date.now() - 1000) } });
    expect(await sweepExpiredSessions()).toBeGreaterThan(0);
    expect(await sessions.countDocuments({})).toBe(0);
    await nurse.agent.get('/api/residents').expect(401);
    // The connection pool is still in step with the server afterwards.
    await nurse.agent.get('/api/auth/session').expect(200);
  });
});
