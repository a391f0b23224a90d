// The centre's incidents: open ones by default (a manager's worklist), or closed ones, by type and
// severity, newest first, a page at a time; a row opens the resident's incidents tab. Filters
// live in the address, so back and reload show the same view.
import { Anchor, Paper, Select, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { centreDay, formatDateTime } from '@care/shared/dates';
import {
  incidentListQuerySchema,
  incidentSeverities,
  incidentStatuses,
  incidentTypes,
  overdueFollowUps,
  type IncidentView,
} from '@care/shared/incidents';
import { paths } from '../../../app/paths';
import { useCan } from '../../../app/session';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { QueryError } from '../../../components/query-error';
import { readQuery, useUrlFilters } from '../../../hooks/use-url-filters';
import { useCentreIncidents } from '../api/get-centre-incidents';
import { SeverityBadge } from './severity-badge';

const columns = 6;
const pageSize = 20;

function FollowUps({ incident }: { incident: IncidentView }) {
  const { t } = useTranslation();
  const done = incident.followUps.filter((f) => f.doneOn !== null).length;
  const overdue = overdueFollowUps(incident, centreDay()).length;
  if (incident.followUps.length === 0) return <Text size="sm">—</Text>;
  return (
    <>
      <Text size="sm">
        {t('incidentsPage.followUpsDone', { done, total: incident.followUps.length })}
      </Text>
      {overdue ? (
        <Text size="xs" c="red.9" fw={600}>
          {t('incidentsPage.overdue', { count: overdue })}
        </Text>
      ) : null}
    </>
  );
}

export function IncidentsPage() {
  const { t } = useTranslation();
  const canOpen = useCan('residents.read');
  const [params, update] = useUrlFilters();
  const filters = readQuery(incidentListQuerySchema, params);
  const status = filters.status ?? 'open';
  const incidents = useCentreIncidents({
    status,
    type: filters.type,
    severity: filters.severity,
    page: filters.page ?? 1,
    pageSize,
  });
  const clearProps = { clearable: true, clearButtonProps: { 'aria-label': t('common.clear') } };
  const filtered = Boolean(filters.type || filters.severity);

  return (
    <>
      <PageHeader title={t('incidentsPage.title')} description={t('incidentsPage.intro')} />
      <Paper
        withBorder
        p="md"
        mb="md"
        component="search"
        aria-label={t('incidentsPage.filters')}
        className="no-print"
      >
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
          <Select
            label={t('incidentsPage.status')}
            data={incidentStatuses.map((s) => ({
              value: s,
              label: t(`incidentsPage.statuses.${s}`),
            }))}
            value={status}
            onChange={(value) => update({ status: value === 'open' ? null : value })}
            allowDeselect={false}
          />
          <Select
            label={t('incidents.type')}
            placeholder={t('incidentsPage.allTypes')}
            data={incidentTypes.map((v) => ({ value: v, label: t(`incidents.types.${v}`) }))}
            value={filters.type ?? null}
            onChange={(value) => update({ type: value })}
            {...clearProps}
          />
          <Select
            label={t('incidents.severity')}
            placeholder={t('incidentsPage.allSeverities')}
            data={incidentSeverities.map((v) => ({
              value: v,
              label: t(`incidents.severities.${v}`),
            }))}
            value={filters.severity ?? null}
            onChange={(value) => update({ severity: value })}
            {...clearProps}
          />
        </SimpleGrid>
      </Paper>

      {incidents.isError ? (
        <QueryError error={incidents.error} onRetry={() => void incidents.refetch()} />
      ) : null}

      <DataTable
        label={t('incidentsPage.title')}
        minWidth={860}
        columns={columns}
        query={incidents}
        empty={{
          title: t(`incidentsPage.empty.${status}`),
          description: filtered ? t('incidentsPage.emptyFiltered') : undefined,
        }}
        head={
          <>
            <Table.Th>{t('incidents.occurredAt')}</Table.Th>
            <Table.Th>{t('incidentsPage.resident')}</Table.Th>
            <Table.Th>{t('incidents.type')}</Table.Th>
            <Table.Th>{t('incidents.severity')}</Table.Th>
            <Table.Th>{t('incidents.place')}</Table.Th>
            <Table.Th>{t('incidents.followUps')}</Table.Th>
          </>
        }
      >
        {incidents.data?.data.map((incident) => (
          <Table.Tr key={incident.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatDateTime(incident.occurredAt)}
            </Table.Td>
            <Table.Td>
              {canOpen ? (
                <Anchor
                  component={Link}
                  to={`${paths.resident.href(incident.residentId)}?tab=incidents`}
                  fw={600}
                  className="row-link"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {incident.residentName}
                </Anchor>
              ) : (
                <Text fw={600} size="sm">
                  {incident.residentName}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{t(`incidents.types.${incident.type}`)}</Table.Td>
            <Table.Td>
              <SeverityBadge severity={incident.severity} />
            </Table.Td>
            <Table.Td>{incident.place}</Table.Td>
            <Table.Td>
              <FollowUps incident={incident} />
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {incidents.data ? (
        <Pager page={incidents.data.page} onChange={(page) => update({ page: String(page) })} />
      ) : null}
    </>
  );
}
