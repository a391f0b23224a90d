// A failed load: the reason in the user's language and a way to try again.
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api-client';
import { errorMessage } from '../app/errors';
import { NotAllowed } from './not-allowed';

type Props = { error: unknown; onRetry?: () => void };

export function QueryError({ error, onRetry }: Props) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 403) return <NotAllowed inline />;
  // An expired session is already on its way to the login page.
  if (error instanceof ApiError && error.status === 401) return null;
  return (
    <Alert
      color="red"
      variant="light"
      title={t('errors.loadFailedTitle')}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">{errorMessage(t, error)}</Text>
        {onRetry ? (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
