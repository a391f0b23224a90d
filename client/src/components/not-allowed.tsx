// What a screen shows when the user's role may not see it (403): a page of its own, or a notice.
import { Alert, Button, EmptyState } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

function NotAllowedPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('errors.forbiddenTitle')} · ${t('app.centreName')}`);
  return (
    <EmptyState
      mt="xl"
      icon={<IconLock aria-hidden />}
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('errors.forbiddenTitle')}</h1>}
      description={t('errors.forbidden')}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/">
          {t('notFound.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

/** `inline` inside a screen that has its own heading (a list whose load was refused). */
export function NotAllowed({ inline = false }: { inline?: boolean }) {
  const { t } = useTranslation();
  if (!inline) return <NotAllowedPage />;
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      icon={<IconLock aria-hidden />}
      title={t('errors.forbiddenTitle')}
      // Orange words on light orange are below 4.5:1; the frame keeps the colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      {t('errors.forbidden')}
    </Alert>
  );
}
