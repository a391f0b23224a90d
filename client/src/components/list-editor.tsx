// One editor for a repeating list of items inside a form (key contacts, family members, plan
// steps, follow-up visits): what to say when it is empty, one row per item with its remove
// button, and an add button until the list is full. Without `onAdd` the list is read-only.
import type { ReactNode } from 'react';
import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

type Props<T> = {
  items: readonly T[];
  /** The fields of one item. */
  renderItem: (item: T, index: number) => ReactNode;
  /** A stable key per item (react-hook-form's field id, a saved id); the index otherwise. */
  keyOf?: (item: T, index: number) => string;
  /** A heading above the list. */
  title?: ReactNode;
  emptyText: string;
  addLabel: string;
  /** The remove button's spoken name, naming the item ("Xóa người liên hệ 2"). */
  removeLabel: (index: number) => string;
  /** Absent: the list is read-only (no add, no remove). */
  onAdd?: () => void;
  onRemove?: (index: number) => void;
  max?: number;
};

export function ListEditor<T>({
  items,
  renderItem,
  keyOf = (_, i) => String(i),
  title,
  emptyText,
  addLabel,
  removeLabel,
  onAdd,
  onRemove,
  max = Infinity,
}: Props<T>) {
  return (
    <Stack gap="xs">
      {title ? (
        <Text fw={600} size="sm">
          {title}
        </Text>
      ) : null}
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : null}
      {items.map((item, i) => (
        <Group key={keyOf(item, i)} align="flex-start" gap="sm" wrap="nowrap">
          <div style={{ flex: 1, minWidth: 0 }}>{renderItem(item, i)}</div>
          {onRemove ? (
            <ActionIcon
              variant="subtle"
              color="red.9"
              size="lg"
              mt={25}
              onClick={() => onRemove(i)}
              aria-label={removeLabel(i)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      {onAdd && items.length < max ? (
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={onAdd}
          style={{ alignSelf: 'flex-start' }}
        >
          {addLabel}
        </Button>
      ) : null}
    </Stack>
  );
}
