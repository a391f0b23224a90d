// Why an account dialog could not save: someone else changed the account (offer a reload), or another error.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';

type Props = { stale: boolean; error: unknown; onReload: () => void; reloading: boolean };

export function SaveProblem({ stale, error, onReload, reloading }: Props) {
  const { t } = useTranslation();
  if (!stale) {
    return error ? (
      <Alert color="red" variant="light" role="alert">
        {errorMessage(t, error)}
      </Alert>
    ) : null;
  }
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
