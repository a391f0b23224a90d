// A child's growth: the latest WHO z-scores with what they mean, and the growth chart (loaded
// lazily). Nothing for adults; a clear sentence when only the birth year is known.
import { lazy, Suspense } from 'react';
import { Alert, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay, centreDay } from '@care/shared/dates';
import type { GrowthFlag } from '@care/shared/growth';
import type { GrowthPoint, GrowthView } from '@care/shared/health-records';
import { QueryError } from '../../../components/query-error';
import { useGrowth } from '../api/get-growth';
import { GrowthFlagBadge } from './health-badges';
import { HealthSection } from './health-section';
import { useNumberFormat } from './number-format';

const GrowthChart = lazy(() => import('./growth-chart').then((m) => ({ default: m.GrowthChart })));

type Indicator = keyof GrowthPoint['z'];
const indicators: Indicator[] = ['weightForAge', 'heightForAge', 'weightForHeight', 'bmiForAge'];

// Which indicator each flag is read from, so a later weighing does not hide an earlier height.
const flagSource: Record<GrowthFlag, Indicator[]> = {
  underweight: ['weightForAge'],
  severe_underweight: ['weightForAge'],
  stunting: ['heightForAge'],
  severe_stunting: ['heightForAge'],
  wasting: ['weightForHeight', 'bmiForAge'],
  severe_wasting: ['weightForHeight', 'bmiForAge'],
  overweight: ['weightForHeight', 'bmiForAge'],
  obesity: ['weightForHeight', 'bmiForAge'],
  implausible: indicators,
};

// A z-score more than half a year older than the newest measurement no longer describes the child
// (e.g. weight-for-height, which ends at 5 years).
const currentForDays = 183;

/** For each indicator the newest point that has it, unless it is out of date. */
function latestBy(points: GrowthPoint[]): Partial<Record<Indicator, GrowthPoint>> {
  const latest: Partial<Record<Indicator, GrowthPoint>> = {};
  for (const point of points)
    for (const indicator of indicators) if (point.z[indicator] !== null) latest[indicator] = point;
  const newest = points[points.length - 1]?.ageDays ?? 0;
  for (const indicator of indicators)
    if (newest - (latest[indicator]?.ageDays ?? newest) > currentForDays) delete latest[indicator];
  return latest;
}

function currentFlags(latest: Partial<Record<Indicator, GrowthPoint>>): GrowthFlag[] {
  const flags = new Set<GrowthFlag>();
  for (const [indicator, point] of Object.entries(latest) as [Indicator, GrowthPoint][])
    for (const flag of point.flags) if (flagSource[flag].includes(indicator)) flags.add(flag);
  return [...flags];
}

function ageText(t: ReturnType<typeof useTranslation>['t'], ageMonths: number): string {
  const months = Math.floor(ageMonths);
  return months < 24
    ? t('health.growth.ageMonths', { count: months })
    : t('health.growth.ageYears', { years: Math.floor(months / 12), months: months % 12 });
}

function GrowthSummary({ view }: { view: Extract<GrowthView, { available: true }> }) {
  const { t } = useTranslation();
  const { number, z } = useNumberFormat();
  const latest = latestBy(view.points);
  const flags = currentFlags(latest);
  const shown = indicators.filter((i) => latest[i]);
  return (
    <Stack gap="sm">
      <Group gap="xs" aria-live="polite">
        <Text size="sm" fw={600}>
          {t('health.growth.assessment')}
        </Text>
        {flags.length === 0 ? (
          <Text size="sm">{t('health.growth.normal')}</Text>
        ) : (
          flags.map((flag) => <GrowthFlagBadge key={flag} flag={flag} />)
        )}
      </Group>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing="xs" aria-label={t('health.growth.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('health.growth.indicator')}</Table.Th>
              <Table.Th>{t('health.growth.zScore')}</Table.Th>
              <Table.Th>{t('health.growth.measured')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((indicator) => {
              const point = latest[indicator]!;
              return (
                <Table.Tr key={indicator}>
                  <Table.Td>{t(`health.growth.indicators.${indicator}`)}</Table.Td>
                  <Table.Td fw={700}>{z(point.z[indicator])}</Table.Td>
                  <Table.Td>
                    {formatDay(centreDay(new Date(point.at)))} · {ageText(t, point.ageMonths)} ·{' '}
                    {[
                      point.weightKg !== null ? `${number(point.weightKg)} kg` : '',
                      point.heightCm !== null ? `${number(point.heightCm)} cm` : '',
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('health.growth.source')}
      </Text>
    </Stack>
  );
}

export function GrowthSection({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const growth = useGrowth(residentId);
  if (growth.data?.available === false && growth.data.reason === 'over_19') return null;
  return (
    <HealthSection id="health-growth" title={t('health.growth.title')}>
      {growth.isPending ? (
        <Skeleton h={200} />
      ) : growth.isError ? (
        <QueryError error={growth.error} onRetry={() => void growth.refetch()} />
      ) : !growth.data.available ? (
        <Alert color="yellow" variant="light">
          {t('health.growth.birthDateUnknown')}
        </Alert>
      ) : growth.data.points.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('health.empty.growth')}
        </Text>
      ) : (
        <Stack gap="lg">
          <GrowthSummary view={growth.data} />
          <Suspense fallback={<Skeleton h={340} role="status" aria-label={t('common.loading')} />}>
            <GrowthChart view={growth.data} />
          </Suspense>
        </Stack>
      )}
    </HealthSection>
  );
}
