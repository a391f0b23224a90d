// How the rota speaks: a violation as one sentence in the user's language, shift labels, days.
import type { TFunction } from 'i18next';
import type { TemplateView, UnitView, Violation } from '@care/shared/rota';

export type Lookup = {
  templates: Map<string, TemplateView>;
  units: Map<string, UnitView>;
  names: Map<string, string>;
};

export function shiftLabel(lookup: Lookup, templateId: string | undefined): string {
  const template = templateId ? lookup.templates.get(templateId) : undefined;
  if (!template) return '—';
  const unit = lookup.units.get(template.unitId);
  return `${template.name} (${template.start}–${template.end})${unit ? ` · ${unit.name}` : ''}`;
}

/** The message of one violation, its figures filled in and its codes translated. */
export function violationText(t: TFunction, v: Violation, lookup: Lookup): string {
  const d = v.detail;
  const values: Record<string, string | number> = { ...d };
  if (typeof d.kind === 'string') values.kind = t(`rota.leaveKinds.${d.kind}`);
  if (typeof d.sex === 'string') values.sex = t(`rota.sexes.${d.sex}`);
  if (typeof d.qualification === 'string')
    values.qualification = t(`rota.qualifications.${d.qualification}`);
  if (typeof d.needed === 'string')
    values.needed = d.needed
      .split(',')
      .map((q) => t(`rota.qualifications.${q}`))
      .join(', ');
  if (typeof d.otherDay === 'string') values.otherDay = formatDayShort(d.otherDay);
  if (typeof d.weekday === 'number') values.weekday = t(`rota.weekdays.${d.weekday}`);
  values.shift = shiftLabel(lookup, v.templateId);
  return t(`rota.rules.${v.rule}`, values);
}

/** `2026-12-05` → `05/12`. */
export const formatDayShort = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;
/** `2026-12` → `12/2026`. */
export const formatMonth = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
