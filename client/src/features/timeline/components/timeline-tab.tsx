// The timeline tab: one chronological page of everything about a resident, filterable by kind.
import { Badge, Chip, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDateTime } from '@care/shared/dates';
import { timelineKinds, type TimelineItem, type TimelineKind } from '@care/shared/timeline';
import { LoadOlder } from '../../../components/load-older';
import { QueryError } from '../../../components/query-error';
import { useTimeline } from '../api/get-timeline';

const colours: Record<TimelineKind, string> = {
  stay: 'teal',
  note: 'blue',
  incident: 'red',
  family: 'grape',
  health: 'orange',
  care_plan: 'indigo',
  change: 'gray',
};

function label(t: TFunction, item: TimelineItem): string {
  if (item.kind === 'note') return t(`notes.types.${item.type}`);
  if (item.kind === 'incident') return t(`incidents.types.${item.type}`);
  if (item.kind === 'family') return t(`family.contactKinds.${item.type}`);
  if (item.kind === 'change') return t(`timeline.change.${item.type}`);
  if (item.kind === 'health') return t(`timeline.health.${item.type}`);
  if (item.kind === 'care_plan') return t(`timeline.carePlan.${item.type}`);
  if (item.type.startsWith('absence_'))
    return t('timeline.absence', { kind: t(`record.absenceKinds.${item.type.slice(8)}`) });
  if (item.type.startsWith('closure_'))
    return t('timeline.closure', { reason: t(`residents.closureReason.${item.type.slice(8)}`) });
  return t(`timeline.stay.${item.type}`);
}

export function TimelineTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const timeline = useTimeline(residentId, kinds);
  const items = timeline.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Stack gap="sm">
      <Chip.Group multiple value={kinds} onChange={(v) => setKinds(v as TimelineKind[])}>
        <Group gap="xs" aria-label={t('timeline.filter')} role="group">
          {timelineKinds.map((k) => (
            <Chip key={k} value={k}>
              {t(`timeline.kinds.${k}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {timeline.isError ? (
        <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : null}
      {timeline.data && items.length === 0 && !timeline.hasNextPage ? (
        <Text c="dimmed">{t('timeline.empty')}</Text>
      ) : null}
      {items.map((item) => (
        <Paper key={item.id} withBorder p="sm">
          <Group justify="space-between" gap="xs">
            <Group gap="xs">
              <Badge color={colours[item.kind]}>{t(`timeline.kinds.${item.kind}`)}</Badge>
              <Text size="sm" fw={600}>
                {label(t, item)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {formatDateTime(item.at)}
              {item.by ? ` · ${item.by}` : ''}
            </Text>
          </Group>
          {item.text ? (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {item.kind === 'change' ? t('timeline.fields', { fields: item.text }) : item.text}
            </Text>
          ) : null}
        </Paper>
      ))}
      {timeline.data ? (
        <LoadOlder
          pages={timeline.data.pages}
          hasNextPage={timeline.hasNextPage}
          isFetchingNextPage={timeline.isFetchingNextPage}
          fetchNextPage={timeline.fetchNextPage}
        />
      ) : null}
    </Stack>
  );
}
