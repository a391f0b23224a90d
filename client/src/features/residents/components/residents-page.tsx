// The residents list: filters kept in the address (so back and re-login return to the same view).
import { Anchor, Paper, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { centreDay, formatDay } from '@care/shared/dates';
import { ageOf } from '@care/shared/resident-rules';
import {
  residentCategories,
  residentListQuerySchema,
  residentStatuses,
} from '@care/shared/residents';
import { paths } from '../../../app/paths';
import { useCan } from '../../../app/session';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { QueryError } from '../../../components/query-error';
import { readQuery, useSearchBox, useUrlFilters } from '../../../hooks/use-url-filters';
import { useResidents, type ResidentFilters } from '../api/get-residents';
import { CategoryBadge, StatusBadge } from './resident-badges';

type StatusFilter = (typeof residentStatuses)[number] | 'all';

function readFilters(params: URLSearchParams) {
  const f = readQuery(residentListQuerySchema, params);
  return {
    page: f.page ?? 1,
    q: f.q ?? '',
    category: f.category ?? null,
    // Residents in care are what staff look for; the rest is one choice away.
    status: (params.get('status') === 'all' ? 'all' : (f.status ?? 'in_care')) as StatusFilter,
  };
}

export function ResidentsPage() {
  const { t } = useTranslation();
  const canOpen = useCan('residents.read');
  const location = useLocation();
  const [params, update] = useUrlFilters();
  const filters = readFilters(params);
  const [search, setSearch] = useSearchBox(filters.q, (q) => update({ q }));

  const query: ResidentFilters = {
    page: filters.page,
    pageSize: 20,
    q: filters.q || undefined,
    category: filters.category ?? undefined,
    status: filters.status === 'all' ? undefined : filters.status,
  };
  const residents = useResidents(query);
  // With one status chosen every row would say the same; the column only appears for "all".
  const showStatus = filters.status === 'all';
  const columns = showStatus ? 7 : 6;
  const today = centreDay();

  return (
    <>
      <PageHeader title={t('residents.title')} description={t('residents.listIntro')} />
      <Paper withBorder p="md" mb="md" component="search" aria-label={t('residents.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            label={t('residents.searchLabel')}
            placeholder={t('residents.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            type="search"
          />
          <Select
            label={t('residents.categoryLabel')}
            placeholder={t('residents.allCategories')}
            data={residentCategories.map((c) => ({
              value: c,
              label: t(`residents.categoryGroup.${c}`),
            }))}
            value={filters.category}
            onChange={(value) => update({ category: value })}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('residents.statusLabel')}
            data={[
              { value: 'in_care', label: t('residents.status.in_care') },
              { value: 'discharged', label: t('residents.status.discharged') },
              { value: 'all', label: t('residents.allStatuses') },
            ]}
            value={filters.status}
            onChange={(value) => update({ status: value === 'in_care' ? null : value })}
            allowDeselect={false}
          />
        </SimpleGrid>
      </Paper>

      {residents.isError ? (
        <QueryError error={residents.error} onRetry={() => void residents.refetch()} />
      ) : null}

      <DataTable
        label={t('residents.title')}
        minWidth={680}
        columns={columns}
        query={residents}
        empty={{ title: t('residents.empty'), description: t('residents.emptyHint') }}
        head={
          <>
            <Table.Th>{t('residents.code')}</Table.Th>
            <Table.Th>{t('residents.fullName')}</Table.Th>
            <Table.Th visibleFrom="md">{t('residents.gender.label')}</Table.Th>
            <Table.Th>{t('residents.birthDate')}</Table.Th>
            <Table.Th>{t('residents.categoryLabel')}</Table.Th>
            <Table.Th>{t('residents.room')}</Table.Th>
            {showStatus ? <Table.Th>{t('residents.statusLabel')}</Table.Th> : null}
          </>
        }
      >
        {residents.data?.data.map((resident) => (
          <Table.Tr key={resident.id}>
            <Table.Td>
              <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {resident.code}
              </Text>
            </Table.Td>
            <Table.Td>
              {canOpen ? (
                <Anchor
                  component={Link}
                  to={paths.resident.href(resident.id)}
                  state={{ back: location.pathname + location.search }}
                  fw={600}
                  className="row-link"
                >
                  {resident.fullName}
                </Anchor>
              ) : (
                <Text fw={600} size="sm">
                  {resident.fullName}
                </Text>
              )}
            </Table.Td>
            <Table.Td visibleFrom="md">{t(`residents.gender.${resident.gender}`)}</Table.Td>
            <Table.Td>
              <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
                {resident.birthDate ? formatDay(resident.birthDate) : resident.birthYear}
              </Text>{' '}
              <Text span size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                ({t('residents.ageShort', { age: ageOf(resident, today) })})
              </Text>
            </Table.Td>
            <Table.Td>
              <CategoryBadge category={resident.categories[0]!} />
            </Table.Td>
            <Table.Td>{resident.room || '—'}</Table.Td>
            {showStatus ? (
              <Table.Td>
                <StatusBadge status={resident.status} />
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </DataTable>
      {residents.data ? (
        <Pager page={residents.data.page} onChange={(page) => update({ page: String(page) })} />
      ) : null}
      {!canOpen ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('residents.listOnlyHint')}
        </Text>
      ) : null}
    </>
  );
}
