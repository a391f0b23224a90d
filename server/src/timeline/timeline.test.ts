import { buildResident } from '@care/shared/factories/residents';
import { buildAssessment } from '@care/shared/factories/care-plans';
import { createRandom } from '@care/shared/random';
import { useTestApp, type TestClient } from '../testing/test-app';

const t = useTestApp();
const random = createRandom(9);
let manager: TestClient;
beforeAll(async () => {
  manager = await t.signedIn('manager');
});

async function resident(admissionDate: string) {
  const input = buildResident('elderly', {}, random);
  input.admission = {
    ...input.admission,
    date: admissionDate,
    decision: { ...input.admission.decision, date: admissionDate },
  };
  const res = await manager.agent
    .post('/api/residents')
    .set('X-CSRF-Token', manager.csrf)
    .send(input)
    .expect(201);
  return res.body.data as { id: string; version: number };
}

describe('GET /api/residents/:id/timeline', () => {
  it('lists the stay, notes and changes newest first, and filters by kind', async () => {
    const r = await resident('2026-09-15');
    await manager.agent
      .post(`/api/residents/${r.id}/notes`)
      .set('X-CSRF-Token', manager.csrf)
      .send({ type: 'visit', text: 'Cháu gái đến thăm.' })
      .expect(201);
    await manager.agent
      .patch(`/api/residents/${r.id}`)
      .set('X-CSRF-Token', manager.csrf)
      .send({ version: r.version, room: 'B209' })
      .expect(200);
    const all = await manager.agent.get(`/api/residents/${r.id}/timeline`).expect(200);
    const kinds = all.body.data.map((i: { kind: string; type: string }) => `${i.kind}:${i.type}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['note:visit', 'change:update', 'stay:admission']),
    );
    expect(kinds.at(-1)).toBe('stay:admission');
    const ats = all.body.data.map((i: { at: string }) => i.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    expect(all.body.page.next).toBeNull();
    const notesOnly = await manager.agent
      .get(`/api/residents/${r.id}/timeline`)
      .query({ kinds: 'note' })
      .expect(200);
    expect(notesOnly.body.data.map((i: { kind: string }) => i.kind)).toEqual(['note']);
    await manager.agent
      .get(`/api/residents/${r.id}/timeline`)
      .query({ kinds: 'gossip' })
      .expect(400);
  });

  it('shows measurements and assessments to those who may read them, not to carers', async () => {
    const r = await resident('2026-09-15');
    const nurse = await t.signedIn('nurse');
    await nurse.agent
      .post(`/api/residents/${r.id}/measurements`)
      .set('X-CSRF-Token', nurse.csrf)
      .send({ at: '2026-10-02T08:00:00+07:00', weightKg: 51.5, temperatureC: 36.8 })
      .expect(201);
    await manager.agent
      .post(`/api/residents/${r.id}/assessments`)
      .set('X-CSRF-Token', manager.csrf)
      .send(buildAssessment('elderly', { assessorId: manager.userId!, assessedOn: '2026-10-01' }))
      .expect(201);
    const all = await manager.agent.get(`/api/residents/${r.id}/timeline`).expect(200);
    const items = all.body.data as { kind: string; type: string; text: string; at: string }[];
    expect(items.find((i) => i.kind === 'health')).toMatchObject({
      type: 'measurement',
      text: '51.5 kg · 36.8 °C',
      at: '2026-10-02T01:00:00.000Z',
    });
    expect(items.map((i) => `${i.kind}:${i.type}`)).toContain('care_plan:assessment');
    const carer = await t.signedIn('carer');
    const seen = await carer.agent.get(`/api/residents/${r.id}/timeline`).expect(200);
    const kinds = new Set(seen.body.data.map((i: { kind: string }) => i.kind));
    expect(kinds.has('stay')).toBe(true);
    expect(kinds.has('health')).toBe(false);
    expect(kinds.has('care_plan')).toBe(false);
    const asked = await carer.agent
      .get(`/api/residents/${r.id}/timeline`)
      .query({ kinds: 'health,care_plan' })
      .expect(200);
    expect(asked.body.data).toEqual([]);
  });

  it('walks back month by month with a cursor to the admission', async () => {
    const r = await resident('2024-01-10');
    const first = await manager.agent.get(`/api/residents/${r.id}/timeline`).expect(200);
    let page = first.body.page;
    const seen = [...first.body.data];
    for (let i = 0; i < 5 && page.next; i++) {
      const more = await manager.agent
        .get(`/api/residents/${r.id}/timeline`)
        .query({ before: page.next })
        .expect(200);
      seen.push(...more.body.data);
      page = more.body.page;
    }
    expect(page.next).toBeNull();
    expect(seen.map((i: { type: string }) => i.type)).toContain('admission');
  });
});

describe('GET /api/residents/:id/access', () => {
  it('shows managers who read the record; others may not see it', async () => {
    const r = await resident('2026-10-01');
    const nurse = await t.signedIn('nurse');
    await nurse.agent.get(`/api/residents/${r.id}`).expect(200);
    const res = await manager.agent.get(`/api/residents/${r.id}/access`).expect(200);
    expect(res.body.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'read', actorId: nurse.userId })]),
    );
    await nurse.agent.get(`/api/residents/${r.id}/access`).expect(403);
  });
});
