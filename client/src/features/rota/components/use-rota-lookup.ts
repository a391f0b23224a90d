// The names behind the rota's ids (templates, units, people) and the holidays of a year.
import type { MonthView } from '@care/shared/rota';
import { useHolidays, useTemplates, useUnits } from '../api/setup';
import type { Lookup } from './rota-text';

export function useRotaLookup(staff: MonthView['staff'] | undefined, year: string) {
  const templates = useTemplates();
  const units = useUnits();
  const holidays = useHolidays(year);
  const lookup: Lookup = {
    templates: new Map((templates.data?.data ?? []).map((x) => [x.id, x])),
    units: new Map((units.data?.data ?? []).map((u) => [u.id, u])),
    names: new Map((staff ?? []).map((s) => [s.id, s.fullName])),
  };
  const holidayNames = new Map((holidays.data?.data ?? []).map((h) => [h.day, h.name]));
  return { lookup, holidays: holidayNames, ready: !!templates.data && !!units.data };
}
