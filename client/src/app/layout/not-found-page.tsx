// 404: the address matches no screen.
import { Button, EmptyState } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconMapPinOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('notFound.title')} · ${t('app.centreName')}`);
  return (
    <EmptyState
      mt="xl"
      icon={<IconMapPinOff aria-hidden />}
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('notFound.title')}</h1>}
      description={t('notFound.description')}
    >
      <EmptyState.Actions>
        <Button component={Link} to={paths.home.href()}>
          {t('notFound.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
