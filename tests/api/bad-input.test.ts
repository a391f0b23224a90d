// Bad input of every shape gets a clear 4xx, never a 500, and writes nothing.
import mongoose from 'mongoose';
import { User } from '@care/server/users/user.model';
import { AuditEvent } from '@care/server/audit/audit-event.model';
import { useTestApp } from '@care/server/testing/test-app';

const t = useTestApp();

async function counts() {
  return { users: await User.countDocuments(), audit: await AuditEvent.countDocuments() };
}

describe('bad input', () => {
  it('answers malformed JSON with 400 invalid_json', async () => {
    const admin = await t.signedIn('admin');
    const before = await counts();
    const res = await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrf)
      .set('Content-Type', 'application/json')
      .send('{"username": "a",');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
    expect(await counts()).toEqual(before);
  });

  it('answers an oversized body with 413', async () => {
    const admin = await t.signedIn('admin');
    const res = await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrf)
      .send({ fullName: 'x'.repeat(200_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('answers a body that is not JSON with 415', async () => {
    const admin = await t.signedIn('admin');
    const res = await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrf)
      .set('Content-Type', 'text/plain')
      .send('hello');
    expect(res.status).toBe(415);
  });

  it.each([
    ['an operator object as username', { username: { $gt: '' }, password: 'x' }],
    ['an operator object as password', { username: 'admin', password: { $ne: null } }],
    ['an array as username', { username: ['admin'], password: 'x' }],
    ['a number as password', { username: 'admin', password: 12345678 }],
    ['an unknown field', { username: 'admin', password: 'x', role: 'admin' }],
  ])('rejects %s at login with 400', async (_name, body) => {
    const client = await t.anonymous();
    const res = await client.agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', client.csrf)
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });

  it('rejects operator-shaped query keys and values', async () => {
    const admin = await t.signedIn('admin');
    expect((await admin.agent.get('/api/users?role[$ne]=admin')).status).toBe(400);
    expect((await admin.agent.get('/api/audit?actorId[$gt]=')).status).toBe(400);
    expect((await admin.agent.get('/api/users?q=.*&q=x')).status).toBe(400);
  });

  it('treats regex characters in a search as plain text', async () => {
    const admin = await t.signedIn('admin');
    const res = await admin.agent.get('/api/users').query({ q: '.*(' }).expect(200);
    expect(res.body.data).toEqual([]);
  });

  it.each(['/api/users/123', '/api/users/zzzzzzzzzzzzzzzzzzzzzzzz', '/api/users/%24where'])(
    'answers the invalid id %s with 400',
    async (url) => {
      const admin = await t.signedIn('admin');
      expect((await admin.agent.get(url)).status).toBe(400);
    },
  );

  it('rejects wrong types and a missing version on update, writing nothing', async () => {
    const admin = await t.signedIn('admin');
    const target = await t.addUser({ role: 'carer' });
    const url = `/api/users/${target._id}`;
    const res = await admin.agent
      .patch(url)
      .set('X-CSRF-Token', admin.csrf)
      .send({ active: 'no', role: 7 });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['active', 'role', 'version']);
    const after = await User.findById(target._id).lean();
    expect(after).toMatchObject({ active: true, role: 'carer', version: 0 });
  });

  it('answers an unknown API path with 404 in JSON', async () => {
    const res = await (await t.anonymous()).agent.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('never leaks a stack trace or driver message', async () => {
    const admin = await t.signedIn('admin');
    const res = await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrf)
      .set('Content-Type', 'application/json')
      .send('{bad');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts|SyntaxError|Mongo/);
    expect(mongoose.connection.readyState).toBe(1);
  });
});
