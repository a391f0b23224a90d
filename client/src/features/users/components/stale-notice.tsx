// Shown when a save was refused because someone else changed the account since it was opened.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = { onReload: () => void; reloading: boolean };

export function StaleNotice({ onReload, reloading }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title={t('users.staleTitle')}
      // Orange on light orange is below 4.5:1: the words stay dark, the colour stays in the frame.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('users.staleBody')}</Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={16} aria-hidden />}
          loading={reloading}
          onClick={onReload}
        >
          {t('users.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
