// The foot of a paged table: "1–20 of 134" and page buttons with spoken labels.
import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pageCount, type PageInfo } from '@care/shared/paging';

type Props = { page: PageInfo; onChange: (page: number) => void };

export function Pager({ page, onChange }: Props) {
  const { t } = useTranslation();
  const from = page.total === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
  const to = Math.min(page.total, page.page * page.pageSize);
  return (
    <Group justify="space-between" mt="md" gap="sm" className="no-print">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('paging.range', { from, to, total: page.total })}
      </Text>
      {page.total > page.pageSize ? (
        <Pagination
          total={pageCount(page)}
          value={page.page}
          onChange={onChange}
          withEdges
          aria-label={t('paging.label')}
          getItemProps={(p) => ({ 'aria-label': t('paging.page', { page: p }) })}
          getControlProps={(control) => ({ 'aria-label': t(`paging.${control}`) })}
        />
      ) : null}
    </Group>
  );
}
