// Reads a month's timesheets: the published rota entries and the attendances (check-in/out) of the
// month and of the month before (its nights and its last week reach in), each read by its `month`
// key, then computes them with the shared pure function. Reads only: nothing is written.
import {
  computeTimesheets,
  sumTimesheets,
  type SheetInput,
  type StaffSheet,
  type StaffTimesheetView,
  type TimesheetRow,
  type TimesheetView,
} from '@care/shared/timesheets';
import { addMonths } from '@care/shared/rota';
import { Attendance, type AttendanceDoc } from '../duty/duty.models';
import { notFound } from '../platform/errors';
import { RotaEntry, RotaMonth, type EntryDoc, type MonthDoc } from '../rota/rota-entry.model';
import { Holiday, type HolidayDoc } from '../rota/setup.models';
import { getSettings, listTemplates } from '../rota/setup.service';
import { User, type UserDoc } from '../users/user.model';

type Filter = { staffId?: string };

async function monthInput(month: string, filter: Filter, now: number) {
  const previous = addMonths(month, -1);
  const months = [previous, month];
  const years = [...new Set(months.map((m) => m.slice(0, 4)))];
  const [states, entries, attendances, templates, holidays, settings] = await Promise.all([
    Promise.all(months.map((m) => RotaMonth.findById(m).lean<MonthDoc>())),
    Promise.all(months.map((m) => RotaEntry.find({ month: m, ...filter }).lean<EntryDoc[]>())),
    Promise.all(
      months.map((m) => Attendance.find({ month: m, ...filter }).lean<AttendanceDoc[]>()),
    ),
    listTemplates(),
    Promise.all(years.map((year) => Holiday.find({ year }).lean<HolidayDoc[]>())),
    getSettings(),
  ]);
  // Planned hours come from a published rota only: a draft is not a plan staff were given.
  const published = months.map((_, i) => states[i]?.state === 'published');
  const input: SheetInput = {
    month,
    entries: entries.flatMap((list, i) =>
      published[i]
        ? list.map((e) => ({
            id: e._id.toString(),
            staffId: e.staffId,
            day: e.day,
            templateId: e.templateId,
            start: new Date(e.start).getTime(),
            end: new Date(e.end).getTime(),
          }))
        : [],
    ),
    attendances: attendances.flat().map((a) => ({
      entryId: a.entryId,
      staffId: a.staffId,
      day: a.day,
      templateId: a.templateId,
      plannedStart: new Date(a.plannedStart).getTime(),
      plannedEnd: new Date(a.plannedEnd).getTime(),
      checkInAt: new Date(a.checkInAt).getTime(),
      checkOutAt: a.checkOutAt ? new Date(a.checkOutAt).getTime() : null,
    })),
    templates: templates.map((t) => ({ ...t, id: t._id.toString() })),
    holidays: holidays.flat().map((h) => ({ day: h.day, name: h.name })),
    settings,
    now,
  };
  return { input, published: published[1]! };
}

const row = (sheet: StaffSheet, user: Pick<UserDoc, 'fullName' | 'role'> | undefined) => ({
  staffId: sheet.staffId,
  fullName: user?.fullName ?? '—',
  role: user?.role ?? '',
  ...sheet.totals,
});

/** Every staff member with something in the month, by name, and the centre's totals. */
export async function readTimesheets(month: string, now = Date.now()): Promise<TimesheetView> {
  const [{ input, published }, users] = await Promise.all([
    monthInput(month, {}, now),
    User.find({}, { fullName: 1, role: 1, sortName: 1 }).limit(2000).lean<UserDoc[]>(),
  ]);
  const byId = new Map(users.map((u) => [u._id.toString(), u]));
  const rows: TimesheetRow[] = computeTimesheets(input)
    .map((s) => ({ sheet: s, user: byId.get(s.staffId) }))
    .sort((a, b) => ((a.user?.sortName ?? '') < (b.user?.sortName ?? '') ? -1 : 1))
    .map(({ sheet, user }) => row(sheet, user));
  return { month, published, rows, totals: sumTimesheets(rows) };
}

/** One person's month day by day (all days, zeros when nothing was planned or worked). */
export async function readStaffTimesheet(
  month: string,
  staffId: string,
  now = Date.now(),
): Promise<StaffTimesheetView> {
  const user = await User.findById(staffId, { fullName: 1, role: 1 }).lean<UserDoc>();
  if (!user) throw notFound();
  const { input, published } = await monthInput(month, { staffId }, now);
  const sheet = computeTimesheets({ ...input, include: [staffId] })[0]!;
  return { month, published, row: row(sheet, user), days: sheet.days };
}
