// One part of a day's log (a step or the samples): its rows from the menu, whether each is
// recorded and by whom, and the button that records it.
import { Badge, Button, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@care/shared/dates';
import type { CheckKind, CheckRowView } from '@care/shared/food-safety';

type Props = {
  kind: CheckKind;
  rows: readonly CheckRowView[];
  canEdit: boolean;
  onRecord: (row: CheckRowView) => void;
};

function sampleState(row: CheckRowView): string | null {
  const r = row.result as { held?: boolean; discardedAt?: string | null } | null;
  if (!r) return null;
  return r.held ? 'held' : r.discardedAt ? 'discarded' : 'kept';
}

export function CheckTable({ kind, rows, canEdit, onRecord }: Props) {
  const { t } = useTranslation();
  const planned = (row: CheckRowView) =>
    row.planned.quantityKg !== null
      ? t('foodSafety.planned.kg', { kg: row.planned.quantityKg.toLocaleString('vi-VN') })
      : t('foodSafety.planned.portions', { count: row.planned.portions ?? 0 });
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing="sm" aria-label={t(`foodSafety.steps.${kind}`)}>
          <Table.Thead>
            <Table.Tr>
              {kind !== 'receipt' ? <Table.Th>{t('foodSafety.col.meal')}</Table.Th> : null}
              <Table.Th>
                {t(kind === 'receipt' ? 'foodSafety.col.food' : 'foodSafety.col.dish')}
              </Table.Th>
              <Table.Th>{t('foodSafety.col.planned')}</Table.Th>
              <Table.Th>{t('foodSafety.col.status')}</Table.Th>
              <Table.Th>{t('foodSafety.col.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text c="dimmed">{t('foodSafety.noRows')}</Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {rows.map((row) => {
              const state = kind === 'sample' ? sampleState(row) : null;
              return (
                <Table.Tr key={row.id} data-row={row.id}>
                  {kind !== 'receipt' ? (
                    <Table.Td>{row.meal ? t(`menus.meals.${row.meal}`) : ''}</Table.Td>
                  ) : null}
                  <Table.Td fw={500}>{row.name}</Table.Td>
                  <Table.Td>{planned(row)}</Table.Td>
                  <Table.Td>
                    {row.result ? (
                      <>
                        <Badge color={state === 'held' ? 'orange' : 'green'} variant="dot">
                          {state ? t(`foodSafety.${state}`) : t('foodSafety.done')}
                        </Badge>
                        <Text size="xs" c="dimmed">
                          {t('foodSafety.by', {
                            name: row.checkedBy?.fullName ?? '—',
                            at: row.checkedAt ? formatDateTime(row.checkedAt) : '',
                          })}
                        </Text>
                      </>
                    ) : (
                      <Badge color="red" variant="dot">
                        {t('foodSafety.open')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <Button
                        size="xs"
                        variant={row.result ? 'default' : 'filled'}
                        aria-label={`${row.result ? t('foodSafety.edit') : t('foodSafety.record')}: ${row.name}${row.meal ? ` (${t(`menus.meals.${row.meal}`)})` : ''}`}
                        onClick={() => onRecord(row)}
                      >
                        {row.result ? t('foodSafety.edit') : t('foodSafety.record')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
