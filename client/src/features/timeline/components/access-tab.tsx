// The record's own access history for managers: who read or changed it, and when.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@care/shared/dates';
import { LoadOlder } from '../../../components/load-older';
import { QueryError } from '../../../components/query-error';
import { useAccessHistory } from '../api/get-timeline';

export function AccessTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const access = useAccessHistory(residentId);
  const items = access.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <>
      {access.isError ? (
        <QueryError error={access.error} onRetry={() => void access.refetch()} />
      ) : null}
      <Table.ScrollContainer minWidth={480}>
        <Table aria-label={t('timeline.accessTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('timeline.when')}</Table.Th>
              <Table.Th>{t('timeline.who')}</Table.Th>
              <Table.Th>{t('timeline.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>{e.actorName}</Table.Td>
                <Table.Td>
                  {t(`timeline.access.${e.action}`, { defaultValue: e.action })}
                  {e.changes.length ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({e.changes.map((c) => c.field).join(', ')})
                    </Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {access.data ? (
        <LoadOlder
          pages={access.data.pages}
          hasNextPage={access.hasNextPage}
          isFetchingNextPage={access.isFetchingNextPage}
          fetchNextPage={access.fetchNextPage}
        />
      ) : null}
    </>
  );
}
