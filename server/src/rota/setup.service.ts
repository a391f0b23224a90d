// Units, shift templates, public holidays, coverage rules and the centre's limits: created and
// edited by managers under version checks, every change audited.
import type { z } from 'zod';
import type { AuditEntity } from '@care/shared/audit';
import { publicHolidays } from '@care/shared/holidays';
import {
  defaultRotaSettings,
  templateMinutes,
  templateProblems,
  type coverageEditSchema,
  type coverageInputSchema,
  type holidayInputSchema,
  type RotaSettings,
  type rotaSettingsEditSchema,
  type templateInputSchema,
  type unitEditSchema,
  type unitInputSchema,
} from '@care/shared/rota';
import { recordAudit, recordChange, type Actor } from '../audit/audit.service';
import { isDuplicateKey } from '../platform/db';
import { AppError, badRequest, duplicate, notFound, staleVersion } from '../platform/errors';
import { updateVersioned } from '../platform/versioned';
import {
  auditedCoverageFields,
  auditedSettingsFields,
  auditedTemplateFields,
  auditedUnitFields,
  CoverageRule,
  Holiday,
  RotaSettingsModel,
  RotaUnit,
  ShiftTemplate,
  type CoverageDoc,
  type HolidayDoc,
  type SettingsDoc,
  type TemplateDoc,
  type UnitDoc,
} from './setup.models';

type Fields<T> = readonly (keyof T & string)[];
function audit<T extends { _id: unknown }>(
  entity: AuditEntity,
  actor: Actor,
  before: T | null,
  after: T,
  label: string,
  fields: Fields<T>,
) {
  return recordChange({
    actor,
    action: before ? 'update' : 'create',
    entity,
    entityId: String(after._id),
    entityLabel: label,
    before,
    after,
    fields,
  });
}

async function createOrDuplicate<T>(make: () => Promise<T>, field: string): Promise<T> {
  try {
    return await make();
  } catch (e) {
    if (isDuplicateKey(e)) throw duplicate(field);
    throw e;
  }
}

// ---- units ----
export const listUnits = () => RotaUnit.find({}).sort({ name: 1 }).lean<UnitDoc[]>();

export async function createUnit(input: z.output<typeof unitInputSchema>, actor: Actor) {
  const doc = await createOrDuplicate(
    async () => (await RotaUnit.create(input)).toObject(),
    'code',
  );
  await audit('rota_unit', actor, null, doc as UnitDoc, doc.name, auditedUnitFields);
  return doc as UnitDoc;
}

export async function editUnit(id: string, input: z.output<typeof unitEditSchema>, actor: Actor) {
  const before = await RotaUnit.findById(id).lean<UnitDoc>();
  if (!before) throw notFound();
  const { version, ...set } = input;
  const after = await createOrDuplicate(
    () => updateVersioned<UnitDoc>(RotaUnit, id, version, { $set: set }),
    'code',
  );
  await audit('rota_unit', actor, before, after, after.name, auditedUnitFields);
  return after;
}

export async function getUnit(id: string, field = 'unitId'): Promise<UnitDoc> {
  const unit = await RotaUnit.findById(id).lean<UnitDoc>();
  if (!unit) throw badRequest({ [field]: 'unknown_unit' });
  return unit;
}

// ---- shift templates ----
export const listTemplates = () => ShiftTemplate.find({}).lean<TemplateDoc[]>();

/** Minutes from midnight each template covers, over two days, to compare windows. */
function window(t: Pick<TemplateDoc, 'start' | 'end' | 'crossesMidnight'>): [number, number] {
  const start = Number(t.start.slice(0, 2)) * 60 + Number(t.start.slice(3, 5));
  return [start, start + templateMinutes(t)];
}
const overlaps = (a: [number, number], b: [number, number]) =>
  [-1440, 0, 1440].some((shift) => a[0] < b[1] + shift && b[0] + shift < a[1]);

/**
 * A unit's normal shifts must not overlap one another (06–14 / 14–22 / 22–06 meet, never cross);
 * a 24-hour duty is its own pattern beside them, one per unit.
 */
async function checkNoOverlap(t: Omit<TemplateDoc, '_id' | 'version'>, id?: string) {
  if (!t.active) return;
  const others = (
    await ShiftTemplate.find({ unitId: t.unitId, active: true }).lean<TemplateDoc[]>()
  ).filter((o) => o._id.toString() !== id && o.kind === t.kind);
  if (
    t.kind === 'duty_24h' ? others.length > 0 : others.some((o) => overlaps(window(o), window(t)))
  )
    throw badRequest({ start: 'template_overlap' });
}

export async function createTemplate(input: z.output<typeof templateInputSchema>, actor: Actor) {
  const unit = await getUnit(input.unitId);
  await checkNoOverlap(input);
  const doc = (await ShiftTemplate.create(input)).toObject() as TemplateDoc;
  await audit(
    'shift_template',
    actor,
    null,
    doc,
    `${unit.name} · ${doc.name}`,
    auditedTemplateFields,
  );
  return doc;
}

export async function editTemplate(
  id: string,
  input: { version: number } & Partial<Omit<TemplateDoc, '_id' | 'unitId' | 'version'>>,
  actor: Actor,
) {
  const before = await ShiftTemplate.findById(id).lean<TemplateDoc>();
  if (!before) throw notFound();
  if (before.version !== input.version) throw staleVersion();
  const { version, ...set } = input;
  const merged = { ...before, ...set };
  const problems = templateProblems(merged);
  if (Object.keys(problems).length > 0) throw badRequest(problems as never);
  await checkNoOverlap(merged, id);
  const after = await updateVersioned<TemplateDoc>(ShiftTemplate, id, version, { $set: set });
  await audit('shift_template', actor, before, after, after.name, auditedTemplateFields);
  return after;
}

// ---- holidays ----
export const listHolidays = (year: string) =>
  Holiday.find({ year }).sort({ day: 1 }).lean<HolidayDoc[]>();

export async function addHoliday(input: z.output<typeof holidayInputSchema>, actor: Actor) {
  const doc = await createOrDuplicate(
    async () =>
      (await Holiday.create({ ...input, year: input.day.slice(0, 4) })).toObject() as HolidayDoc,
    'day',
  );
  await audit('holiday', actor, null, doc, doc.day, ['day', 'name']);
  return doc;
}

export async function renameHoliday(id: string, version: number, name: string, actor: Actor) {
  const before = await Holiday.findById(id).lean<HolidayDoc>();
  if (!before) throw notFound();
  const after = await updateVersioned<HolidayDoc>(Holiday, id, version, { $set: { name } });
  await audit('holiday', actor, before, after, after.day, ['name']);
  return after;
}

export async function removeHoliday(id: string, version: number, actor: Actor) {
  const doc = await Holiday.findOneAndDelete({ _id: id, version }).lean<HolidayDoc>();
  if (!doc) throw (await Holiday.exists({ _id: id })) ? staleVersion() : notFound();
  await recordAudit({
    actor,
    action: 'delete',
    entity: 'holiday',
    entityId: id,
    entityLabel: doc.day,
  });
}

/** Adds the year's public holidays that are not listed yet (edited ones are kept). */
export async function prefillHolidays(year: number, actor: Actor) {
  const have = new Set((await listHolidays(String(year))).map((h) => h.day));
  const missing = publicHolidays(year).filter((h) => !have.has(h.day));
  for (const h of missing) {
    try {
      await Holiday.create({ ...h, year: String(year) });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e; // added meanwhile by a parallel prefill
    }
  }
  if (missing.length > 0)
    await recordAudit({
      actor,
      action: 'create',
      entity: 'holiday',
      entityId: String(year),
      entityLabel: `${year}: ${missing.length}`,
    });
  return listHolidays(String(year));
}

// ---- coverage ----
export const listCoverage = () => CoverageRule.find({}).lean<CoverageDoc[]>();

export async function createCoverage(input: z.output<typeof coverageInputSchema>, actor: Actor) {
  await getUnit(input.unitId);
  const template = await ShiftTemplate.findById(input.templateId).lean<TemplateDoc>();
  if (!template) throw badRequest({ templateId: 'unknown_template' });
  if (template.unitId !== input.unitId) throw badRequest({ templateId: 'template_other_unit' });
  const key = `${input.unitId}/${input.templateId}/${input.qualification}`;
  const doc = await createOrDuplicate(
    async () => (await CoverageRule.create({ ...input, key })).toObject() as CoverageDoc,
    'qualification',
  );
  await audit('coverage_rule', actor, null, doc, key, auditedCoverageFields);
  return doc;
}

export async function editCoverage(
  id: string,
  input: z.output<typeof coverageEditSchema>,
  actor: Actor,
) {
  const before = await CoverageRule.findById(id).lean<CoverageDoc>();
  if (!before) throw notFound();
  const { version, ...set } = input;
  if ((set.preferred ?? before.preferred) < (set.min ?? before.min))
    throw badRequest({ preferred: 'preferred_below_min' });
  const after = await updateVersioned<CoverageDoc>(CoverageRule, id, version, { $set: set });
  await audit('coverage_rule', actor, before, after, after.key, auditedCoverageFields);
  return after;
}

export async function removeCoverage(id: string, version: number, actor: Actor) {
  const doc = await CoverageRule.findOneAndDelete({ _id: id, version }).lean<CoverageDoc>();
  if (!doc) throw (await CoverageRule.exists({ _id: id })) ? staleVersion() : notFound();
  await recordAudit({
    actor,
    action: 'delete',
    entity: 'coverage_rule',
    entityId: id,
    entityLabel: doc.key,
  });
}

// ---- settings ----
const settingsId = 'rota';

export async function getSettings(): Promise<SettingsDoc> {
  const doc = await RotaSettingsModel.findById(settingsId).lean<SettingsDoc>();
  return doc ?? { _id: settingsId, ...defaultRotaSettings, version: 0 };
}

export async function editSettings(input: z.output<typeof rotaSettingsEditSchema>, actor: Actor) {
  const before = await getSettings();
  if (before.version !== input.version) throw staleVersion();
  const { version, ...set } = input;
  let after: SettingsDoc | null;
  if (version === 0 && !(await RotaSettingsModel.exists({ _id: settingsId }))) {
    after = await createOrDuplicate(
      async () =>
        (
          await RotaSettingsModel.create({ _id: settingsId, ...set, version: 1 })
        ).toObject() as SettingsDoc,
      'version',
    ).catch((e) => {
      if (e instanceof AppError) throw staleVersion();
      throw e;
    });
  } else
    after = await updateVersioned<SettingsDoc>(RotaSettingsModel, settingsId, version, {
      $set: set,
    });
  await audit('rota_settings', actor, before, after, 'rota', auditedSettingsFields);
  return after;
}

export const settingsOf = (doc: SettingsDoc): RotaSettings => {
  const { _id, version, ...settings } = doc as SettingsDoc & { createdAt?: Date; updatedAt?: Date };
  void _id;
  void version;
  return Object.fromEntries(
    Object.keys(defaultRotaSettings).map((k) => [k, settings[k as keyof RotaSettings]]),
  ) as RotaSettings;
};
