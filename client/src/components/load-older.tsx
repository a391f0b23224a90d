// The foot of a newest-first list: how far back it has searched, and a button to go further.
// A stretch with nothing in it is searched past by itself (a few times), so sparse filters still
// fill the screen without the user pressing "older" on empty pages.
import { useEffect } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@care/shared/dates';
import type { CursorPage } from '@care/shared/paging';

type Props = {
  pages: { data: unknown[]; page: CursorPage }[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
};

const autoSearches = 8;

export function LoadOlder({ pages, hasNextPage, isFetchingNextPage, fetchNextPage }: Props) {
  const { t } = useTranslation();
  const count = pages.reduce((n, p) => n + p.data.length, 0);
  const last = pages[pages.length - 1];
  const searchedTo = last?.page.searchedTo;

  useEffect(() => {
    if (last && last.data.length === 0 && hasNextPage && !isFetchingNextPage)
      if (pages.length < autoSearches) void fetchNextPage();
  }, [last, pages.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <Group justify="space-between" mt="md" gap="sm" className="no-print">
      <Text size="sm" c="dimmed" aria-live="polite">
        {searchedTo ? t('paging.shown', { count, day: formatDay(searchedTo) }) : null}{' '}
        {hasNextPage ? null : t('paging.end')}
      </Text>
      {hasNextPage ? (
        <Button variant="default" onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>
          {t('paging.older')}
        </Button>
      ) : null}
    </Group>
  );
}
