// The single row a table shows when a search or filter matched nothing.
import { EmptyState, Table } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

type Props = { columns: number; title: string; description?: string };

export function EmptyRows({ columns, title, description }: Props) {
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <EmptyState
          my="lg"
          size="sm"
          icon={<IconSearch aria-hidden />}
          title={title}
          description={description}
        />
      </Table.Td>
    </Table.Tr>
  );
}
