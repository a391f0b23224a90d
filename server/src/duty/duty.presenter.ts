// The wire shape of an attendance record.
import type { AttendanceView, DutySettingsView } from '@care/shared/duty';
import type { AttendanceDoc, DutySettingsDoc } from './duty.models';

export function presentAttendance(doc: AttendanceDoc): AttendanceView {
  return {
    id: doc._id.toString(),
    entryId: doc.entryId ?? null,
    staffId: doc.staffId,
    staffName: doc.staffName,
    unitId: doc.unitId,
    templateId: doc.templateId,
    day: doc.day,
    month: doc.month,
    plannedStart: new Date(doc.plannedStart).toISOString(),
    plannedEnd: new Date(doc.plannedEnd).toISOString(),
    checkInAt: new Date(doc.checkInAt).toISOString(),
    checkOutAt: doc.checkOutAt ? new Date(doc.checkOutAt).toISOString() : null,
    cover: doc.cover,
    lateMinutes: doc.lateMinutes,
    note: doc.note ?? '',
    checkOutOverride: doc.checkOutOverride ?? '',
    recordedBy: doc.recordedBy,
    version: doc.version,
  };
}

export const presentDutySettings = (doc: DutySettingsDoc): DutySettingsView => ({
  graceMinutes: doc.graceMinutes,
  unitLinks: doc.unitLinks.map((l) => ({ unitId: l.unitId, residentUnit: l.residentUnit })),
  version: doc.version,
});
