// Signed-in screens: wait for the session, send a visitor to login (and back here afterwards).
import { Button, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { FullPageLoader } from '../../components/full-page-loader';
import { errorMessage } from '../errors';
import { paths } from '../paths';
import { IdleLock } from '../lock/idle-lock';
import { useSession } from '../session';
import { AppLayout } from './app-layout';

export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();

  if (session.isPending) return <FullPageLoader />;
  if (session.isError) {
    return (
      <Center h="80vh" component="main">
        <Stack align="center" gap="md" role="alert">
          <Text fw={600}>{t('errors.loadFailedTitle')}</Text>
          <Text c="dimmed">{errorMessage(t, session.error)}</Text>
          <Button onClick={() => void session.refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!session.data.user) {
    return <Navigate to={paths.login.href(location.pathname + location.search)} replace />;
  }
  return (
    <IdleLock user={session.data.user} idleMinutes={session.data.idleLockMinutes}>
      <AppLayout user={session.data.user} />
    </IdleLock>
  );
}
