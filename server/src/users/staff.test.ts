import { User } from './user.model';
import { useTestApp } from '../testing/test-app';

const t = useTestApp();

describe('GET /api/staff', () => {
  it('lists active social workers by id and name for those who admit residents', async () => {
    const active = await t.addUser({ role: 'social_worker', fullName: 'Lê Thị Mai' });
    const gone = await t.addUser({ role: 'social_worker', fullName: 'Phạm Văn Cũ' });
    await User.updateOne({ _id: gone._id }, { active: false });
    await t.addUser({ role: 'nurse', fullName: 'Vũ Thị Y Tá' });
    const manager = await t.signedIn('manager');
    const res = await manager.agent.get('/api/staff').query({ role: 'social_worker' }).expect(200);
    expect(res.body.data).toContainEqual({ id: active._id.toString(), fullName: 'Lê Thị Mai' });
    const names = res.body.data.map((s: { fullName: string }) => s.fullName);
    expect(names).not.toContain('Phạm Văn Cũ');
    expect(names).not.toContain('Vũ Thị Y Tá');
    expect(Object.keys(res.body.data[0]).sort()).toEqual(['fullName', 'id']);
  });

  it('is closed to roles that do not admit residents and needs a known role', async () => {
    const carer = await t.signedIn('carer');
    await carer.agent.get('/api/staff').query({ role: 'social_worker' }).expect(403);
    const worker = await t.signedIn('social_worker');
    await worker.agent.get('/api/staff').query({ role: 'boss' }).expect(400);
  });
});
