// Request logs are structured and carry a request id, but no personal data or secrets.
import { createLogger } from '@care/server/platform/logger';
import { useTestApp } from '@care/server/testing/test-app';

const logLines: string[] = [];
const t = useTestApp(
  {},
  { logger: createLogger('info', { write: (line: string) => void logLines.push(line) }) },
);

describe('request logs', () => {
  it('carry a request id and never a password, a cookie or a searched name', async () => {
    const nurse = await t.signedIn('nurse');
    await nurse.agent
      .get('/api/residents')
      .query({ q: 'Nguyễn Thị Bưởi' })
      .set('X-Request-Id', 'req-abc-12345')
      .expect(200);
    const text = logLines.join('\n');
    expect(text).toMatch(/"id":"req-abc-12345"/);
    expect(text).not.toMatch(/Test@12345|Bưởi|Bu%E1|ccm\.sid/);
    expect(text).toMatch(/"path":"\/api\/residents"/);
  });
});
