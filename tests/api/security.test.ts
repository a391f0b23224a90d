// Security headers and cookie flags in production.
import { useTestApp } from '@care/server/testing/test-app';

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
    const res = await (
      await t.anonymous()
    ).agent
      .get('/api/auth/session')
      .set('X-Forwarded-Proto', 'https');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });
});
