// Why a form could not save: someone else changed the record since it was read (409: offer a
// reload), or another error.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/errors';

type Props = {
  stale: boolean;
  error: unknown;
  onReload: () => void;
  reloading: boolean;
  /** What changed, in the words of the screen ("the account was changed by someone else"). */
  staleTitle: string;
  staleBody: string;
};

export function SaveProblem({ stale, error, onReload, reloading, staleTitle, staleBody }: Props) {
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
      title={staleTitle}
      // Orange on light orange is below 4.5:1: the words stay dark, the colour stays in the frame.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{staleBody}</Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={16} aria-hidden />}
          loading={reloading}
          onClick={onReload}
        >
          {t('common.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
