// Measurements: the entry button, charts over time (loaded only when shown), the latest values.
import { lazy, Suspense, useState } from 'react';
import { Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@care/shared/dates';
import type { MeasurementView } from '@care/shared/health-records';
import { LoadOlder } from '../../../components/load-older';
import { QueryError } from '../../../components/query-error';
import { useMeasurements } from '../api/get-measurements';
import { HealthSection } from './health-section';
import { MeasurementDialog } from './measurement-dialog';
import { useNumberFormat } from './number-format';

// The chart library is a large download: fetched once a chart is on screen, never before sign-in.
const MeasurementCharts = lazy(() =>
  import('./measurement-charts').then((m) => ({ default: m.MeasurementCharts })),
);

const firstRows = 10;

function MeasurementTable({ items }: { items: MeasurementView[] }) {
  const { t } = useTranslation();
  const { number } = useNumberFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" striped aria-label={t('health.measurement.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('health.measurement.at')}</Table.Th>
            <Table.Th>{t('health.measurement.weightKg')}</Table.Th>
            <Table.Th>{t('health.measurement.heightCm')}</Table.Th>
            <Table.Th>{t('health.measurement.temperatureC')}</Table.Th>
            <Table.Th>{t('health.measurement.bloodPressure')}</Table.Th>
            <Table.Th>{t('health.measurement.pulse')}</Table.Th>
            <Table.Th>{t('health.measurement.author')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.at)}</Table.Td>
              <Table.Td>{number(m.weightKg)}</Table.Td>
              <Table.Td>
                {number(m.heightCm)}
                {m.heightPosition ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t(`health.measurement.${m.heightPosition}`)})
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{number(m.temperatureC)}</Table.Td>
              <Table.Td>{m.systolic !== null ? `${m.systolic}/${m.diastolic}` : '—'}</Table.Td>
              <Table.Td>{number(m.pulse)}</Table.Td>
              <Table.Td>
                {m.authorName}
                {m.note ? (
                  <Text size="xs" c="dimmed">
                    {m.note}
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type Props = { residentId: string; canEdit: boolean; child: boolean };

export function MeasurementsSection({ residentId, canEdit, child }: Props) {
  const { t } = useTranslation();
  const measurements = useMeasurements(residentId);
  const [adding, setAdding] = useState(false);
  const [all, setAll] = useState(false);
  const items = measurements.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <HealthSection
      id="health-measurements"
      title={t('health.lists.measurements')}
      action={
        canEdit
          ? { label: t('health.measurement.add'), add: true, onClick: () => setAdding(true) }
          : undefined
      }
    >
      {measurements.isPending ? (
        <Skeleton h={200} />
      ) : measurements.isError ? (
        <QueryError error={measurements.error} onRetry={() => void measurements.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('health.empty.measurements')}
        </Text>
      ) : (
        <Stack gap="lg">
          <Suspense fallback={<Skeleton h={300} role="status" aria-label={t('common.loading')} />}>
            <MeasurementCharts measurements={items} />
          </Suspense>
          <MeasurementTable items={all ? items : items.slice(0, firstRows)} />
          {all ? (
            <LoadOlder
              pages={measurements.data.pages}
              hasNextPage={measurements.hasNextPage}
              isFetchingNextPage={measurements.isFetchingNextPage}
              fetchNextPage={measurements.fetchNextPage}
            />
          ) : items.length > firstRows ? (
            <Group>
              <Button variant="default" onClick={() => setAll(true)}>
                {t('health.measurement.showAll')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
      {adding ? (
        <MeasurementDialog residentId={residentId} child={child} onClose={() => setAdding(false)} />
      ) : null}
    </HealthSection>
  );
}
