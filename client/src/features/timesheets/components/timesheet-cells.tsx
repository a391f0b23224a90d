// The figures of a timesheet: hours in the Vietnamese number format, a difference shaded.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimesheetTotals } from '@care/shared/timesheets';

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const formatHours = (h: number) => (h === 0 ? '' : number.format(h));
export const formatMonth = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** One figure; the actual hours and the difference are shaded where they differ from the rota. */
export function Hours({
  field,
  totals,
}: {
  field: keyof TimesheetTotals;
  totals: Pick<TimesheetTotals, 'plannedHours' | 'actualHours'> & Partial<TimesheetTotals>;
}) {
  const { t } = useTranslation();
  const value =
    field === 'differenceHours' ? totals.actualHours - totals.plannedHours : (totals[field] ?? 0);
  const differs =
    (field === 'actualHours' || field === 'differenceHours') &&
    Math.abs(totals.actualHours - totals.plannedHours) >= 0.01;
  return (
    <Table.Td
      ta="right"
      data-field={field}
      data-differs={differs || undefined}
      className={differs ? 'timesheet-differs' : undefined}
      title={differs ? t('timesheets.differs') : undefined}
    >
      {field === 'differenceHours' && value > 0 ? '+' : ''}
      {formatHours(Math.round(value * 100) / 100)}
    </Table.Td>
  );
}
