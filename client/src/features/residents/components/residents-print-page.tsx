// The printable register: the centre's name, the filters applied, the day printed and every
// matching row (up to 500), laid out for A4. The shell, navigation and buttons do not print.
import { Alert, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { centreDay, formatDay } from '@care/shared/dates';
import { paths } from '../../../app/paths';
import { QueryError } from '../../../components/query-error';
import { useAllResidents, useResidentFacets } from '../api/get-residents';
import { useAgeText } from './resident-age';
import { describeFilters, readRegisterFilters, registerQuery } from './register-filters';

export function ResidentsPrintPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const [params] = useSearchParams();
  const filters = readRegisterFilters(params);
  const facets = useResidentFacets();
  const list = useAllResidents(registerQuery(filters));
  const ageText = useAgeText();
  useDocumentTitle(`${t('register.printTitle')} · ${t('app.centreName')}`);

  return (
    <Stack gap="md">
      <Group justify="space-between" className="no-print">
        <Button
          variant="default"
          component={Link}
          to={`${paths.residents.href()}${location.search}`}
          leftSection={<IconArrowLeft size={18} aria-hidden />}
        >
          {t('register.backToRegister')}
        </Button>
        <Button
          leftSection={<IconPrinter size={18} aria-hidden />}
          onClick={() => window.print()}
          disabled={!list.data}
        >
          {t('register.printNow')}
        </Button>
      </Group>

      <Stack gap={4}>
        <Text fw={700} tt="uppercase" size="sm">
          {t('app.centreName')}
        </Text>
        <Title order={1} fz={24}>
          {t('register.printTitle')}
        </Title>
        <Text size="sm">
          {t('register.printFilters', { filters: describeFilters(t, filters, facets.data) })}
        </Text>
        <Text size="sm">{t('register.printedOn', { day: formatDay(centreDay()) })}</Text>
        {list.data ? (
          <Text size="sm">{t('register.printCount', { count: list.data.total })}</Text>
        ) : null}
      </Stack>

      {list.isPending ? (
        <Group gap="sm">
          <Loader size="sm" />
          <Text size="sm">{t('register.printLoading')}</Text>
        </Group>
      ) : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.total > list.data.rows.length ? (
        <Alert color="orange" variant="light" role="status">
          {t('register.printTruncated', { shown: list.data.rows.length, total: list.data.total })}
        </Alert>
      ) : null}

      {list.data ? (
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={4}
          horizontalSpacing={6}
          fz="sm"
          aria-label={t('register.printTitle')}
          className="print-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('register.index')}</Table.Th>
              <Table.Th>{t('residents.code')}</Table.Th>
              <Table.Th>{t('residents.fullName')}</Table.Th>
              <Table.Th>{t('register.gender')}</Table.Th>
              <Table.Th>{t('register.age')}</Table.Th>
              <Table.Th>{t('residents.categoryLabel')}</Table.Th>
              <Table.Th>{t('register.unitRoom')}</Table.Th>
              <Table.Th>{t('register.keyWorker')}</Table.Th>
              <Table.Th>{t('residents.statusLabel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.rows.map((r, i) => (
              <Table.Tr key={r.id}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.code}</Table.Td>
                <Table.Td fw={600}>{r.fullName}</Table.Td>
                <Table.Td>{t(`residents.gender.${r.gender}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{ageText(r)}</Table.Td>
                <Table.Td>
                  {r.categories.map((c) => t(`residents.category.${c}`)).join(', ')}
                </Table.Td>
                <Table.Td>{[r.unit, r.room].filter(Boolean).join(' · ') || '—'}</Table.Td>
                <Table.Td>{r.keyWorker?.fullName ?? '—'}</Table.Td>
                <Table.Td>{t(`residents.status.${r.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
