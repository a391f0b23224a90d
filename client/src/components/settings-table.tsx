// A settings list as a table: a column per field, the empty state, and per row the edit and
// remove buttons; removing asks first. The add/edit dialog stays with the screen, which knows the
// record's fields.
import { useState, type ReactNode } from 'react';
import {
  Button,
  Paper,
  Table,
  Text,
  type MantineSize,
  type TableTdProps,
  type TableTrProps,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';

export type SettingsColumn<T> = {
  head: ReactNode;
  cell: (row: T) => ReactNode;
  props?: TableTdProps;
};

type Props<T> = {
  label: string;
  columns: SettingsColumn<T>[];
  /** Undefined while loading: no empty state yet. */
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  rowProps?: (row: T) => TableTrProps;
  /** Scrolls sideways below this width; without it the table is as wide as its box. */
  minWidth?: number;
  striped?: boolean;
  /** Inside a frame of its own (the default), or in the screen's. */
  framed?: boolean;
  empty?: string;
  emptySize?: MantineSize;
  onEdit?: (row: T) => void;
  /** Removing: the confirm's wording and what to do once confirmed (call `done` when settled). */
  remove?: {
    title: string;
    message: (row: T) => ReactNode;
    onConfirm: (row: T, done: () => void) => void;
  };
  /** Buttons of the screen's own, in place of edit and remove. */
  actions?: (row: T) => ReactNode;
};

export function SettingsTable<T>({
  label,
  columns,
  rows,
  rowKey,
  rowProps,
  minWidth,
  striped,
  framed = true,
  empty,
  emptySize,
  onEdit,
  remove,
  actions,
}: Props<T>) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<T | null>(null);
  const table = (
    <Table striped={striped} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c, i) => (
            <Table.Th key={i}>{c.head}</Table.Th>
          ))}
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {empty && rows?.length === 0 ? (
          <Table.Tr>
            <Table.Td colSpan={columns.length + 1}>
              <Text c="dimmed" size={emptySize}>
                {empty}
              </Text>
            </Table.Td>
          </Table.Tr>
        ) : null}
        {rows?.map((row) => (
          <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((c, i) => (
              <Table.Td key={i} {...c.props}>
                {c.cell(row)}
              </Table.Td>
            ))}
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {actions?.(row)}
              {onEdit ? (
                <Button size="xs" variant="subtle" onClick={() => onEdit(row)}>
                  {t('common.edit')}
                </Button>
              ) : null}
              {remove ? (
                <Button size="xs" variant="default" c="red.9" onClick={() => setRemoving(row)}>
                  {t('common.remove')}
                </Button>
              ) : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  const scrolled = minWidth ? (
    <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>
  ) : (
    table
  );
  return (
    <>
      {framed ? <Paper withBorder>{scrolled}</Paper> : scrolled}
      {remove && removing ? (
        <ConfirmDialog
          title={remove.title}
          message={remove.message(removing)}
          confirmLabel={t('common.remove')}
          color="red.9"
          onClose={() => setRemoving(null)}
          onConfirm={() => remove.onConfirm(removing, () => setRemoving(null))}
        />
      ) : null}
    </>
  );
}
