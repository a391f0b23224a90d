// One person's month day by day: the kind of day (working, rest, holiday), each shift's planned
// times beside the actual check-in and check-out, and the hours of the day; totals at the foot.
import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@care/shared/dates';
import type { TimesheetDay } from '@care/shared/timesheets';
import { QueryError } from '../../../components/query-error';
import { useStaffTimesheet } from '../api/timesheets';
import { formatHours, formatMonth, Hours } from './timesheet-cells';

const dayFigures = [
  'plannedHours',
  'actualHours',
  'differenceHours',
  'nightHours',
  'overtimeHours',
] as const;
const time = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat('vi-VN', {
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
        timeZone: 'Asia/Ho_Chi_Minh',
      }).format(new Date(iso))
    : '';

function ShiftLine({ shift }: { shift: TimesheetDay['shifts'][number] }) {
  const { t } = useTranslation();
  const planned = shift.plannedStart ? `${time(shift.plannedStart)}–${time(shift.plannedEnd)}` : '';
  const actual = shift.checkInAt
    ? `${time(shift.checkInAt)}–${shift.checkOutAt ? time(shift.checkOutAt) : t('timesheets.notClosed')}`
    : t('timesheets.noCheckIn');
  return (
    <div>
      <strong>{shift.templateName}</strong> {planned}
      {shift.cover ? ` (${t('timesheets.cover')})` : ''} → {actual}
      {shift.kind === 'duty_24h' ? ` · ${t('timesheets.duty')}` : ''}
    </div>
  );
}

export function StaffTimesheet({ month, staffId }: { month: string; staffId: string }) {
  const { t } = useTranslation();
  const query = useStaffTimesheet(month, staffId);
  const data = query.data;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <Title order={2} size="h3" mb="sm">
        {data
          ? t('timesheets.staffTitle', { name: data.row.fullName, month: formatMonth(month) })
          : '…'}
      </Title>
      {data && !data.published ? <Text mb="sm">{t('timesheets.notPublished')}</Text> : null}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={900}>
          <Table
            striped
            withColumnBorders
            verticalSpacing="xs"
            aria-label={t('timesheets.daysLabel')}
            aria-busy={query.isPending}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('timesheets.columns.day')}</Table.Th>
                <Table.Th>{t('timesheets.columns.kind')}</Table.Th>
                <Table.Th>{t('timesheets.columns.shifts')}</Table.Th>
                {dayFigures.map((f) => (
                  <Table.Th key={f} ta="right">
                    {t(`timesheets.columns.${f}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.days.map((d) => (
                <Table.Tr key={d.day} data-day={d.day}>
                  <Table.Td>{formatDay(d.day)}</Table.Td>
                  <Table.Td>
                    {d.kind === 'holiday' ? (
                      <Badge color="red" variant="dot" title={d.holidayName ?? undefined}>
                        {d.holidayName ?? t('timesheets.kinds.holiday')}
                      </Badge>
                    ) : d.kind === 'rest' && d.actualHours > 0 ? (
                      <Badge color="orange" variant="dot">
                        {t('timesheets.kinds.rest')}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t(`timesheets.kinds.${d.kind}`)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {d.shifts.map((s, i) => (
                      <ShiftLine key={i} shift={s} />
                    ))}
                  </Table.Td>
                  {dayFigures.map((f) => (
                    <Hours key={f} field={f} totals={d} />
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
            {data ? (
              <Table.Tfoot>
                <Table.Tr fw={700} data-total>
                  <Table.Td colSpan={3}>{t('timesheets.total')}</Table.Td>
                  {dayFigures.map((f) => (
                    <Hours key={f} field={f} totals={data.row} />
                  ))}
                </Table.Tr>
              </Table.Tfoot>
            ) : null}
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {data ? (
        <Text size="sm" mt="sm">
          {[
            `${t('timesheets.columns.normalHours')}: ${formatHours(data.row.normalHours) || 0}`,
            `${t('timesheets.columns.restDayHours')}: ${formatHours(data.row.restDayHours) || 0}`,
            `${t('timesheets.columns.holidayHours')}: ${formatHours(data.row.holidayHours) || 0}`,
            `${t('timesheets.columns.duties')}: ${t('timesheets.dutiesOf', { done: data.row.duties, planned: data.row.plannedDuties })}`,
            `${t('timesheets.columns.missedShifts')}: ${data.row.missedShifts}`,
            `${t('timesheets.columns.openShifts')}: ${data.row.openShifts}`,
          ].join(' · ')}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed" mt="xs">
        {t('timesheets.legend')}
      </Text>
    </>
  );
}
