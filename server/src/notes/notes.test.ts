import { shiftOf } from '@care/shared/care-notes';
import { useTestApp, type TestClient } from '../testing/test-app';
import { CareNote } from './care-note.model';

const t = useTestApp();
let manager: TestClient;
let carer: TestClient;
beforeAll(async () => {
  manager = await t.signedIn('manager');
  carer = await t.signedIn('carer');
});

const resident = (unit = 'Khu trẻ em') => t.admitted(manager, 'orphan', { unit });
const write = (c: TestClient, id: string, body: object) =>
  c.agent.post(`/api/residents/${id}/notes`).set('X-CSRF-Token', c.csrf).send(body);

describe('care notes', () => {
  it('stamps a note with author, time and shift; the resident and shift views list it', async () => {
    const r = await resident('Khu N1');
    const res = await write(carer, r.id, {
      type: 'meal_intake',
      text: 'Ăn hết suất cơm trưa.',
      forHandover: true,
      measurements: { mealEatenPercent: 100 },
    }).expect(201);
    expect(res.body.data).toMatchObject({
      author: { id: carer.userId },
      shiftKey: shiftOf(new Date()).key,
      residentName: r.fullName,
      forHandover: true,
    });
    const list = await carer.agent.get(`/api/residents/${r.id}/notes`).expect(200);
    expect(list.body.data.map((n: { text: string }) => n.text)).toEqual(['Ăn hết suất cơm trưa.']);
    const shift = await carer.agent.get('/api/notes/shift').query({ unit: 'Khu N1' }).expect(200);
    expect(shift.body.data.units).toEqual([
      { unit: 'Khu N1', notes: [expect.objectContaining({ id: res.body.data.id })] },
    ]);
  });

  it('keeps the first wording when a note is corrected, and only its author may correct it', async () => {
    const r = await resident();
    const note = (await write(carer, r.id, { type: 'sleep', text: 'Ngủ 6 tiếng.' }).expect(201))
      .body.data;
    const path = `/api/residents/${r.id}/notes/${note.id}`;
    const other = await t.signedIn('carer');
    await other.agent
      .patch(path)
      .set('X-CSRF-Token', other.csrf)
      .send({ version: 0, text: 'x' })
      .expect(403);
    const edited = await carer.agent
      .patch(path)
      .set('X-CSRF-Token', carer.csrf)
      .send({ version: 0, text: 'Ngủ 7 tiếng.' })
      .expect(200);
    expect(edited.body.data.text).toBe('Ngủ 7 tiếng.');
    expect(edited.body.data.revisions).toEqual([expect.objectContaining({ text: 'Ngủ 6 tiếng.' })]);
    await carer.agent
      .patch(path)
      .set('X-CSRF-Token', carer.csrf)
      .send({ version: 0, text: 'y' })
      .expect(409);
  });

  it('refuses bad notes with 400 and writes nothing', async () => {
    const r = await resident();
    const before = await CareNote.countDocuments();
    const res = await write(carer, r.id, {
      type: 'gossip',
      text: '',
      measurements: { temperatureC: 55 },
    }).expect(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'measurements.temperatureC',
      'text',
      'type',
    ]);
    expect(await CareNote.countDocuments()).toBe(before);
  });

  it('keeps case notes from the kitchen', async () => {
    const r = await resident();
    const kitchen = await t.signedIn('kitchen');
    await kitchen.agent.get(`/api/residents/${r.id}/notes`).expect(403);
    await kitchen.agent.get('/api/notes/shift').expect(403);
    await write(kitchen, r.id, { type: 'observation', text: 'x' }).expect(403);
  });
});
