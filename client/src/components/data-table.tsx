// A list screen's table: its label, column heads, loading rows, the empty state, then the rows.
import type { ReactNode } from 'react';
import { Paper, Skeleton, Table } from '@mantine/core';
import { EmptyRows } from './empty-rows';

type Props = {
  label: string;
  minWidth: number;
  columns: number;
  head: ReactNode;
  /** The list query: skeleton rows while pending, dimmed rows while a new page loads. */
  query: { isPending: boolean; isPlaceholderData: boolean; data?: { data: unknown[] } };
  empty: { title: string; description?: string };
  children: ReactNode;
};

export function DataTable({ label, minWidth, columns, head, query, empty, children }: Props) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table
          striped
          highlightOnHover
          verticalSpacing="sm"
          horizontalSpacing="md"
          aria-label={label}
        >
          <Table.Thead>
            <Table.Tr>{head}</Table.Tr>
          </Table.Thead>
          <Table.Tbody
            aria-busy={query.isPending || query.isPlaceholderData}
            style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
          >
            {query.isPending
              ? Array.from({ length: 8 }, (_, i) => (
                  <Table.Tr key={i}>
                    <Table.Td colSpan={columns}>
                      <Skeleton h={20} />
                    </Table.Td>
                  </Table.Tr>
                ))
              : null}
            {query.data?.data.length === 0 ? <EmptyRows columns={columns} {...empty} /> : null}
            {children}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
