// /duty/book?day=: the handover book's page for one day: every shift's handover, with its
// state, and a link to read or print it.
import '../i18n/catalogues';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { centreDay, formatDay } from '@care/shared/dates';
import { isoDaySchema } from '@care/shared/periods';
import { addDays } from '@care/shared/rota';
import { paths } from '../../../app/paths';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useUrlFilters } from '../../../hooks/use-url-filters';
import { useHandoverDay } from '../api/handovers';
import { timeOf } from './duty-text';

export function HandoverBookPage() {
  const { t } = useTranslation();
  const [params] = useUrlFilters();
  const day = isoDaySchema.safeParse(params.get('day')).data ?? centreDay();
  const query = useHandoverDay(day);
  return (
    <>
      <PageHeader
        title={t('handover.bookTitle', { day: formatDay(day) })}
        actions={
          <>
            <Button
              variant="default"
              component={Link}
              to={paths.dutyBook.href(addDays(day, -1))}
              leftSection={<IconChevronLeft size={16} aria-hidden />}
            >
              {t('handover.previousDay')}
            </Button>
            <Button
              variant="default"
              component={Link}
              to={paths.dutyBook.href(addDays(day, 1))}
              rightSection={<IconChevronRight size={16} aria-hidden />}
            >
              {t('handover.nextDay')}
            </Button>
            <Button variant="default" component={Link} to={paths.duty.href()}>
              {t('handover.back')}
            </Button>
          </>
        }
      />
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {query.data && query.data.length === 0 ? (
        <Text c="dimmed">{t('handover.bookEmpty')}</Text>
      ) : null}
      <Stack gap="sm">
        {query.data?.map((h) => (
          <Paper key={h.id} withBorder p="md">
            <Group justify="space-between" wrap="wrap">
              <div>
                <Text fw={700}>
                  <Link
                    to={paths.dutyHandover.href({
                      unitId: h.unitId,
                      templateId: h.templateId,
                      day: h.day,
                    })}
                  >
                    {h.unitName} — {h.templateName}
                  </Link>
                </Text>
                <Text size="sm" c="dimmed">
                  {timeOf(h.start)} – {timeOf(h.end)} · {t('handover.present')}{' '}
                  {h.headcount.present}/{h.headcount.expected} · {h.writtenBy.fullName}
                </Text>
              </div>
              <Group gap="xs">
                <Badge color={h.acknowledgements.length ? 'teal' : 'orange'}>
                  {t(
                    `duty.handoverStatus.${h.acknowledgements.length ? 'acknowledged' : 'written'}`,
                  )}
                </Badge>
                <Button
                  size="xs"
                  variant="default"
                  component={Link}
                  to={paths.dutyHandoverPrint.href(h.id)}
                >
                  {t('handover.print')}
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </>
  );
}
