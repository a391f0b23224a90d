// A list of swap requests as a table: kind, who asks, the shift, what is asked in return (or who
// takes it), the note, the status, and the actions the viewer may take on each (none while the
// shifts of an approved request are being moved).
import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwapView } from '@care/shared/rota-swaps';
import type { Lookup } from '../components/rota-text';
import { shiftText, statusColor } from './swap-words';

type Props = {
  title: string;
  empty: string;
  swaps: SwapView[];
  lookup: Lookup;
  actions?: (swap: SwapView) => ReactNode;
};

export function SwapTable({ title, empty, swaps, lookup, actions }: Props) {
  const { t } = useTranslation();
  const id = `swaps-${title.replace(/\W+/g, '-')}`;
  return (
    <Paper withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} p="sm" pb={0}>
        {title} ({swaps.length})
      </Title>
      <Table.ScrollContainer minWidth={860}>
        <Table aria-label={title} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rotaSwaps.table.kind')}</Table.Th>
              <Table.Th>{t('rotaSwaps.table.requester')}</Table.Th>
              <Table.Th>{t('rotaSwaps.table.shift')}</Table.Th>
              <Table.Th>{t('rotaSwaps.table.other')}</Table.Th>
              <Table.Th>{t('rotaSwaps.table.note')}</Table.Th>
              <Table.Th>{t('rotaSwaps.table.status')}</Table.Th>
              {actions ? <Table.Th>{t('rotaSwaps.table.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {swaps.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={actions ? 7 : 6}>
                  <Text c="dimmed">{empty}</Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {swaps.map((s) => (
              <Table.Tr key={s.id} data-swap={s.id}>
                <Table.Td>{t(`rotaSwaps.kinds.${s.kind}`)}</Table.Td>
                <Table.Td>{s.requester.fullName}</Table.Td>
                <Table.Td>{shiftText(t, lookup, s.entry)}</Table.Td>
                <Table.Td>
                  {s.targetEntry ? (
                    <>
                      <Text size="sm" fw={600}>
                        {s.target?.fullName}
                      </Text>
                      <Text size="sm">{shiftText(t, lookup, s.targetEntry)}</Text>
                    </>
                  ) : s.target ? (
                    <Text size="sm">
                      {t('rotaSwaps.table.takenBy', { name: s.target.fullName })}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('rotaSwaps.table.anyone')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{s.note}</Text>
                  {s.decisionNote ? (
                    <Text size="xs" c="dimmed">
                      {s.decidedBy?.fullName ?? s.target?.fullName}: {s.decisionNote}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Badge variant="dot" color={statusColor[s.status]}>
                    {t(`rotaSwaps.statuses.${s.status}`)}
                  </Badge>
                  {s.stale ? (
                    <Text size="xs" c="red.9" fw={600}>
                      {t('rotaSwaps.table.stale')}
                    </Text>
                  ) : null}
                  {s.recovery ? (
                    <Text size="xs" c={s.recovery === 'undone' ? 'red.9' : 'dimmed'}>
                      {t(`rotaSwaps.table.recovery.${s.recovery}`)}
                    </Text>
                  ) : null}
                </Table.Td>
                {actions && s.status === 'applying' ? (
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {t('rotaSwaps.table.applying')}
                    </Text>
                  </Table.Td>
                ) : actions ? (
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{actions(s)}</Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
