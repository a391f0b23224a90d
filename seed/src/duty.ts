// The demo centre's duty desk: the rota units linked to the register's units, and the last few
// days of this month's published rota worked: check-ins (a few late) and check-outs, one
// handover per finished shift (residents present, notes and incidents of the shift, tasks),
// acknowledged by the next shift, except the latest of each unit; one running shift left without
// its check-in so the manager sees a missing check-in flagged. Written straight to the
// collections (the services would stamp every record with today's time).
import mongoose from 'mongoose';
import { centreDay } from '@care/shared/dates';
import { defaultGraceMinutes, lateMinutes } from '@care/shared/duty';
import { mergeTasks, shiftInstanceKey } from '@care/shared/handovers';
import type { Random } from '@care/shared/random';
import { addDays } from '@care/shared/rota';
import { Attendance, DutySettings } from '@care/server/duty/duty.models';
import { Handover } from '@care/server/handovers/handover.model';
import { handoverDraft } from '@care/server/handovers/handovers.service';
import { RotaEntry, RotaMonth, type EntryDoc } from '@care/server/rota/rota-entry.model';
import { listTemplates, listUnits } from '@care/server/rota/setup.service';
import type { UserDoc } from '@care/server/users/user.model';

/** Rota unit name → the register's unit (shared/src/factories/residents.ts). */
const links: Record<string, string> = {
  'Khu Trẻ em': 'Khu trẻ em',
  'Khu Người cao tuổi': 'Khu người cao tuổi',
  'Khu Người khuyết tật': 'Khu phục hồi chức năng',
  'Khu Tâm thần': 'Khu chăm sóc tâm thần',
};
const summaries = [
  'Ca trực bình thường, các cháu ăn ngủ tốt.',
  'Đã phát thuốc đầy đủ theo y lệnh. Vệ sinh phòng ở sạch sẽ.',
  'Một đối tượng kêu mệt, đã báo điều dưỡng theo dõi.',
  'Có người nhà đến thăm buổi chiều, đã ghi sổ thăm gặp.',
];
const tasks = [
  'Theo dõi nhiệt độ đối tượng phòng 2 mỗi 4 giờ',
  'Nhắc uống thuốc huyết áp sau bữa sáng',
  'Báo bếp suất ăn mềm cho đối tượng mới về viện',
  'Kiểm tra khoá cửa khu trước 22 giờ',
];
const minute = 60_000;

export async function seedDuty(random: Random, staff: UserDoc[]) {
  const units = await listUnits();
  const templates = new Map((await listTemplates()).map((t) => [t._id.toString(), t]));
  await DutySettings.create({
    _id: 'centre',
    graceMinutes: defaultGraceMinutes,
    unitLinks: units
      .filter((u) => links[u.name])
      .map((u) => ({ unitId: u._id.toString(), residentUnit: links[u.name]! })),
    version: 1,
  });
  const names = new Map(staff.map((s) => [s._id.toString(), s.fullName]));
  const now = Date.now();
  const today = centreDay();
  const month = today.slice(0, 7);
  if ((await RotaMonth.findById(month).lean<{ state: string }>())?.state !== 'published') return;
  const days = [3, 2, 1, 0].map((n) => addDays(today, -n)).filter((d) => d.startsWith(month));
  const entries = (await RotaEntry.find({ day: { $in: days } }).lean<EntryDoc[]>()).filter(
    (e) => e.start.getTime() <= now,
  );

  // Check-ins and check-outs; the newest running shift's first person is left missing.
  const running = entries.filter((e) => e.end.getTime() > now);
  const missing = running.sort((a, b) => b.start.getTime() - a.start.getTime())[0];
  const attendances = entries
    .filter((e) => e !== missing)
    .map((e) => {
      const start = e.start.getTime();
      const late = random.number.int({ min: 0, max: 9 }) === 0;
      const checkIn = late
        ? start + random.number.int({ min: 20, max: 45 }) * minute
        : start - random.number.int({ min: 0, max: 15 }) * minute;
      const at = Math.min(checkIn, now - minute);
      const ended = e.end.getTime() <= now;
      const staffName = names.get(e.staffId) ?? '';
      return {
        key: e._id.toString(),
        entryId: e._id.toString(),
        staffId: e.staffId,
        staffName,
        unitId: e.unitId,
        templateId: e.templateId,
        day: e.day,
        month: e.month,
        year: e.day.slice(0, 4),
        plannedStart: e.start,
        plannedEnd: e.end,
        checkInAt: new Date(at),
        checkOutAt: ended
          ? new Date(e.end.getTime() + random.number.int({ min: 0, max: 20 }) * minute)
          : null,
        cover: false,
        lateMinutes: lateMinutes(start, at, defaultGraceMinutes),
        note: '',
        checkOutOverride: '',
        recordedBy: { id: e.staffId, fullName: staffName },
        checkedOutBy: ended ? { id: e.staffId, fullName: staffName } : null,
        version: ended ? 1 : 0,
      };
    });
  if (attendances.length) await Attendance.insertMany(attendances);

  // One handover per finished shift instance, oldest first, so open tasks carry forward.
  const finished = new Map<string, EntryDoc[]>();
  for (const e of entries.filter((x) => x.end.getTime() <= now)) {
    const key = shiftInstanceKey(e);
    finished.set(key, [...(finished.get(key) ?? []), e]);
  }
  const ordered = [...finished.values()].sort((a, b) => a[0]!.end.getTime() - b[0]!.end.getTime());
  const latestOfUnit = new Map(ordered.map((group) => [group[0]!.unitId, group[0]!]));
  for (const group of ordered) {
    const first = group[0]!;
    const template = templates.get(first.templateId);
    if (!template) continue;
    const draft = await handoverDraft({
      unitId: first.unitId,
      templateId: first.templateId,
      day: first.day,
    });
    const outgoing = group.map((e) => ({ id: e.staffId, fullName: names.get(e.staffId) ?? '' }));
    const writer = outgoing[0]!;
    const newTasks =
      random.number.int({ min: 0, max: 3 }) === 0 ? [random.helpers.arrayElement(tasks)] : [];
    const carried = draft.tasks.map((t) => ({
      id: t.id,
      text: t.text,
      // Most carried tasks get done on the next shift.
      done: random.number.int({ min: 0, max: 2 }) > 0,
    }));
    const end = first.end.getTime();
    // The next shift of the unit acknowledges (one of its staff), except the unit's latest.
    const next = entries.find(
      (e) =>
        e.unitId === first.unitId &&
        Math.abs(e.start.getTime() - end) < 2 * 3_600_000 &&
        e !== first,
    );
    const acknowledged = latestOfUnit.get(first.unitId) !== first && next;
    await Handover.create({
      key: shiftInstanceKey(first),
      unitId: first.unitId,
      unitName: draft.unitName,
      templateId: first.templateId,
      templateName: draft.templateName,
      day: first.day,
      month: first.day.slice(0, 7),
      year: first.day.slice(0, 4),
      start: first.start,
      end: first.end,
      headcount: draft.headcount,
      events: draft.events,
      summary: random.helpers.arrayElement(summaries),
      tasks: mergeTasks(
        [...carried, ...newTasks.map((text) => ({ text, done: false }))],
        draft.tasks,
        () => new mongoose.Types.ObjectId().toString(),
      ),
      writtenBy: writer,
      writtenAt: new Date(end - 10 * minute),
      outgoing,
      acknowledgements: acknowledged
        ? [
            {
              id: next.staffId,
              fullName: names.get(next.staffId) ?? '',
              at: new Date(end + 5 * minute),
            },
          ]
        : [],
      previousUnacknowledged:
        draft.previous && !draft.previous.acknowledged ? draft.previous.id : null,
      version: 0,
    });
  }
}
