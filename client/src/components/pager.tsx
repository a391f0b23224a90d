// The foot of a paged table: "1–20 of 134" and page buttons with spoken labels. A page past the end
// (an old link, a filter that shrank the list) moves to the last page; an empty list shows no count.
import { useEffect } from 'react';
import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pageCount, type PageInfo } from '@care/shared/paging';

type Props = { page: PageInfo; onChange: (page: number) => void };

export function Pager({ page, onChange }: Props) {
  const { t } = useTranslation();
  const last = pageCount(page);
  const beyond = page.total > 0 && page.page > last;
  useEffect(() => {
    if (beyond) onChange(last);
  }, [beyond, last, onChange]);
  if (page.total === 0 || beyond) return null;
  const from = (page.page - 1) * page.pageSize + 1;
  const to = Math.min(page.total, page.page * page.pageSize);
  return (
    <Group justify="space-between" mt="md" gap="sm" className="no-print">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('paging.range', { from, to, total: page.total })}
      </Text>
      {page.total > page.pageSize ? (
        <Pagination
          total={last}
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
