// Rota test fixtures: a unit with the three 8-hour shifts and a 24-hour duty, made through the API.
import type { TestClient } from './test-app';

export const send = (
  c: TestClient,
  method: 'post' | 'patch' | 'put' | 'delete',
  url: string,
  body?: object,
) => c.agent[method](url).set('X-CSRF-Token', c.csrf).send(body);

export type RotaUnitFixture = {
  unitId: string;
  morning: string;
  evening: string;
  night: string;
  duty: string;
};

let seq = 0;
export async function makeUnit(manager: TestClient): Promise<RotaUnitFixture> {
  const code = `U${++seq}${Math.floor(Math.random() * 900 + 100)}`;
  const unit = await send(manager, 'post', '/api/rota/units', { name: `Khu ${code}`, code }).expect(
    201,
  );
  const unitId = unit.body.data.id as string;
  const make = async (body: object) =>
    (await send(manager, 'post', '/api/rota/templates', { unitId, ...body }).expect(201)).body.data
      .id as string;
  return {
    unitId,
    morning: await make({ code: 'S', name: 'Ca sáng', start: '06:00', end: '14:00' }),
    evening: await make({ code: 'C', name: 'Ca chiều', start: '14:00', end: '22:00' }),
    night: await make({
      code: 'Đ',
      name: 'Ca đêm',
      start: '22:00',
      end: '06:00',
      crossesMidnight: true,
    }),
    duty: await make({
      code: '24',
      name: 'Trực 24 giờ',
      start: '07:00',
      end: '07:00',
      crossesMidnight: true,
      kind: 'duty_24h',
      restAfterHours: 24,
      dutyAllowance: true,
    }),
  };
}

export async function profileFor(
  manager: TestClient,
  staffId: string,
  unitIds: string[],
  extra: object = {},
) {
  return send(manager, 'put', `/api/rota/profiles/${staffId}`, {
    qualifications: ['carer'],
    unitIds,
    sex: 'female',
    ...extra,
  }).expect(200);
}

/** A manager assigns `who` a shift; the entry as the API answered it. */
export async function assignShift(
  manager: TestClient,
  who: TestClient,
  day: string,
  templateId: string,
) {
  const res = await send(manager, 'post', '/api/rota/entries', {
    staffId: who.userId,
    day,
    templateId,
  }).expect(201);
  return res.body.data.changed[0] as { id: string; version: number; staffId: string; day: string };
}
