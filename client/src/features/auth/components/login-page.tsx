// The login screen: username and password, clear messages for a wrong password or a locked account.
import { Alert, Box, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconHeartHandshake } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { loginSchema, type LoginInput } from '@care/shared/users';
import { errorMessage } from '../../../app/errors';
import { zodMessages } from '../../../app/i18n/form-errors';
import { LanguageSwitch } from '../../../app/layout/language-switch';
import { safeNext } from '../../../app/paths';
import { PasswordField, UsernameField } from '../../../app/sign-in-fields';
import { useSession } from '../../../app/session';
import { useLogin } from '../api/login';

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.login')} · ${t('app.centreName')}`);
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useSession();
  const login = useLogin();
  const form = useForm<LoginInput>({
    resolver: zodResolver(loginSchema, zodMessages),
    defaultValues: { username: '', password: '' },
  });

  if (session.data?.user) return <Navigate to={next} replace />;

  const submit = form.handleSubmit((values) =>
    login.mutate(values, { onError: () => form.setValue('password', '') }),
  );

  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" px="lg" py="sm">
        <Group justify="space-between">
          <Group gap="xs" wrap="nowrap">
            <IconHeartHandshake size={28} color="var(--mantine-color-blue-8)" aria-hidden />
            <Text fw={700} c="blue.9">
              {t('app.centreName')}
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
      </Box>
      <Center component="main" px="md" py={48} id="main-content">
        <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 40 }} w="100%" maw={440}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} fz={28}>
                {t('auth.login')}
              </Title>
              <Text c="dimmed">{t('auth.loginIntro')}</Text>
            </Stack>
            {login.isError ? (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertCircle aria-hidden />}
                role="alert"
                title={t('auth.loginFailed')}
              >
                {errorMessage(t, login.error)}
              </Alert>
            ) : null}
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <UsernameField form={form} autoFocus />
                <PasswordField form={form} />
                <Button type="submit" size="md" fullWidth loading={login.isPending} mt="xs">
                  {t('auth.submit')}
                </Button>
              </Stack>
            </form>
            <Text size="sm" c="dimmed">
              {t('auth.forgotPassword')}
            </Text>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
