// /rota/timesheets: a month's timesheets. Managers see every staff member with the centre's totals,
// export them (XLSX, CSV) and open one person day by day; everyone else sees their own month.
// Where actual hours differ from the rota the cell is shaded. Prints as the paper sheet.
import '../i18n/catalogues';
import { Alert, Anchor, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconDownload, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { centreDay } from '@care/shared/dates';
import { addMonths, monthKeySchema } from '@care/shared/rota';
import type { TimesheetTotals } from '@care/shared/timesheets';
import { paths } from '../../../app/paths';
import { useCan, useCurrentUser } from '../../../app/session';
import { EmptyRows } from '../../../components/empty-rows';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useUrlFilters } from '../../../hooks/use-url-filters';
import { timesheetExportHref, useTimesheets } from '../api/timesheets';
import { StaffTimesheet } from './staff-timesheet';
import { formatHours, formatMonth, Hours } from './timesheet-cells';

const figures: (keyof TimesheetTotals)[] = [
  'plannedHours',
  'actualHours',
  'differenceHours',
  'nightHours',
  'normalHours',
  'overtimeHours',
  'restDayHours',
  'holidayHours',
];

export function TimesheetsPage() {
  const { t } = useTranslation();
  const [params, update] = useUrlFilters();
  const manager = useCan('timesheets.read');
  const me = useCurrentUser();
  const month =
    monthKeySchema.safeParse(params.get('month')).data ?? addMonths(centreDay().slice(0, 7), -1);
  const staffId = manager ? params.get('staff') : me.id;
  const query = useTimesheets(month, manager && !staffId);
  const data = query.data;
  const goMonth = (m: string) => update({ month: m });

  return (
    <>
      <PageHeader
        title={t('timesheets.title')}
        description={t(manager ? 'timesheets.intro' : 'timesheets.introStaff')}
        actions={
          <>
            <Button variant="default" component={Link} to={`${paths.rota.href()}?month=${month}`}>
              {t('timesheets.backToRota')}
            </Button>
            {manager ? (
              <>
                <Button
                  variant="default"
                  component="a"
                  href={timesheetExportHref(month, 'xlsx')}
                  download
                  leftSection={<IconDownload size={18} aria-hidden />}
                >
                  {t('timesheets.xlsx')}
                </Button>
                <Button
                  variant="default"
                  component="a"
                  href={timesheetExportHref(month, 'csv')}
                  download
                  leftSection={<IconDownload size={18} aria-hidden />}
                >
                  {t('timesheets.csv')}
                </Button>
              </>
            ) : null}
            <Button
              onClick={() => window.print()}
              leftSection={<IconPrinter size={18} aria-hidden />}
            >
              {t('timesheets.print')}
            </Button>
          </>
        }
      />
      <Group mb="md" gap="sm" className="no-print">
        <Button
          variant="default"
          aria-label={t('timesheets.previous')}
          onClick={() => goMonth(addMonths(month, -1))}
        >
          <IconChevronLeft size={18} aria-hidden />
        </Button>
        <Text fw={700} fz="lg" miw={170} ta="center" aria-live="polite">
          {t('timesheets.monthLabel', { month: formatMonth(month) })}
        </Text>
        <Button
          variant="default"
          aria-label={t('timesheets.next')}
          onClick={() => goMonth(addMonths(month, 1))}
        >
          <IconChevronRight size={18} aria-hidden />
        </Button>
        {manager && staffId ? (
          <Button variant="subtle" onClick={() => update({ staff: null })}>
            {t('timesheets.backToAll')}
          </Button>
        ) : null}
      </Group>
      {staffId ? (
        <StaffTimesheet month={month} staffId={staffId} />
      ) : (
        <>
          {query.isError ? (
            <QueryError error={query.error} onRetry={() => void query.refetch()} />
          ) : null}
          {data && !data.published ? (
            <Alert color="yellow" mb="md">
              {t('timesheets.notPublished')}
            </Alert>
          ) : null}
          <Text fw={700} className="only-print">
            {t('timesheets.title')} · {t('timesheets.monthLabel', { month: formatMonth(month) })}
          </Text>
          <Paper withBorder>
            <Table.ScrollContainer minWidth={1100}>
              <Table
                striped
                withColumnBorders
                verticalSpacing="xs"
                aria-label={t('timesheets.tableLabel')}
                className="timesheet-table"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('timesheets.columns.staff')}</Table.Th>
                    {figures.map((f) => (
                      <Table.Th key={f} ta="right">
                        {t(`timesheets.columns.${f}`)}
                      </Table.Th>
                    ))}
                    <Table.Th ta="right">{t('timesheets.columns.duties')}</Table.Th>
                    <Table.Th ta="right">{t('timesheets.columns.missedShifts')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody aria-busy={query.isPending}>
                  {data && data.rows.length === 0 ? (
                    <EmptyRows
                      columns={figures.length + 3}
                      title={t('timesheets.empty')}
                      description={t('timesheets.emptyHint')}
                    />
                  ) : null}
                  {data?.rows.map((r) => (
                    <Table.Tr key={r.staffId} data-staff={r.staffId}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`${paths.rotaTimesheets.href(month)}&staff=${r.staffId}`}
                          aria-label={`${r.fullName}: ${t('timesheets.open')}`}
                        >
                          {r.fullName}
                        </Anchor>
                      </Table.Td>
                      {figures.map((f) => (
                        <Hours key={f} field={f} totals={r} />
                      ))}
                      <Table.Td ta="right">
                        {t('timesheets.dutiesOf', { done: r.duties, planned: r.plannedDuties })}
                      </Table.Td>
                      <Table.Td ta="right">{r.missedShifts || ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                {data && data.rows.length > 0 ? (
                  <Table.Tfoot>
                    <Table.Tr fw={700} data-total>
                      <Table.Td>{t('timesheets.total')}</Table.Td>
                      {figures.map((f) => (
                        <Table.Td key={f} ta="right" data-field={f}>
                          {formatHours(data.totals[f])}
                        </Table.Td>
                      ))}
                      <Table.Td ta="right">
                        {t('timesheets.dutiesOf', {
                          done: data.totals.duties,
                          planned: data.totals.plannedDuties,
                        })}
                      </Table.Td>
                      <Table.Td ta="right">{data.totals.missedShifts || ''}</Table.Td>
                    </Table.Tr>
                  </Table.Tfoot>
                ) : null}
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <Text size="sm" c="dimmed" mt="sm">
            {t('timesheets.legend')}
          </Text>
        </>
      )}
    </>
  );
}
