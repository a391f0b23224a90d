// Every version of the plan, newest first, and any two of them compared side by side.
import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CarePlanView } from '@care/shared/care-plans';
import { formatDateTime, formatDay } from '@care/shared/dates';
import { PlanStatusBadge } from './plan-status-badge';
import { PlanView } from './plan-view';
import { VersionCompare } from './version-compare';

/** By default: the newest version against the one it revised (else the one before it). */
function defaultPair(plans: CarePlanView[]): [string, string] | null {
  const [newest, ...rest] = plans;
  if (!newest || !rest.length) return null;
  const base = rest.find((p) => p.number === newest.basedOn) ?? rest[0]!;
  return [base.id, newest.id];
}

export function VersionHistory({ plans }: { plans: CarePlanView[] }) {
  const { t } = useTranslation();
  const [pair, setPair] = useState(() => defaultPair(plans));
  const [shown, setShown] = useState<string | null>(null);
  const byId = (id: string | undefined) => plans.find((p) => p.id === id);
  const [older, newer] = [byId(pair?.[0]), byId(pair?.[1])];
  const options = plans.map((p) => ({
    value: p.id,
    label: `${t('carePlans.versionN', { n: p.number })} · ${t(`carePlans.status.${p.status}`)}`,
  }));
  const viewed = byId(shown ?? undefined);

  if (plans.length === 0) return <Text c="dimmed">{t('carePlans.history.empty')}</Text>;
  return (
    <Stack gap="lg">
      <Paper withBorder>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" aria-label={t('carePlans.history.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('carePlans.history.version')}</Table.Th>
                <Table.Th>{t('carePlans.history.state')}</Table.Th>
                <Table.Th>{t('carePlans.planDate')}</Table.Th>
                <Table.Th>{t('carePlans.approvedBy')}</Table.Th>
                <Table.Th>{t('carePlans.history.reviews')}</Table.Th>
                <Table.Th>
                  <Text span size="sm" fw={700}>
                    {t('common.actions')}
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    {t('carePlans.versionN', { n: p.number })}
                    {p.basedOn ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({t('carePlans.history.from', { n: p.basedOn })})
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <PlanStatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>{formatDay(p.planDate)}</Table.Td>
                  <Table.Td>
                    {p.approvedBy && p.approvedAt
                      ? `${p.approvedBy.fullName} · ${formatDateTime(p.approvedAt)}`
                      : '—'}
                  </Table.Td>
                  <Table.Td>{p.reviews.length}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setShown(shown === p.id ? null : p.id)}
                      aria-pressed={shown === p.id}
                      aria-label={t('carePlans.history.viewN', { n: p.number })}
                    >
                      {t('carePlans.history.view')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {viewed ? (
        <Paper withBorder p="lg">
          <Group gap="sm" mb="md">
            <Title order={3} size="h4">
              {t('carePlans.versionN', { n: viewed.number })}
            </Title>
            <PlanStatusBadge status={viewed.status} />
          </Group>
          <PlanView plan={viewed} />
        </Paper>
      ) : null}
      {plans.length > 1 ? (
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('carePlans.compare.heading')}
          </Title>
          <Group gap="md" align="flex-end">
            <NativeSelect
              label={t('carePlans.compare.older')}
              data={options}
              value={pair?.[0]}
              onChange={(e) => setPair([e.currentTarget.value, pair?.[1] ?? plans[0]!.id])}
            />
            <NativeSelect
              label={t('carePlans.compare.newer')}
              data={options}
              value={pair?.[1]}
              onChange={(e) => setPair([pair?.[0] ?? plans[1]!.id, e.currentTarget.value])}
            />
          </Group>
          {older && newer ? <VersionCompare older={older} newer={newer} /> : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
