// The heading of a screen: its title (also the browser tab's), an optional line below, actions.
import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

type Props = {
  title: string;
  /** The browser tab's title when it should differ from the heading (e.g. not a greeting). */
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
};

export function PageHeader({ title, documentTitle, description, actions }: Props) {
  const { t } = useTranslation();
  useDocumentTitle(`${documentTitle ?? title} · ${t('app.centreName')}`);
  return (
    <Group justify="space-between" align="flex-end" mb="lg" gap="md" wrap="wrap">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, md: 28 }}>
          {title}
        </Title>
        {description ? <Text c="dimmed">{description}</Text> : null}
      </Stack>
      {actions ? (
        <Group gap="sm" className="no-print">
          {actions}
        </Group>
      ) : null}
    </Group>
  );
}
