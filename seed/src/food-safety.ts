// The demo kitchen's food-safety logs: made from the approved menus of the last two days and
// today; the past days recorded in full (samples kept, the older ones discarded after 24 h), today
// with breakfast recorded and the rest still open, as a cook finds it in the morning.
import { centreDay } from '@care/shared/dates';
import { checkEditSchema, type CheckRowView } from '@care/shared/food-safety';
import { defaultResult } from '@care/shared/food-safety-defaults';
import { servingTimes } from '@care/shared/food-safety-rules';
import { addDay } from '@care/shared/menus';
import { generateDay, recordCheck } from '@care/server/food-safety/food-safety.service';

type Person = { id: string; fullName: string };

const at = (day: string, time: string) => `${day}T${time}:00+07:00`;
const minus = (time: string, minutes: number) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m - minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

function resultOf(row: CheckRowView, day: string, discard: boolean) {
  const serve = row.meal ? servingTimes[row.meal] : '06:00';
  return defaultResult(
    row,
    {
      receivedAt: '05:15',
      prepEndAt: minus(serve, 120),
      cookEndAt: minus(serve, 40),
      portionEndAt: minus(serve, 10),
      servingStartAt: serve,
      takenAt: at(day, serve),
      discardedAt: discard ? at(addDay(day, 1), '23:59') : null,
    },
    {
      supplier: 'Hợp tác xã Nông nghiệp Tân Phú',
      supplierContact: 'Xã Tân Phú · 0912 345 678 · anh Hải giao',
      invoice: `PX-${day.replaceAll('-', '')}`,
      certificates: 'Giấy chứng nhận cơ sở đủ điều kiện ATTP',
      container: 'Hộp inox có nắp, dán nhãn',
      sampleMargin: 10,
    },
  );
}

async function recordAll(rows: CheckRowView[], day: string, cook: Person, discard: boolean) {
  for (const row of rows)
    await recordCheck(
      row.id,
      checkEditSchema.parse({
        kind: row.kind,
        version: row.version,
        result: resultOf(row, day, discard),
      }),
      cook,
    );
}

export async function seedFoodSafety(cook: Person, today = centreDay()) {
  let rows = 0;
  for (const [day, discard] of [
    [addDay(today, -2), true],
    [addDay(today, -1), false],
  ] as const) {
    // The menus are seeded from the first of this month: earlier days have none to follow.
    if (day.slice(0, 7) !== today.slice(0, 7)) continue;
    const view = await generateDay(day, cook);
    await recordAll(view.rows, day, cook, discard);
    rows += view.rows.length;
  }
  const todays = await generateDay(today, cook);
  await recordAll(
    todays.rows.filter((r) => r.kind === 'receipt' || r.meal === 'breakfast'),
    today,
    cook,
    false,
  );
  return { rows: rows + todays.rows.length };
}
