// Wire shapes of the rota's records.
import {
  templateMinutes,
  type EntryView,
  type LeaveView,
  type TemplateView,
} from '@care/shared/rota';
import type { EntryDoc } from './rota-entry.model';
import type { CoverageDoc, HolidayDoc, TemplateDoc, UnitDoc } from './setup.models';
import type { LeaveDoc } from './staff.models';

export const presentUnit = (u: UnitDoc) => ({
  id: u._id.toString(),
  name: u.name,
  code: u.code,
  active: u.active,
  version: u.version,
});

export function presentTemplate(t: TemplateDoc): TemplateView {
  const minutes = templateMinutes(t) - (t.breakPaid ? 0 : t.breakMinutes);
  return {
    id: t._id.toString(),
    unitId: t.unitId,
    code: t.code,
    name: t.name,
    start: t.start,
    end: t.end,
    crossesMidnight: t.crossesMidnight,
    breakMinutes: t.breakMinutes,
    breakPaid: t.breakPaid,
    kind: t.kind,
    restAfterHours: t.restAfterHours,
    dutyAllowance: t.dutyAllowance,
    active: t.active,
    hours: Math.round((minutes / 60) * 100) / 100,
    version: t.version,
  };
}

export const presentHoliday = (h: HolidayDoc) => ({
  id: h._id.toString(),
  day: h.day,
  year: h.year,
  name: h.name,
  lunar: h.lunar,
  version: h.version,
});

export const presentCoverage = (c: CoverageDoc) => ({
  id: c._id.toString(),
  unitId: c.unitId,
  templateId: c.templateId,
  qualification: c.qualification,
  min: c.min,
  preferred: c.preferred,
  requiredSex: c.requiredSex ?? null,
  exceptions: c.exceptions.map((e) => ({ ...e, note: e.note ?? '' })),
  version: c.version,
});

export const presentLeave = (l: LeaveDoc): LeaveView => ({
  id: l._id.toString(),
  staffId: l.staffId,
  staffName: l.staffName,
  kind: l.kind,
  from: l.from,
  to: l.to,
  note: l.note,
  status: l.status,
  requestedBy: l.requestedBy,
  decidedBy: l.decidedBy ?? null,
  decisionNote: l.decisionNote ?? '',
  version: l.version,
});

export const presentEntry = (e: EntryDoc): EntryView => ({
  id: e._id.toString(),
  staffId: e.staffId,
  day: e.day,
  month: e.month,
  unitId: e.unitId,
  templateId: e.templateId,
  start: new Date(e.start).toISOString(),
  end: new Date(e.end).toISOString(),
  version: e.version,
});
