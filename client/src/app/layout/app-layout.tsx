// The shell of every signed-in screen: header, navigation by role, the main region.
import { useEffect, useRef } from 'react';
import {
  AppShell,
  Avatar,
  Box,
  Burger,
  Button,
  Group,
  NavLink,
  Progress,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { navigationFor } from '@care/shared/permissions';
import type { UserView } from '@care/shared/users';
import { useLogout } from '../logout';
import { OfflineNotice } from './offline-notice';
import { navigationPaths, paths } from '../paths';
import { LanguageSwitch } from './language-switch';
import { navIcons } from './nav-icons';

function isActive(entryPath: string, pathname: string): boolean {
  return entryPath === '/'
    ? pathname === '/'
    : pathname === entryPath || pathname.startsWith(`${entryPath}/`);
}

/** The two letters of a person's avatar: the last two words of the name. */
export function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return ((words.at(-2)?.[0] ?? '') + (words.at(-1)?.[0] ?? '')).toUpperCase();
}

export function AppLayout({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigation = useNavigation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const logout = useLogout();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After each navigation: close the tablet menu and move focus to the new screen.
  useEffect(() => {
    close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname, close]);

  const entries = navigationFor(user.role);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 248, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', md: 'lg' }}
    >
      <a className="skip-link" href="#main-content">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        {navigation.state === 'loading' ? (
          <Progress
            value={100}
            animated
            size={3}
            radius={0}
            pos="absolute"
            top={0}
            left={0}
            right={0}
            aria-hidden
          />
        ) : null}
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={t(opened ? 'shell.closeMenu' : 'shell.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <UnstyledButton component={Link} to={paths.home.href()} miw={0}>
              <Text fw={700} size="lg" c="blue.9" truncate="end">
                {t('app.centreName')}
              </Text>
            </UnstyledButton>
          </Group>
          <Group gap="md" wrap="nowrap">
            <UnstyledButton component={Link} to={paths.account.href()} title={t('nav.account')}>
              <Group gap="xs" wrap="nowrap">
                <Avatar color="blue" radius="xl" size={36} aria-hidden>
                  {initials(user.fullName)}
                </Avatar>
                <VisuallyHidden hiddenFrom="sm">{user.fullName}</VisuallyHidden>
                <Stack gap={0} visibleFrom="sm">
                  <Text size="sm" fw={600} lh={1.3}>
                    {user.fullName}
                  </Text>
                  <Text size="xs" c="dimmed" lh={1.3}>
                    {t(`roles.${user.role}`)}
                  </Text>
                </Stack>
              </Group>
            </UnstyledButton>
            <LanguageSwitch />
            <Button
              variant="default"
              leftSection={<IconLogout size={18} aria-hidden />}
              loading={logout.isPending}
              onClick={() => logout.mutate()}
            >
              {t('shell.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('shell.navigation')}>
        <AppShell.Section grow>
          <Stack gap={4}>
            {entries.map((entry) => {
              const EntryIcon = navIcons[entry.id];
              const active = isActive(navigationPaths[entry.id], location.pathname);
              return (
                <NavLink
                  key={entry.id}
                  component={Link}
                  to={navigationPaths[entry.id]}
                  label={t(entry.labelKey)}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  leftSection={<EntryIcon size={20} aria-hidden />}
                  variant="filled"
                  styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
                />
              );
            })}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <NavLink
            component={Link}
            to={paths.account.href()}
            label={t('nav.account')}
            active={location.pathname === paths.account.path}
            aria-current={location.pathname === paths.account.path ? 'page' : undefined}
            leftSection={<navIcons.account size={20} aria-hidden />}
            variant="filled"
          />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1} ref={mainRef} bg="gray.0">
        <Box maw={1400}>
          <OfflineNotice />
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
