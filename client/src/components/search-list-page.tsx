// A paged list screen with a search box: the search panel (words and filters), the screen's own
// buttons, the table with its loading and empty states, and the pager below it.
import type { ReactNode } from 'react';
import { Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { PageInfo } from '@care/shared/paging';
import { readQuery, useSearchBox, useUrlFilters } from '../hooks/use-url-filters';
import { DataTable } from './data-table';
import { Pager } from './pager';
import { QueryError } from './query-error';

type ListQuery = z.ZodObject<{ q: z.ZodOptional<z.ZodType<string>>; page: z.ZodType }>;

/**
 * A list's filters as the address holds them (read with the shared query schema), the search box
 * that writes `q` once typing pauses, and the page.
 */
export function useSearchListFilters<S extends ListQuery>(schema: S) {
  const [params, update] = useUrlFilters();
  const filters = readQuery(schema, params);
  const q: string = filters.q ?? '';
  const [search, setSearch] = useSearchBox(q, (value) => update({ q: value }));
  return {
    filters,
    update,
    q: q || undefined,
    page: (filters.page as number | undefined) ?? 1,
    search: { value: search, onChange: setSearch },
    onPage: (page: number) => update({ page: String(page) }),
  };
}

export type ListFilter = {
  label: string;
  placeholder: string;
  data: { value: string; label: string }[];
  value: string | null;
  onChange: (value: string | null) => void;
};

type Props = {
  search: { label: string; placeholder: string; value: string; onChange: (value: string) => void };
  filters: ListFilter[];
  /** Buttons above the table (add…), right-aligned. */
  actions?: ReactNode;
  query: {
    isPending: boolean;
    isPlaceholderData: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
    data?: { data: unknown[]; page: PageInfo };
  };
  table: {
    label: string;
    minWidth: number;
    columns: number;
    head: ReactNode;
    empty: { title: string; description?: string };
  };
  onPage: (page: number) => void;
  /** The rows. */
  children: ReactNode;
};

export function SearchListPage({
  search,
  filters,
  actions,
  query,
  table,
  onPage,
  children,
}: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Paper withBorder p="md" mb="md" component="search" aria-label={search.label}>
        <SimpleGrid cols={{ base: 1, sm: filters.length + 1 }} spacing="md">
          <TextInput
            label={search.label}
            placeholder={search.placeholder}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search.value}
            onChange={(e) => search.onChange(e.currentTarget.value)}
            type="search"
          />
          {filters.map((f) => (
            <Select
              key={f.label}
              label={f.label}
              placeholder={f.placeholder}
              data={f.data}
              value={f.value}
              onChange={f.onChange}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
            />
          ))}
        </SimpleGrid>
      </Paper>
      {actions ? (
        <Group justify="flex-end" mb="sm">
          {actions}
        </Group>
      ) : null}
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      <DataTable {...table} query={query}>
        {children}
      </DataTable>
      {query.data ? <Pager page={query.data.page} onChange={onPage} /> : null}
    </>
  );
}
