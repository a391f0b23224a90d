// /rota/print: a month's rota on paper (landscape), with the shifts' legend and who published it.
import '../i18n/catalogues';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { centreDay, formatDateTime } from '@care/shared/dates';
import { monthDays, monthKeySchema } from '@care/shared/rota';
import { paths } from '../../../app/paths';
import { useCan } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useUrlFilters } from '../../../hooks/use-url-filters';
import { useMonth } from '../api/month';
import { RotaGrid } from './rota-grid';
import { formatMonth } from './rota-text';
import { useRotaLookup } from './use-rota-lookup';

export function RotaPrintPage() {
  const { t } = useTranslation();
  const [params] = useUrlFilters();
  const planner = useCan('rota.plan');
  const month = monthKeySchema.safeParse(params.get('month')).data ?? centreDay().slice(0, 7);
  const query = useMonth(month);
  const data = query.data;
  const { lookup, holidays, ready } = useRotaLookup(data?.staff, month.slice(0, 4));
  const hidden = data && !planner && data.state !== 'published';
  return (
    <>
      <style>{'@media print { @page { size: A4 landscape; margin: 8mm; } }'}</style>
      <PageHeader
        title={t('rota.printTitle', { month: formatMonth(month) })}
        actions={
          <>
            <Button variant="default" component={Link} to={`${paths.rota.href()}?month=${month}`}>
              {t('rota.backToPlanner')}
            </Button>
            <Button
              onClick={() => window.print()}
              leftSection={<IconPrinter size={18} aria-hidden />}
            >
              {t('rota.print')}
            </Button>
          </>
        }
      />
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {hidden ? <Text>{t('rota.notPublished')}</Text> : null}
      {data && ready && !hidden ? (
        <Stack gap="sm">
          <Text size="sm">
            {t(`rota.states.${data.state}`)}
            {data.publishedAt && data.publishedBy
              ? ` · ${t('rota.publishedBy', { name: data.publishedBy.fullName, at: formatDateTime(data.publishedAt) })}`
              : ''}
          </Text>
          <RotaGrid
            days={monthDays(month)}
            staff={data.staff}
            entries={data.entries}
            violations={[]}
            holidays={holidays}
            lookup={lookup}
            hours={new Map(data.hours.map((h) => [h.staffId, h]))}
            onOpen={null}
            compact
          />
          <Title order={2} size="h5">
            {t('rota.legend')}
          </Title>
          <Group gap="lg">
            {[...lookup.templates.values()]
              .filter((x) => x.active)
              .map((x) => (
                <Text key={x.id} size="xs">
                  <b>{x.code}</b> {x.name} {x.start}–{x.end} ({lookup.units.get(x.unitId)?.code})
                </Text>
              ))}
          </Group>
          <Group justify="space-around" mt="xl" className="only-print">
            <Text ta="center">{t('rota.signPlanner')}</Text>
            <Text ta="center">{t('rota.signDirector')}</Text>
          </Group>
        </Stack>
      ) : null}
    </>
  );
}
