// Security headers and cookie flags in production.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@care/server/platform/paths';
import { testPassword, useTestApp } from '@care/server/testing/test-app';

const t = useTestApp({
  NODE_ENV: 'production',
  SESSION_SECRET: 'x'.repeat(40),
  TRUST_PROXY: 'true',
});

describe('security headers', () => {
  it('sends a content security policy and the helmet headers, and hides the framework', async () => {
    const res = await (await t.anonymous()).agent.get('/api/health');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('the session cookie in production', () => {
  it('is Secure, httpOnly and SameSite behind an https proxy', async () => {
    await t.addUser({ username: 'https.user', role: 'nurse' });
    const res = await (
      await t.anonymous()
    ).agent
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ username: 'https.user', password: testPassword })
      .expect(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });
});

describe('caching and compression', () => {
  it('tells browsers and proxies never to keep API answers', async () => {
    const res = await (await t.anonymous()).agent.get('/api/auth/session');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('compresses answers for browsers that accept it', async () => {
    const res = await (
      await t.anonymous()
    ).agent
      .get('/api/openapi.json')
      .set('Accept-Encoding', 'br, gzip');
    expect(res.headers['content-encoding']).toBe('br');
    const gz = await (
      await t.anonymous()
    ).agent
      .get('/api/openapi.json')
      .set('Accept-Encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
  });
});

describe('the client files', () => {
  it('caches hashed assets for a year and index.html never', async () => {
    const dist = path.join(repoRoot, 'client', 'dist');
    if (!existsSync(dist)) throw new Error('client/dist is missing: run `npm run build -w client`');
    const asset = readdirSync(path.join(dist, 'assets')).find(
      (f) => f.startsWith('vendor-react') && f.endsWith('.js'),
    )!;
    const client = await t.anonymous();
    const res = await client.agent.get(`/assets/${asset}`).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // Sent as the build compressed it (brotli 11), not compressed again on each request.
    const br = await client.agent.get(`/assets/${asset}`).set('Accept-Encoding', 'br').expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(
      statSync(path.join(dist, 'assets', `${asset}.br`)).size,
    );
    const page = await client.agent.get('/residents').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});
