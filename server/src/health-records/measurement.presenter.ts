// The wire shape of a measurement.
import type { MeasurementView } from '@care/shared/health-records';
import type { MeasurementDoc } from './measurement.model';

export function presentMeasurement(doc: MeasurementDoc): MeasurementView {
  return {
    id: doc._id.toString(),
    residentId: doc.residentId.toString(),
    at: doc.at.toISOString(),
    weightKg: doc.weightKg ?? null,
    heightCm: doc.heightCm ?? null,
    heightPosition: doc.heightPosition ?? null,
    temperatureC: doc.temperatureC ?? null,
    systolic: doc.systolic ?? null,
    diastolic: doc.diastolic ?? null,
    pulse: doc.pulse ?? null,
    note: doc.note,
    authorName: doc.authorName,
  };
}
