// A child's growth: z-scores and WHO flags for each weighed or measured visit, and the WHO
// reference lines to draw them over. Birth to 19 years, from an exact birth date only.
import {
  ageInDays,
  classifyGrowth,
  daysPerMonth,
  growthZScores,
  hasGrowthReference,
  lastReferenceMonth,
  referenceCurve,
} from '@care/shared/growth';
import { centreDay } from '@care/shared/dates';
import type { GrowthPoint, GrowthView } from '@care/shared/health-records';
import { periodKeys } from '@care/shared/periods';
import { growthTable } from './growth-table';
import { measurementsSinceBirth } from './measurements.service';
import { findResidentBasics } from './resident-basics';

const round = (n: number | null, digits: number) =>
  n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits;

export async function readGrowth(residentId: string): Promise<GrowthView> {
  const resident = await findResidentBasics(residentId);
  // Only a birth year is known for some residents: an age in days cannot be computed.
  if (!resident.birthDate) return { available: false, reason: 'birth_date_unknown' };
  const today = centreDay();
  if (!hasGrowthReference(ageInDays(resident.birthDate, today)))
    return { available: false, reason: 'over_19' };

  const table = growthTable();
  const measurements = await measurementsSinceBirth(residentId, resident.birthDate);
  const points: GrowthPoint[] = [];
  for (const m of measurements) {
    if (m.weightKg === null && m.heightCm === null) continue;
    const ageDays = ageInDays(resident.birthDate, periodKeys(m.at).day);
    const result = growthZScores(table, {
      sex: resident.sex,
      ageDays,
      weightKg: m.weightKg,
      heightCm: m.heightCm,
      position: m.heightPosition,
    });
    if (!result) continue;
    points.push({
      measurementId: m._id.toString(),
      at: m.at.toISOString(),
      ageDays,
      ageMonths: round(ageDays / daysPerMonth, 2)!,
      weightKg: m.weightKg,
      heightCm: m.heightCm,
      bmi: round(result.bmi, 1),
      z: {
        weightForAge: round(result.z.weightForAge, 2),
        heightForAge: round(result.z.heightForAge, 2),
        weightForHeight: round(result.z.weightForHeight, 2),
        bmiForAge: round(result.z.bmiForAge, 2),
      },
      flags: classifyGrowth(result),
    });
  }
  // The chart spans the child's measurements and today, with a little room on either side.
  const nowMonths = ageInDays(resident.birthDate, today) / daysPerMonth;
  const from = Math.max(0, Math.floor((points[0]?.ageMonths ?? nowMonths) - 3));
  const to = Math.min(lastReferenceMonth, Math.ceil(nowMonths + 3));
  return {
    available: true,
    sex: resident.sex,
    birthDate: resident.birthDate,
    points,
    curves: {
      weightForAge: referenceCurve(table, resident.sex, 'weight_for_age', from, to),
      heightForAge: referenceCurve(table, resident.sex, 'length_height_for_age', from, to),
    },
  };
}
