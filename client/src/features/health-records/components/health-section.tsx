// A titled part of the health record with its edit button (shown to those who may edit).
import type { ReactNode } from 'react';
import { Button, Group, Paper, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';

type Props = {
  id: string;
  title: string;
  action?: { label: string; accessibleLabel?: string; onClick: () => void; add?: boolean };
  children: ReactNode;
};

export function HealthSection({ id, title, action, children }: Props) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} className="print-section">
      <Group justify="space-between" mb="md" gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {action ? (
          <Button
            size="xs"
            variant="default"
            className="no-print"
            leftSection={
              action.add ? <IconPlus size={16} aria-hidden /> : <IconPencil size={16} aria-hidden />
            }
            aria-label={action.accessibleLabel}
            onClick={action.onClick}
          >
            {action.label}
          </Button>
        ) : null}
      </Group>
      {children}
    </Paper>
  );
}
