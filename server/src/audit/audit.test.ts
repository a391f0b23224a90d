import { centreDay } from '@care/shared/dates';
import { periodKeys } from '@care/shared/periods';
import { markEarliest } from '../platform/marks';
import { AuditEvent } from './audit-event.model';
import { auditKeys } from './audit.service';
import { useTestApp } from '../testing/test-app';

const t = useTestApp();

const event = (at: string, entityId: string, extra: object = {}) => {
  const when = new Date(at);
  return {
    at: when,
    ...periodKeys(when),
    actorName: 'A',
    action: 'update',
    entity: 'user',
    entityId,
    entityLabel: entityId,
    ...extra,
  };
};

describe('GET /api/audit', () => {
  it('filters by day at the centre, newest first', async () => {
    const admin = await t.signedIn('admin');
    await markEarliest('audit', new Date('2025-01-01T00:00:00Z'));
    await AuditEvent.insertMany([
      event('2026-03-01T16:59:00Z', 'x1'),
      event('2026-03-01T17:01:00Z', 'x2'),
      event('2026-03-02T16:00:00Z', 'x3'),
    ]);
    // 17:01 UTC on 1 March is already 2 March in Hồ Chí Minh City.
    const res = await admin.agent
      .get('/api/audit')
      .query({ from: '2026-03-02', to: '2026-03-02' })
      .expect(200);
    expect(res.body.data.map((e: { entityId: string }) => e.entityId)).toEqual(['x3', 'x2']);
    expect(res.body.page).toEqual({ next: null, searchedTo: '2026-03-02' });
    const today = await admin.agent
      .get('/api/audit')
      .query({ from: centreDay(), action: 'login' })
      .expect(200);
    expect(today.body.data.length).toBeGreaterThan(0);
  });

  it('finds the events of one record by its code or username', async () => {
    const admin = await t.signedIn('admin');
    const nurse = await t.signedIn('nurse');
    const res = await admin.agent.get('/api/audit').query({ record: nurse.username }).expect(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(
      res.body.data.every((e: { entityLabel: string }) => e.entityLabel === nurse.username),
    ).toBe(true);
  });

  it('continues with the cursor without repeating or skipping an event, across periods', async () => {
    const admin = await t.signedIn('admin');
    // Five events of one record over three months, two of them in the same second.
    await AuditEvent.insertMany([
      event('2025-10-03T02:00:00Z', 'walk'),
      event('2025-10-20T02:00:00Z', 'walk'),
      event('2025-12-01T02:00:00Z', 'walk'),
      event('2025-12-01T02:00:00Z', 'walk'),
      event('2026-01-15T02:00:00Z', 'walk'),
    ]);
    const seen: string[] = [];
    let before: string | undefined;
    for (let i = 0; i < 10; i++) {
      const res = await admin.agent
        .get('/api/audit')
        .query({ record: 'walk', limit: 2, to: '2026-01-31', ...(before && { before }) })
        .expect(200);
      seen.push(...res.body.data.map((e: { id: string; at: string }) => `${e.at}|${e.id}`));
      before = res.body.page.next ?? undefined;
      if (!before || seen.length === 5) break;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it("lists one person's events by their own day keys, newest first", async () => {
    const admin = await t.signedIn('admin');
    const [a, b] = ['6560f0f0f0f0f0f0f0f0f0a1', '6560f0f0f0f0f0f0f0f0f0b2'];
    const by = (at: string, actor: string, id: string) => ({
      ...event(at, id),
      actorId: actor,
      ...auditKeys(new Date(at), actor),
    });
    await AuditEvent.insertMany([
      by('2026-01-02T03:00:00Z', a, 'a1'),
      by('2026-01-02T04:00:00Z', b, 'b1'),
      by('2026-02-10T03:00:00Z', a, 'a2'),
      by('2026-02-11T03:00:00Z', b, 'b2'),
    ]);
    const res = await admin.agent
      .get('/api/audit')
      .query({ actorId: a, to: '2026-02-28' })
      .expect(200);
    expect(res.body.data.map((e: { entityId: string }) => e.entityId)).toEqual(['a2', 'a1']);
  });

  it('refuses a made-up cursor with a 400', async () => {
    const admin = await t.signedIn('admin');
    const res = await admin.agent.get('/api/audit').query({ before: 'bm90LWEtY3Vyc29y' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.before).toBeTruthy();
  });

  it('refuses an impossible day', async () => {
    const admin = await t.signedIn('admin');
    await admin.agent.get('/api/audit').query({ from: '2026-02-30' }).expect(400);
  });

  it('is closed to every role but the admin', async () => {
    const manager = await t.signedIn('manager');
    await manager.agent.get('/api/audit').expect(403);
  });
});
