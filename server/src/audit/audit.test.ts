import { centreDay } from '@care/shared/dates';
import { AuditEvent } from './audit-event.model';
import { useTestApp } from '../testing/test-app';

const t = useTestApp();

describe('GET /api/audit', () => {
  it('filters by day at the centre, newest first', async () => {
    const admin = await t.signedIn('admin');
    await AuditEvent.create([
      {
        at: new Date('2026-03-01T16:59:00Z'),
        actorName: 'A',
        action: 'update',
        entity: 'user',
        entityId: 'x1',
      },
      {
        at: new Date('2026-03-01T17:01:00Z'),
        actorName: 'B',
        action: 'update',
        entity: 'user',
        entityId: 'x2',
      },
      {
        at: new Date('2026-03-02T16:00:00Z'),
        actorName: 'C',
        action: 'update',
        entity: 'user',
        entityId: 'x3',
      },
    ]);
    // 17:01 UTC on 1 March is already 2 March in Hồ Chí Minh City.
    const res = await admin.agent
      .get('/api/audit')
      .query({ from: '2026-03-02', to: '2026-03-02' })
      .expect(200);
    expect(res.body.data.map((e: { entityId: string }) => e.entityId)).toEqual(['x3', 'x2']);
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

  it('pages through the trail', async () => {
    const admin = await t.signedIn('admin');
    const res = await admin.agent.get('/api/audit').query({ pageSize: 1, page: 2 }).expect(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.page.total).toBeGreaterThan(1);
  });

  it('is closed to every role but the admin', async () => {
    const manager = await t.signedIn('manager');
    await manager.agent.get('/api/audit').expect(403);
  });
});
