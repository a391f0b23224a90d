// Everything a screen relies on: theme, server-state cache, translations, notifications.
import { useEffect, useMemo, type ReactNode } from 'react';
import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { setUnauthenticatedHandler } from './api-client';
import i18n from './i18n/i18n';
import { queryClient } from './query-client';
import { expireSession, useSession } from './session';
import { cssVariablesResolver, theme } from './theme';

setUnauthenticatedHandler(() => {
  // The router sees the user gone and sends them to /login?next=<where they were>.
  if (expireSession(queryClient)) {
    notifications.show({
      id: 'session-expired',
      color: 'yellow',
      title: i18n.t('auth.sessionExpiredTitle'),
      message: i18n.t('auth.sessionExpired'),
    });
  }
});

/** After login (or on reload) the interface follows the language saved for the user. */
function LanguageFollowsUser() {
  const { data } = useSession();
  const saved = data?.user?.language;
  useEffect(() => {
    if (saved && saved !== i18n.language) void i18n.changeLanguage(saved);
  }, [saved]);
  return null;
}

/** The theme with the labels Mantine draws itself (e.g. a notification's close button) translated. */
function ThemedApp({ client, children }: { client: QueryClient; children: ReactNode }) {
  const { t } = useTranslation();
  const localized = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } },
        },
      }),
    [t],
  );
  return (
    <MantineProvider
      theme={localized}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <Notifications position="top-right" />
      <QueryClientProvider client={client}>
        <LanguageFollowsUser />
        {children}
      </QueryClientProvider>
    </MantineProvider>
  );
}

/** `client` is the app's one query client; component tests give a fresh one. */
export function AppProvider({
  client = queryClient,
  children,
}: {
  client?: QueryClient;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedApp client={client}>{children}</ThemedApp>
    </I18nextProvider>
  );
}
