// Duty desk fixtures: a unit whose shift is running now (started an hour or so ago, four hours
// long) and the next shift after it, with published rota entries made through the API.
import { centreDay } from '@care/shared/dates';
import { makeUnitCode, send } from './duty-send';
import { profileFor } from './rota-fixtures';
import type { TestClient } from './test-app';

const hourMs = 3_600_000;
const localHour = (ms: number) => new Date(ms + 7 * hourMs).getUTCHours();
const hhmm = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;

export type NowShift = { templateId: string; day: string; start: number; end: number };
export type NowUnit = { unitId: string; name: string; current: NowShift; next: NowShift };

/** A unit with a shift from the last full hour minus one to three hours after, and the next one. */
export async function unitRunningNow(manager: TestClient, name?: string): Promise<NowUnit> {
  const start = Math.floor(Date.now() / hourMs) * hourMs - hourMs;
  const code = makeUnitCode();
  const unitName = name ?? `Khu trực ${code}`;
  const unit = await send(manager, 'post', '/api/rota/units', { name: unitName, code }).expect(201);
  const unitId = unit.body.data.id as string;
  const make = async (from: number, codeOf: string): Promise<NowShift> => {
    const h = localHour(from);
    const body = {
      unitId,
      code: codeOf,
      name: `Ca ${hhmm(h)}–${hhmm(h + 4)}`,
      start: hhmm(h),
      end: hhmm(h + 4),
      crossesMidnight: h + 4 >= 24,
    };
    const res = await send(manager, 'post', '/api/rota/templates', body).expect(201);
    return {
      templateId: res.body.data.id as string,
      day: centreDay(new Date(from)),
      start: from,
      end: from + 4 * hourMs,
    };
  };
  return {
    unitId,
    name: unitName,
    current: await make(start, 'H1'),
    next: await make(start + 4 * hourMs, 'H2'),
  };
}

/** Rosters a person on a shift and publishes the shift's month; answers the entry's id. */
export async function rostered(
  manager: TestClient,
  unit: NowUnit,
  staffId: string,
  shift: NowShift,
): Promise<string> {
  await profileFor(manager, staffId, [unit.unitId]);
  const res = await send(manager, 'post', '/api/rota/entries', {
    staffId,
    day: shift.day,
    templateId: shift.templateId,
  }).expect(201);
  const month = shift.day.slice(0, 7);
  const head = await manager.agent.get(`/api/rota/months/${month}`).expect(200);
  if (head.body.data.state !== 'published')
    await send(manager, 'post', `/api/rota/months/${month}/publish`, {
      version: head.body.data.version,
    }).expect(200);
  return res.body.data.changed[0].id as string;
}
