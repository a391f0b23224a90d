// The fields of each form of the food check, in the forms' order, and a new record's values
// (taken from the menu's figures and the time now, so staff mostly confirm).
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { centreTimeZone } from '@care/shared/dates';
import type { CheckKind, CheckRowView } from '@care/shared/food-safety';
import { defaultResult } from '@care/shared/food-safety-defaults';

export type FieldType =
  'time' | 'number' | 'text' | 'textarea' | 'verdict' | 'rapid' | 'unit' | 'datetime' | 'checkbox';
export type FieldSpec = { name: string; type: FieldType; hint?: boolean; optional?: boolean };

export const formFields: Record<CheckKind, FieldSpec[]> = {
  receipt: [
    { name: 'receivedAt', type: 'time' },
    { name: 'quantityKg', type: 'number' },
    { name: 'supplier', type: 'text' },
    { name: 'supplierContact', type: 'text' },
    { name: 'invoice', type: 'text' },
    { name: 'certificates', type: 'text' },
    { name: 'sensory', type: 'verdict' },
    { name: 'rapidTest', type: 'rapid' },
    { name: 'action', type: 'textarea' },
  ],
  preparation: [
    { name: 'ingredients', type: 'textarea' },
    { name: 'portions', type: 'number' },
    { name: 'prepEndAt', type: 'time' },
    { name: 'cookEndAt', type: 'time' },
    { name: 'hygieneStaff', type: 'verdict' },
    { name: 'hygieneTools', type: 'verdict' },
    { name: 'hygieneArea', type: 'verdict' },
    { name: 'sensory', type: 'verdict' },
    { name: 'action', type: 'textarea' },
  ],
  serving: [
    { name: 'portions', type: 'number' },
    { name: 'portionEndAt', type: 'time' },
    { name: 'servingStartAt', type: 'time' },
    { name: 'utensils', type: 'verdict' },
    { name: 'sensory', type: 'verdict' },
    { name: 'action', type: 'textarea' },
  ],
  sample: [
    { name: 'amount', type: 'number', hint: true },
    { name: 'unit', type: 'unit' },
    { name: 'container', type: 'text' },
    { name: 'temperatureC', type: 'number', hint: true },
    { name: 'takenAt', type: 'datetime' },
    { name: 'discardedAt', type: 'datetime', hint: true, optional: true },
    { name: 'held', type: 'checkbox' },
    { name: 'holdReason', type: 'textarea' },
  ],
};

const local = (at: Date | string, pattern: string) =>
  format(new TZDate(new Date(at), centreTimeZone), pattern);
/** An instant → the `datetime-local` input's value at the centre. */
export const toLocalInput = (iso: string | null | undefined) =>
  iso ? local(iso, "yyyy-MM-dd'T'HH:mm") : '';
/** A `datetime-local` value read as the centre's time (UTC+7 all year). */
export const fromLocalInput = (value: string) => (value ? `${value}:00+07:00` : null);
export const timeNow = () => local(new Date(), 'HH:mm');

export function initialValues(row: CheckRowView): Record<string, unknown> {
  if (row.result) return { ...row.result };
  const now = timeNow();
  return defaultResult(row, {
    receivedAt: now,
    prepEndAt: now,
    cookEndAt: now,
    portionEndAt: now,
    servingStartAt: now,
    takenAt: new Date().toISOString(),
    discardedAt: null,
  });
}
