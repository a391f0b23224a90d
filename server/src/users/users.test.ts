import { User } from './user.model';
import { testPassword, useTestApp } from '../testing/test-app';

const t = useTestApp();

const newUser = (over: object = {}) => ({
  username: 'hoa.tran',
  fullName: 'Trần Thị Hoa',
  role: 'carer',
  password: 'Carer@2026',
  ...over,
});

describe('POST /api/users', () => {
  it('lets the admin create an account, audited without the password', async () => {
    const admin = await t.signedIn('admin');
    const res = await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrf)
      .send(newUser())
      .expect(201);
    expect(res.body.data).toMatchObject({
      username: 'hoa.tran',
      role: 'carer',
      active: true,
      version: 0,
      language: 'vi',
    });
    const audit = await admin.agent
      .get('/api/audit')
      .query({ entity: 'user', entityId: res.body.data.id })
      .expect(200);
    expect(audit.body.data[0].action).toBe('create');
    expect(audit.body.data[0].actorId).toBe(admin.userId);
    expect(JSON.stringify(audit.body.data[0].changes)).not.toMatch(/Carer@2026|passwordHash/);
  });

  it('returns 409 naming the field for a username already taken', async () => {
    const admin = await t.signedIn('admin');
    await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrf)
      .send(newUser({ username: 'taken' }))
      .expect(201);
    const res = await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrf)
      .send(newUser({ username: 'TAKEN' }));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('duplicate');
    expect(res.body.error.fields.username).toBe('Giá trị này đã được dùng');
  });

  it('returns 400 with a message per invalid field and writes nothing', async () => {
    const admin = await t.signedIn('admin');
    const before = await User.countDocuments();
    const res = await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrf)
      .send({ username: 'a b', fullName: 'X', role: 'boss', password: 'short', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'extra',
      'fullName',
      'password',
      'role',
      'username',
    ]);
    // The words the form shows for the same mistakes (shared/src/validation-keys.ts).
    expect(res.body.error.fields).toEqual({
      username: 'Định dạng không hợp lệ',
      fullName: 'Cần ít nhất 2 ký tự',
      role: 'Vui lòng chọn một giá trị trong danh sách',
      password: 'Cần ít nhất 8 ký tự',
      extra: 'Trường này không được phép',
    });
    expect(await User.countDocuments()).toBe(before);
  });

  it.each(['manager', 'social_worker', 'nurse', 'carer', 'kitchen'] as const)(
    'forbids the %s role',
    async (role) => {
      const user = await t.signedIn(role);
      const res = await user.agent
        .post('/api/users')
        .set('X-CSRF-Token', user.csrf)
        .send(newUser({ username: `x${role}` }));
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    },
  );

  it('returns 401 without a session', async () => {
    const anon = await t.anonymous();
    await anon.agent.get('/api/users').expect(401);
  });
});

describe('GET /api/users', () => {
  it('pages and filters by role', async () => {
    const admin = await t.signedIn('admin');
    for (let i = 0; i < 5; i++) {
      await admin.agent
        .post('/api/users')
        .set('X-CSRF-Token', admin.csrf)
        .send(newUser({ username: `pagetest${i}`, role: 'kitchen' }))
        .expect(201);
    }
    const res = await admin.agent
      .get('/api/users')
      .query({ role: 'kitchen', q: 'pagetest', pageSize: 2, page: 2 })
      .expect(200);
    expect(res.body.page).toEqual({ page: 2, pageSize: 2, total: 5 });
    expect(res.body.data).toHaveLength(2);
    expect(res.body.data.every((u: { role: string }) => u.role === 'kitchen')).toBe(true);
  });
});

describe('GET /api/users order and search', () => {
  it('sorts Vietnamese names alphabetically and finds them without diacritics', async () => {
    const admin = await t.signedIn('admin');
    for (const fullName of ['Hoàng Văn Xuyến', 'Hà Thị Xuyến', 'Đặng Văn Xuyến'])
      await t.addUser({ role: 'carer', fullName });
    const res = await admin.agent.get('/api/users').query({ q: 'van xuyen' }).expect(200);
    expect(res.body.data.map((u: { fullName: string }) => u.fullName)).toEqual([
      'Đặng Văn Xuyến',
      'Hoàng Văn Xuyến',
    ]);
    const all = await admin.agent.get('/api/users').query({ q: 'XUYEN' }).expect(200);
    expect(all.body.data.map((u: { fullName: string }) => u.fullName)).toEqual([
      'Đặng Văn Xuyến',
      'Hà Thị Xuyến',
      'Hoàng Văn Xuyến',
    ]);
  });
});

describe('PATCH /api/users/:id', () => {
  it('updates with the current version and records before and after', async () => {
    const admin = await t.signedIn('admin');
    const created = await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrf)
      .send(newUser({ username: 'edit.me' }))
      .expect(201);
    const res = await admin.agent
      .patch(`/api/users/${created.body.data.id}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ version: 0, role: 'nurse' })
      .expect(200);
    expect(res.body.data).toMatchObject({ role: 'nurse', version: 1 });
    const audit = await admin.agent
      .get('/api/audit')
      .query({ entityId: created.body.data.id, action: 'update' })
      .expect(200);
    expect(audit.body.data[0].changes).toEqual([
      { field: 'role', before: 'carer', after: 'nurse' },
    ]);
  });

  it('returns 409 when the record changed since it was read', async () => {
    const admin = await t.signedIn('admin');
    const created = await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrf)
      .send(newUser({ username: 'stale.me' }))
      .expect(201);
    const url = `/api/users/${created.body.data.id}`;
    await admin.agent
      .patch(url)
      .set('X-CSRF-Token', admin.csrf)
      .send({ version: 0, fullName: 'Tên Mới' })
      .expect(200);
    const res = await admin.agent
      .patch(url)
      .set('X-CSRF-Token', admin.csrf)
      .send({ version: 0, fullName: 'Tên Khác' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('stale_version');
    expect((await admin.agent.get(url)).body.data.fullName).toBe('Tên Mới');
  });

  it('ends the open sessions of a deactivated user at once', async () => {
    const admin = await t.signedIn('admin');
    const nurse = await t.signedIn('nurse');
    await nurse.agent.get('/api/residents').expect(200);
    await admin.agent
      .patch(`/api/users/${nurse.userId}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ version: 0, active: false })
      .expect(200);
    await nurse.agent.get('/api/residents').expect(401);
  });

  it('does not let the admin deactivate their own account', async () => {
    const admin = await t.signedIn('admin');
    const res = await admin.agent
      .patch(`/api/users/${admin.userId}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ version: 0, active: false });
    expect(res.status).toBe(400);
    expect((await User.findById(admin.userId).lean())?.active).toBe(true);
  });

  it('returns 404 for an id that does not exist and 400 for one that is not an id', async () => {
    const admin = await t.signedIn('admin');
    await admin.agent
      .patch('/api/users/aaaaaaaaaaaaaaaaaaaaaaaa')
      .set('X-CSRF-Token', admin.csrf)
      .send({ version: 0 })
      .expect(404);
    const bad = await admin.agent
      .patch('/api/users/not-an-id')
      .set('X-CSRF-Token', admin.csrf)
      .send({ version: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.id).toBeDefined();
  });
});

describe('POST /api/users/:id/password', () => {
  it('resets the password, unlocks, and ends the user’s sessions', async () => {
    const admin = await t.signedIn('admin');
    const carer = await t.signedIn('carer');
    await User.updateOne(
      { _id: carer.userId },
      { $set: { lockedUntil: new Date(Date.now() + 60_000) } },
    );
    const res = await admin.agent
      .post(`/api/users/${carer.userId}/password`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ version: 0, password: 'Reset#2026' })
      .expect(200);
    expect(res.body.data.lockedUntil).toBeNull();
    await carer.agent.get('/api/residents').expect(401);
    const again = await t.anonymous();
    await again.agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', again.csrf)
      .send({ username: carer.username, password: testPassword })
      .expect(401);
    await again.agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', again.csrf)
      .send({ username: carer.username, password: 'Reset#2026' })
      .expect(200);
  });
});
