// The lock screen: covers everything (the page under it is inert and hidden), keeps the keyboard
// inside, and signs in again: the same user with their password, or someone else.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  Alert,
  Avatar,
  Button,
  FocusTrap,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { loginSchema, type LoginInput, type SessionView, type UserView } from '@care/shared/users';
import { errorMessage } from '../errors';
import { zodMessages } from '../i18n/form-errors';
import { initials } from '../layout/app-layout';
import { login } from '../login';
import { PasswordField, UsernameField } from '../sign-in-fields';

type Props = { user: UserView; onUnlocked: (view: SessionView) => void };

/** Everything else on the page (the app, Mantine's portals) is inert and hidden while locked. */
function useEverythingElseInert(ref: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const others = [...document.body.children].filter(
      (el): el is HTMLElement =>
        el instanceof HTMLElement && el !== ref.current && !el.hasAttribute('inert'),
    );
    for (const el of others) {
      el.inert = true;
      el.setAttribute('aria-hidden', 'true');
    }
    return () => {
      for (const el of others) {
        el.inert = false;
        el.removeAttribute('aria-hidden');
      }
    };
  }, [ref]);
}

export function LockPanel({ user, onUnlocked }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [switching, setSwitching] = useState(false);
  const signIn = useMutation({ mutationFn: login, onSuccess: onUnlocked });
  const form = useForm<LoginInput>({
    resolver: zodResolver(loginSchema, zodMessages),
    defaultValues: { username: user.username, password: '' },
  });
  useEverythingElseInert(ref);
  // The first field to type in: the password to unlock, the username of someone else.
  useEffect(() => form.setFocus(switching ? 'username' : 'password'), [switching, form]);

  const changeMode = (next: boolean) => {
    setSwitching(next);
    signIn.reset();
    form.reset({ username: next ? '' : user.username, password: '' });
  };
  const submit = form.handleSubmit((values) =>
    signIn.mutate(values, { onError: () => form.setValue('password', '') }),
  );

  return createPortal(
    <div ref={ref} className="lock-screen">
      <FocusTrap active>
        <Paper
          role="dialog"
          aria-modal="true"
          aria-labelledby="lock-title"
          aria-describedby="lock-intro"
          withBorder
          shadow="md"
          radius="lg"
          p={{ base: 'lg', sm: 36 }}
          w="100%"
          maw={440}
        >
          <form onSubmit={submit} noValidate>
            <Stack gap="lg">
              <Group gap="sm" wrap="nowrap">
                <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
                  <IconLock size={24} />
                </ThemeIcon>
                <Title order={1} fz={26} id="lock-title">
                  {t('lock.title')}
                </Title>
              </Group>
              <Text c="dimmed" id="lock-intro">
                {t(switching ? 'lock.switchIntro' : 'lock.intro')}
              </Text>
              {switching ? null : (
                <Group gap="sm" wrap="nowrap">
                  <Avatar color="blue" radius="xl" size={44} aria-hidden>
                    {initials(user.fullName)}
                  </Avatar>
                  <Stack gap={0}>
                    <Text fw={600}>{user.fullName}</Text>
                    <Text size="sm" c="dimmed">
                      {t(`roles.${user.role}`)} · {user.username}
                    </Text>
                  </Stack>
                </Group>
              )}
              {signIn.isError ? (
                <Alert color="red" variant="light" role="alert">
                  {errorMessage(t, signIn.error)}
                </Alert>
              ) : null}
              {switching ? <UsernameField form={form} /> : null}
              <PasswordField form={form} />
              <Button type="submit" size="md" fullWidth loading={signIn.isPending}>
                {t(switching ? 'auth.submit' : 'lock.unlock')}
              </Button>
              <Button variant="subtle" size="md" onClick={() => changeMode(!switching)}>
                {switching ? t('lock.back', { name: user.fullName }) : t('lock.switchUser')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </FocusTrap>
    </div>,
    document.body,
  );
}
