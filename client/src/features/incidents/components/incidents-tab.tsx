// The incidents tab: each incident with who was told and its follow-up tasks (tick when done);
// managers close an incident once every task is done.
import { useState, type ReactNode } from 'react';
import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { centreDay, formatDateTime, formatDay } from '@care/shared/dates';
import { canClose, overdueFollowUps, type IncidentView } from '@care/shared/incidents';
import { errorMessage } from '../../../app/errors';
import { useCan } from '../../../app/session';
import { QueryError } from '../../../components/query-error';
import { useChangeIncident, useIncidents } from '../api/incidents';
import { IncidentForm } from './incident-form';
import { SeverityBadge } from './severity-badge';

/** What the record adds under each incident (its documents, for the roles that may read them). */
export type IncidentExtra = (incident: IncidentView) => ReactNode;

function IncidentCard({ incident, extra }: { incident: IncidentView; extra?: IncidentExtra }) {
  const { t } = useTranslation();
  const change = useChangeIncident(incident.residentId);
  const canWrite = useCan('incidents.write');
  const canCloseIt = useCan('incidents.close');
  const [outcome, setOutcome] = useState('');
  const overdue = new Set(overdueFollowUps(incident, centreDay()).map((f) => f.id));
  const open = incident.status === 'open';
  const toggle = (id: string, done: boolean) =>
    change.mutate({
      kind: 'amend',
      id: incident.id,
      body: {
        version: incident.version,
        followUps: incident.followUps.map(({ owner, ...f }) => ({
          ...f,
          ownerId: owner.id,
          doneOn: f.id === id ? (done ? centreDay() : null) : f.doneOn,
        })),
      },
    });
  return (
    <Paper withBorder p="md" component="article">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <SeverityBadge severity={incident.severity} />
          <Text fw={700}>{t(`incidents.types.${incident.type}`)}</Text>
          <Badge color={open ? 'orange' : 'gray'}>{t(`incidents.status.${incident.status}`)}</Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {formatDateTime(incident.occurredAt)} · {incident.place}
        </Text>
      </Group>
      <Text size="sm">{incident.description}</Text>
      <Text size="sm" mt={4}>
        <b>{t('incidents.immediateAction')}:</b> {incident.immediateAction}
      </Text>
      {incident.notifications.length ? (
        <Text size="sm" mt={4}>
          <b>{t('incidents.notified')}:</b>{' '}
          {incident.notifications
            .map(
              (n) =>
                `${t(`incidents.parties.${n.party}`)}${n.name ? ` (${n.name})` : ''} ${formatDateTime(n.at)}`,
            )
            .join('; ')}
        </Text>
      ) : null}
      {incident.followUps.length ? (
        <Stack gap={4} mt="sm">
          <Text fw={600} size="sm">
            {t('incidents.followUps')}
          </Text>
          {incident.followUps.map((f) => (
            <Checkbox
              key={f.id}
              checked={f.doneOn !== null}
              disabled={!open || !canWrite || change.isPending}
              onChange={(e) => toggle(f.id, e.currentTarget.checked)}
              label={
                <Text size="sm" c={overdue.has(f.id) ? 'red.9' : undefined}>
                  {f.task} — {f.owner.fullName}, {t('incidents.due', { day: formatDay(f.dueDate) })}
                  {overdue.has(f.id) ? ` (${t('incidents.overdue')})` : ''}
                </Text>
              }
            />
          ))}
        </Stack>
      ) : null}
      {extra?.(incident)}
      {change.error ? (
        <Text c="red.9" size="sm" role="alert">
          {errorMessage(t, change.error)}
        </Text>
      ) : null}
      {open && canCloseIt ? (
        <Group mt="sm" align="flex-end">
          <Textarea
            label={t('incidents.outcome')}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            autosize
            style={{ flex: 1 }}
          />
          <Button
            disabled={!canClose(incident) || !outcome.trim()}
            onClick={() =>
              change.mutate({
                kind: 'close',
                id: incident.id,
                body: { version: incident.version, outcome },
              })
            }
            loading={change.isPending}
          >
            {t('incidents.close')}
          </Button>
        </Group>
      ) : null}
      {!open ? (
        <Text size="sm" mt="sm" c="dimmed">
          {t('incidents.closedBy', { name: incident.closedBy?.fullName ?? '—' })}:{' '}
          {incident.outcome}
        </Text>
      ) : null}
    </Paper>
  );
}

export function IncidentsTab({
  residentId,
  owners,
  extra,
}: {
  residentId: string;
  owners: { id: string; fullName: string }[];
  extra?: IncidentExtra;
}) {
  const { t } = useTranslation();
  const incidents = useIncidents(residentId);
  const canWrite = useCan('incidents.write');
  const [reporting, setReporting] = useState(false);
  return (
    <Stack gap="md">
      {canWrite ? (
        <Group className="no-print">
          <Button onClick={() => setReporting(true)}>{t('incidents.report')}</Button>
        </Group>
      ) : null}
      {incidents.isError ? (
        <QueryError error={incidents.error} onRetry={() => void incidents.refetch()} />
      ) : null}
      {incidents.data?.data.length === 0 ? <Text c="dimmed">{t('incidents.empty')}</Text> : null}
      {incidents.data?.data.map((i) => (
        <IncidentCard key={i.id} incident={i} extra={extra} />
      ))}
      {reporting ? (
        <IncidentForm residentId={residentId} owners={owners} onClose={() => setReporting(false)} />
      ) : null}
    </Stack>
  );
}
