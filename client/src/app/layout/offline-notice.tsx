// A notice at the top of every screen while the server cannot be reached: what was typed stays,
// nothing is saved until the connection is back.
import { Alert } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useServerReachable } from '../connection';

export function OfflineNotice() {
  const { t } = useTranslation();
  if (useServerReachable()) return null;
  return (
    <Alert
      role="alert"
      color="orange"
      variant="filled"
      icon={<IconWifiOff aria-hidden />}
      title={t('shell.offlineTitle')}
      mb="md"
      className="no-print"
    >
      {t('shell.offline')}
    </Alert>
  );
}
