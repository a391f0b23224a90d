// The register: search (the server folds diacritics and word order), filters, order and paging,
// all kept in the address so back, reload and a return after login show the same view.
import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconPrinter, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import {
  genders,
  residentCategories,
  residentSorts,
  residentStatuses,
  type ResidentSummary,
} from '@care/shared/residents';
import { ageBands } from '@care/shared/resident-rules';
import { paths } from '../../../app/paths';
import { useCan } from '../../../app/session';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { QueryError } from '../../../components/query-error';
import { useSearchBox, useUrlFilters } from '../../../hooks/use-url-filters';
import { useResidentFacets, useResidents } from '../api/get-residents';
import { CategoryBadge, FlagBadge, ResidentAvatar, StatusBadge } from './resident-badges';
import { useAgeText } from './resident-age';
import { readRegisterFilters, registerPageSize, registerQuery } from './register-filters';

const statusChoices = ['current', ...residentStatuses, 'all'] as const;
const columns = 8;

export function ResidentsPage() {
  const { t } = useTranslation();
  const canOpen = useCan('residents.read');
  const canSummary = useCan('residents.care_summary');
  const canAdmit = useCan('residents.admit');
  const location = useLocation();
  const [params, update] = useUrlFilters();
  const filters = readRegisterFilters(params);
  const [search, setSearch] = useSearchBox(filters.q, (q) => update({ q }));
  const facets = useResidentFacets();
  const residents = useResidents({
    ...registerQuery(filters),
    page: filters.page,
    pageSize: registerPageSize,
  });
  const ageText = useAgeText();

  // Records for those who may read them; the care summary for carers; plain text otherwise.
  const linkOf = (r: ResidentSummary) =>
    canOpen ? paths.resident.href(r.id) : canSummary ? paths.residentSummary.href(r.id) : null;

  const select = (key: string, value: string | null) => update({ [key]: value });
  const clearProps = { clearable: true, clearButtonProps: { 'aria-label': t('common.clear') } };

  return (
    <>
      <PageHeader
        title={t('residents.title')}
        description={t('residents.listIntro')}
        actions={
          <>
            <Button
              variant="default"
              component={Link}
              to={paths.residentsPrint.href(location.search)}
              leftSection={<IconPrinter size={18} aria-hidden />}
            >
              {t('register.print')}
            </Button>
            {canAdmit ? (
              <Button
                component={Link}
                to={paths.residentNew.href()}
                leftSection={<IconUserPlus size={18} aria-hidden />}
              >
                {t('register.admit')}
              </Button>
            ) : null}
          </>
        }
      />
      <Paper
        withBorder
        p="md"
        mb="md"
        component="search"
        aria-label={t('residents.filters')}
        className="no-print"
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <TextInput
            label={t('residents.searchLabel')}
            placeholder={t('residents.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            type="search"
          />
          <Select
            label={t('residents.statusLabel')}
            data={statusChoices.map((s) => ({ value: s, label: t(`register.status.${s}`) }))}
            value={filters.status}
            onChange={(value) => select('status', value === 'current' ? null : value)}
            allowDeselect={false}
          />
          <Select
            label={t('residents.categoryLabel')}
            placeholder={t('residents.allCategories')}
            data={residentCategories.map((c) => ({
              value: c,
              label: t(`residents.categoryGroup.${c}`),
            }))}
            value={filters.category}
            onChange={(value) => select('category', value)}
            {...clearProps}
          />
          <Select
            label={t('register.sort')}
            data={residentSorts.map((s) => ({ value: s, label: t(`register.sortBy.${s}`) }))}
            value={filters.sort}
            onChange={(value) => select('sort', value === 'name' ? null : value)}
            allowDeselect={false}
          />
          <Select
            label={t('register.unit')}
            placeholder={t('register.allUnits')}
            data={facets.data?.units ?? (filters.unit ? [filters.unit] : [])}
            value={filters.unit}
            onChange={(value) => select('unit', value)}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            {...clearProps}
          />
          <Select
            label={t('register.room')}
            placeholder={t('register.allRooms')}
            data={facets.data?.rooms ?? (filters.room ? [filters.room] : [])}
            value={filters.room}
            onChange={(value) => select('room', value)}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            {...clearProps}
          />
          <Select
            label={t('register.keyWorker')}
            placeholder={t('register.allKeyWorkers')}
            data={(facets.data?.keyWorkers ?? []).map((w) => ({ value: w.id, label: w.fullName }))}
            value={filters.keyWorkerId}
            onChange={(value) => select('keyWorkerId', value)}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            {...clearProps}
          />
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label={t('register.gender')}
              placeholder={t('register.allGenders')}
              data={genders.map((g) => ({ value: g, label: t(`residents.gender.${g}`) }))}
              value={filters.gender}
              onChange={(value) => select('gender', value)}
              {...clearProps}
            />
            <Select
              label={t('register.ageBand')}
              placeholder={t('register.allAges')}
              data={ageBands.map((b) => ({ value: b, label: t(`residents.ageBand.${b}`) }))}
              value={filters.ageBand}
              onChange={(value) => select('ageBand', value)}
              {...clearProps}
            />
          </SimpleGrid>
        </SimpleGrid>
      </Paper>

      {residents.isError ? (
        <QueryError error={residents.error} onRetry={() => void residents.refetch()} />
      ) : null}

      <DataTable
        label={t('residents.title')}
        minWidth={980}
        columns={columns}
        query={residents}
        empty={{ title: t('residents.empty'), description: t('residents.emptyHint') }}
        head={
          <>
            <Table.Th w={52}>
              <VisuallyHidden>{t('register.photo')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('residents.code')}</Table.Th>
            <Table.Th>{t('residents.fullName')}</Table.Th>
            <Table.Th>{t('register.age')}</Table.Th>
            <Table.Th>{t('residents.categoryLabel')}</Table.Th>
            <Table.Th>{t('register.unitRoom')}</Table.Th>
            <Table.Th>{t('register.keyWorker')}</Table.Th>
            <Table.Th>{t('residents.statusLabel')}</Table.Th>
          </>
        }
      >
        {residents.data?.data.map((resident) => {
          const to = linkOf(resident);
          return (
            <Table.Tr key={resident.id}>
              <Table.Td>
                <ResidentAvatar resident={resident} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {resident.code}
                </Text>
              </Table.Td>
              <Table.Td>
                {to ? (
                  <Anchor
                    style={{ whiteSpace: 'nowrap' }}
                    component={Link}
                    to={to}
                    state={{ back: location.pathname + location.search }}
                    fw={600}
                    className="row-link"
                  >
                    {resident.fullName}
                  </Anchor>
                ) : (
                  <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {resident.fullName}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {t(`residents.gender.${resident.gender}`)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{ageText(resident)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {resident.categories.map((c) => (
                    <CategoryBadge key={c} category={c} />
                  ))}
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={500}>
                  {resident.room || '—'}
                </Text>
                <Text size="xs" c="dimmed">
                  {resident.unit}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {resident.keyWorker?.fullName ?? '—'}
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <StatusBadge status={resident.status} />
                  {resident.flags.map((flag) => (
                    <FlagBadge key={flag.kind} flag={flag} />
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </DataTable>
      {residents.data ? (
        <Pager page={residents.data.page} onChange={(page) => update({ page: String(page) })} />
      ) : null}
      {!canOpen && canSummary ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('register.carerHint')}
        </Text>
      ) : null}
      {!canOpen && !canSummary ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('residents.listOnlyHint')}
        </Text>
      ) : null}
    </>
  );
}
