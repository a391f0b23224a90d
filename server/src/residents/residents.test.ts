import { buildResident } from '@care/shared/factories/residents';
import { createRandom } from '@care/shared/random';
import type { ResidentAdmitInput, ResidentCategory } from '@care/shared/residents';
import { useTestApp, type TestClient } from '../testing/test-app';
import { Resident } from './resident.model';

const t = useTestApp();
const random = createRandom(7);
let manager: TestClient;
beforeAll(async () => {
  manager = await t.signedIn('manager');
});

const admit = async (category: ResidentCategory, over: Partial<ResidentAdmitInput> = {}) =>
  (
    await manager.agent
      .post('/api/residents')
      .set('X-CSRF-Token', manager.csrf)
      .send(buildResident(category, over, random))
      .expect(201)
  ).body.data;

const names = (res: { body: { data: { fullName: string }[] } }) =>
  res.body.data.map((r) => r.fullName);

describe('GET /api/residents (the register)', () => {
  it('lists a page of summaries with no case data', async () => {
    for (let i = 0; i < 3; i++) await admit('elderly');
    const carer = await t.signedIn('carer');
    const res = await carer.agent.get('/api/residents').query({ pageSize: 2 }).expect(200);
    expect(res.body.page).toMatchObject({ page: 1, pageSize: 2 });
    expect(res.body.data).toHaveLength(2);
    expect(res.body.data[0].legal).toBeUndefined();
    expect(res.body.data[0].code).toMatch(/^DT-\d{4}$/);
  });

  it('finds a resident without diacritics, in any word order, exact accents first', async () => {
    const dao = await admit('orphan', { fullName: 'Nguyễn Thị Đào', birthDate: '2015-03-02' });
    await admit('orphan', { fullName: 'Nguyễn Thị Đạo', birthDate: '2015-03-03' });
    const nurse = await t.signedIn('nurse');
    const plain = await nurse.agent.get('/api/residents').query({ q: 'dao nguyen' }).expect(200);
    expect(names(plain)).toEqual(expect.arrayContaining(['Nguyễn Thị Đào', 'Nguyễn Thị Đạo']));
    const accented = await nurse.agent.get('/api/residents').query({ q: 'Đạo' }).expect(200);
    expect(names(accented)[0]).toBe('Nguyễn Thị Đạo');
    const partly = await nurse.agent.get('/api/residents').query({ q: 'ngu th da' }).expect(200);
    expect(names(partly)).toContain('Nguyễn Thị Đào');
    const byCode = await nurse.agent.get('/api/residents').query({ q: dao.code }).expect(200);
    expect(names(byCode)).toEqual(['Nguyễn Thị Đào']);
  });

  it('filters by category, room, sex, age band and key worker', async () => {
    const sw = await t.signedIn('social_worker');
    const elder = await admit('elderly', {
      room: 'Z901',
      gender: 'female',
      birthDate: '1940-01-01',
      keyWorkerId: sw.userId!,
    });
    await admit('orphan', { room: 'Z901', birthDate: '2018-01-01' });
    const get = (query: object) => manager.agent.get('/api/residents').query(query).expect(200);
    expect(names(await get({ room: 'Z901', category: 'elderly' }))).toEqual([elder.fullName]);
    expect(names(await get({ room: 'Z901', ageBand: '80_plus' }))).toEqual([elder.fullName]);
    expect(names(await get({ room: 'Z901', gender: 'male', category: 'elderly' }))).toEqual([]);
    const mine = await get({ keyWorkerId: sw.userId });
    expect(mine.body.data).toEqual([
      expect.objectContaining({
        id: elder.id,
        keyWorker: { id: sw.userId, fullName: expect.any(String) },
      }),
    ]);
  });

  it('sorts by given name the Vietnamese way', async () => {
    for (const fullName of ['Trần Văn Ưng', 'Lê Thị Uyên', 'Phạm Văn Đức', 'Hà Văn Dũng'])
      await admit('disabled', { fullName, room: 'S100' });
    const res = await manager.agent.get('/api/residents').query({ room: 'S100' }).expect(200);
    expect(names(res)).toEqual(['Hà Văn Dũng', 'Phạm Văn Đức', 'Lê Thị Uyên', 'Trần Văn Ưng']);
  });

  it('forbids the kitchen role', async () => {
    const kitchen = await t.signedIn('kitchen');
    await kitchen.agent.get('/api/residents').expect(403);
  });

  it('answers 400 for an unknown category or an oversized page', async () => {
    const res = await manager.agent
      .get('/api/residents')
      .query({ category: 'pirate', pageSize: 1000 })
      .expect(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['category', 'pageSize']);
  });
});

describe('POST /api/residents (admission)', () => {
  it('admits with an audit entry and answers the full record', async () => {
    const input = buildResident('emergency_protection', {}, random);
    const res = await manager.agent
      .post('/api/residents')
      .set('X-CSRF-Token', manager.csrf)
      .send(input)
      .expect(201);
    expect(res.body.data).toMatchObject({
      fullName: input.fullName,
      status: 'in_care',
      version: 0,
    });
    expect(res.body.data.episodes).toHaveLength(1);
    expect(res.body.data.updatedBy).toEqual({ id: manager.userId, fullName: expect.any(String) });
  });

  it.each([
    ['a birth date in the future', { birthDate: '2099-01-01' }, 'birthDate'],
    ['an unknown category', { categories: ['pirate'] }, 'categories.0'],
    [
      'an admission before birth',
      {
        birthDate: '2020-05-01',
        admission: { ...buildResident('orphan', {}, random).admission, date: '2019-01-01' },
      },
      'admission.date',
    ],
  ])('refuses %s with 400 in Vietnamese and writes nothing', async (_, over, field) => {
    const before = await Resident.countDocuments();
    const res = await manager.agent
      .post('/api/residents')
      .set('X-CSRF-Token', manager.csrf)
      .send(buildResident('orphan', over as Partial<ResidentAdmitInput>, random))
      .expect(400);
    expect(res.body.error.fields[field]).toMatch(/[à-ỹ]/);
    expect(await Resident.countDocuments()).toBe(before);
  });

  it('refuses a second admission of a person already in care, also when sent twice at once', async () => {
    const input = buildResident('elderly', { idNumber: '' }, random);
    const results = await Promise.all(
      [0, 1, 2].map(() =>
        manager.agent.post('/api/residents').set('X-CSRF-Token', manager.csrf).send(input),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('already_in_care');
    expect(await Resident.countDocuments({ fullName: input.fullName, current: true })).toBe(1);
  });

  it('is for managers and social workers only', async () => {
    const nurse = await t.signedIn('nurse');
    await nurse.agent
      .post('/api/residents')
      .set('X-CSRF-Token', nurse.csrf)
      .send(buildResident('orphan', {}, random))
      .expect(403);
  });
});
