// The month grid as a viewer may see it: planners get drafts and violations; everyone else sees a
// published month only (a draft answers its state and no shifts).
import { can } from '@care/shared/permissions';
import type { MonthView } from '@care/shared/rota';
import { checkMonth } from './rota-check';
import { presentEntry } from './rota.presenters';
import { RotaMonth, type MonthDoc } from './rota-entry.model';

/** A month nobody has planned yet reads as an empty draft; its record is made by the first change. */
const unplanned = (month: string): MonthDoc => ({
  _id: month,
  year: month.slice(0, 4),
  state: 'draft',
  publishedAt: null,
  publishedBy: null,
  overtime: [],
  version: 0,
});

export async function readMonth(month: string, viewer: Express.User): Promise<MonthView> {
  const doc = (await RotaMonth.findById(month).lean<MonthDoc>()) ?? unplanned(month);
  const planner = can(viewer.role, 'rota.plan');
  const head = {
    month,
    state: doc.state,
    version: doc.version,
    publishedAt: doc.publishedAt ? new Date(doc.publishedAt).toISOString() : null,
    publishedBy: doc.publishedBy ?? null,
  };
  if (!planner && doc.state !== 'published')
    return { ...head, staff: [], entries: [], hours: [], violations: [] };
  const { entries, users, profiles, violations, hours } = await checkMonth(month, {
    record: false,
  });
  const units = new Map(profiles.map((p) => [p.staffId, p.unitIds]));
  const rostered = new Set(entries.map((e) => e.staffId));
  const staff = users
    .filter(
      (u) => rostered.has(u._id.toString()) || (u.active && units.get(u._id.toString())?.length),
    )
    .sort((a, b) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0))
    .map((u) => ({
      id: u._id.toString(),
      fullName: u.fullName,
      role: u.role,
      unitIds: [...(units.get(u._id.toString()) ?? [])],
      active: u.active ?? true,
    }));
  return {
    ...head,
    staff,
    entries: entries.map(presentEntry),
    hours,
    violations: planner ? violations : [],
  };
}
