// One shift instance (a unit's shift template on the day it starts) with its instants, and the
// residents' unit a rota unit looks after (the duty settings' link, else the unit of the same name).
import { addDays } from '@care/shared/rota';
import { shiftInstants } from '@care/shared/rota-rules';
import { AppError } from '../platform/errors';
import { RotaMonth } from '../rota/rota-entry.model';
import { RotaUnit, ShiftTemplate, type TemplateDoc, type UnitDoc } from '../rota/setup.models';
import { Resident } from '../residents/resident.model';
import { DutySettings, type DutySettingsDoc } from './duty.models';
import { defaultGraceMinutes } from '@care/shared/duty';

export type ShiftInstanceInfo = {
  unit: UnitDoc;
  template: TemplateDoc;
  day: string;
  start: number;
  end: number;
};

export async function shiftInstance(
  unitId: string,
  templateId: string,
  day: string,
): Promise<ShiftInstanceInfo> {
  const [unit, template] = await Promise.all([
    RotaUnit.findById(unitId).lean<UnitDoc>(),
    ShiftTemplate.findById(templateId).lean<TemplateDoc>(),
  ]);
  if (!unit) throw new AppError('validation_failed', { unitId: 'unknown_unit' });
  if (!template) throw new AppError('validation_failed', { templateId: 'unknown_template' });
  if (template.unitId !== unitId)
    throw new AppError('validation_failed', { templateId: 'template_other_unit' });
  const { start, end } = shiftInstants(day, template);
  return { unit, template, day, start, end };
}

export async function getDutySettings(): Promise<DutySettingsDoc> {
  const doc = await DutySettings.findById('centre').lean<DutySettingsDoc>();
  return doc ?? { _id: 'centre', graceMinutes: defaultGraceMinutes, unitLinks: [], version: 0 };
}

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/** The register's unit text a rota unit looks after, or null (a kitchen looks after nobody). */
export async function residentUnitOf(
  unit: Pick<UnitDoc, '_id' | 'name'>,
  settings?: DutySettingsDoc,
): Promise<string | null> {
  const links = (settings ?? (await getDutySettings())).unitLinks;
  const link = links.find((l) => l.unitId === unit._id.toString());
  if (link) return link.residentUnit;
  const units: string[] = await Resident.distinct('unit', { current: true });
  return units.find((u) => fold(u) === fold(unit.name)) ?? null;
}

/** Which of these months are published (staff see and work only a published rota). */
export async function publishedMonths(months: readonly string[]): Promise<Set<string>> {
  const docs = await RotaMonth.find({ _id: { $in: [...new Set(months)] }, state: 'published' })
    .select({ _id: 1 })
    .lean<{ _id: string }[]>();
  return new Set(docs.map((d) => d._id));
}

/** The day keys a look around `day` reads (a night or a 24-hour duty started the day before). */
export const daysAround = (day: string) => [addDays(day, -1), day];
