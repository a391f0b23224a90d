// The parts of a handover as the screen shows them: headcount, events, tasks.
import { Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '@care/shared/dates';
import type { Headcount, HandoverEvent, HandoverTask } from '@care/shared/handovers';
import { paths } from '../../../app/paths';
import { useCan } from '../../../app/session';
import { Section } from '../../../components/section';
import { timeOf } from './duty-text';

export function HeadcountSection({ headcount, linked }: { headcount: Headcount; linked: boolean }) {
  const { t } = useTranslation();
  const summary = useCan('residents.care_summary');
  return (
    <Section title={t('handover.headcount')}>
      {!linked && headcount.expected === 0 ? (
        <Text c="dimmed">{t('handover.noResidents')}</Text>
      ) : (
        <>
          <SimpleGrid cols={3} mb="sm">
            {(
              [
                ['expected', headcount.expected],
                ['present', headcount.present],
                ['away', headcount.away.length],
              ] as const
            ).map(([key, n]) => (
              <Stack key={key} gap={0} align="center">
                <Text fz={32} fw={700} lh={1.1}>
                  {n}
                </Text>
                <Text size="sm">{t(`handover.${key}`)}</Text>
              </Stack>
            ))}
          </SimpleGrid>
          {headcount.away.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('handover.noAway')}
            </Text>
          ) : (
            <List spacing={4} size="sm">
              {headcount.away.map((a) => (
                <List.Item key={a.residentId}>
                  {summary ? (
                    <Link to={paths.residentSummary.href(a.residentId)}>{a.fullName}</Link>
                  ) : (
                    a.fullName
                  )}
                  {a.room ? ` (${a.room})` : ''} — <b>{t(`handover.awayKinds.${a.kind}`)}</b>
                  {a.note ? `: ${a.note}` : ''}{' '}
                  {a.since
                    ? `· ${t('handover.awayUntil', { from: formatDay(a.since), until: a.expectedReturn ? formatDay(a.expectedReturn) : '—' })}`
                    : ''}
                </List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </Section>
  );
}

export function EventsSection({ events }: { events: readonly HandoverEvent[] }) {
  const { t } = useTranslation();
  const summary = useCan('residents.care_summary');
  return (
    <Section title={t('handover.events')}>
      {events.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('handover.noEvents')}
        </Text>
      ) : (
        <Stack gap="xs">
          {events.map((e) => (
            <Group key={`${e.kind}-${e.refId}`} gap="sm" align="flex-start" wrap="nowrap">
              <Text fw={600} w={48}>
                {timeOf(e.at)}
              </Text>
              <Badge
                variant={e.kind === 'incident' ? 'dot' : 'outline'}
                color={e.kind === 'incident' ? 'red' : 'blue'}
              >
                {t(`handover.eventKinds.${e.kind}`)}
              </Badge>
              <Text size="sm">
                <b>
                  {summary ? (
                    <Link to={paths.residentSummary.href(e.residentId)}>{e.residentName}</Link>
                  ) : (
                    e.residentName
                  )}
                </b>
                : {e.text}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}

export function TasksList({ tasks }: { tasks: readonly HandoverTask[] }) {
  const { t } = useTranslation();
  if (tasks.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('handover.noTasks')}
      </Text>
    );
  return (
    <List spacing={4}>
      {tasks.map((task) => (
        <List.Item key={task.id}>
          <Group gap={6}>
            <Text td={task.done ? 'line-through' : undefined}>{task.text}</Text>
            {task.done ? <Badge color="teal">{t('handover.taskDone')}</Badge> : null}
            {task.carriedFrom ? <Badge variant="dot">{t('handover.carried')}</Badge> : null}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
