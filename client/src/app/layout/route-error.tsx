// The error boundary of the router: a screen that crashed or whose code failed to load.
import { Alert, Button, Code, Container, Group, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotAllowed } from '../../components/not-allowed';
import { ApiError } from '../api-client';
import { paths } from '../paths';
import { NotFoundPage } from './not-found-page';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (error instanceof ApiError && error.status === 403) return <NotAllowed />;
  const detail = error instanceof Error ? error.message : null;
  return (
    <Container size="sm" py="xl" component="section">
      <Alert
        color="red"
        variant="light"
        role="alert"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('errors.crashTitle')}
      >
        <Stack gap="sm">
          {t('errors.crash')}
          {detail && import.meta.env.DEV ? <Code block>{detail}</Code> : null}
          <Group gap="sm">
            <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
            <Button variant="default" component={Link} to={paths.home.href()}>
              {t('notFound.home')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    </Container>
  );
}
