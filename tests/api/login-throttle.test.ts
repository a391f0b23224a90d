// Sign-in attempts are throttled per address, with the counts kept in the database.
import { useTestApp } from '@care/server/testing/test-app';

const t = useTestApp({ LOGIN_IP_LIMIT: '3' });

describe('POST /api/auth/login throttling', () => {
  it('answers 429 once an address has tried too often', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const client = await t.anonymous();
      const res = await client.agent
        .post('/api/auth/login')
        .set('X-CSRF-Token', client.csrf)
        .send({ username: `nobody${i}`, password: 'x' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
