import { User } from './user.model';
import { useTestApp } from '../testing/test-app';

const t = useTestApp();

describe('GET /api/staff', () => {
  it('lists active staff of one role by id, name and role', async () => {
    const active = await t.addUser({ role: 'social_worker', fullName: 'Lê Thị Mai' });
    const gone = await t.addUser({ role: 'social_worker', fullName: 'Phạm Văn Cũ' });
    await User.updateOne({ _id: gone._id }, { active: false });
    await t.addUser({ role: 'nurse', fullName: 'Vũ Thị Y Tá' });
    const manager = await t.signedIn('manager');
    const res = await manager.agent.get('/api/staff').query({ role: 'social_worker' }).expect(200);
    expect(res.body.data).toContainEqual({
      id: active._id.toString(),
      fullName: 'Lê Thị Mai',
      role: 'social_worker',
    });
    const names = res.body.data.map((s: { fullName: string }) => s.fullName);
    expect(names).not.toContain('Phạm Văn Cũ');
    expect(names).not.toContain('Vũ Thị Y Tá');
  });

  it('without a role lists the caring staff, not the kitchen or the administrator', async () => {
    const cook = await t.addUser({ role: 'kitchen', username: `cook${Date.now()}` });
    const nurse = await t.signedIn('nurse');
    const res = await nurse.agent.get('/api/staff').expect(200);
    const ids = res.body.data.map((s: { id: string }) => s.id);
    expect(ids).toContain(nurse.userId);
    expect(ids).not.toContain(String(cook._id));
    const roles = new Set(res.body.data.map((s: { role: string }) => s.role));
    expect(roles.has('admin')).toBe(false);
    expect(roles.has('kitchen')).toBe(false);
  });

  it('is closed to carers and the kitchen and needs a known role', async () => {
    for (const role of ['carer', 'kitchen'] as const)
      await (await t.signedIn(role)).agent.get('/api/staff').expect(403);
    const worker = await t.signedIn('social_worker');
    await worker.agent.get('/api/staff').query({ role: 'boss' }).expect(400);
  });
});
