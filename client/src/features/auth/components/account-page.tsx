// The user's own account: who they are, their interface language, and changing their password.
import {
  Alert,
  Button,
  DataList,
  Grid,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { changePasswordSchema } from '@care/shared/users';
import { errorMessage } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { LanguageSwitch } from '../../../app/layout/language-switch';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { useCurrentUser } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { useChangePassword } from '../api/change-password';

// The shared schema plus the confirmation the server never sees.
const formSchema = changePasswordSchema
  .safeExtend({ confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    error: 'password_mismatch',
  });
type FormValues = z.infer<typeof formSchema>;

const fields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

function ChangePasswordForm() {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const change = useChangePassword();
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema, zodMessages),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({ color: 'green', message: t('account.passwordChanged') });
        },
        onError: (error) => {
          if (!setServerFieldErrors(error, form.setError, fields)) return;
          change.reset();
        },
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {change.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(t, change.error)}
          </Alert>
        ) : null}
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          withAsterisk
          error={fieldError(errors.currentPassword)}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          {...form.register('currentPassword')}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.passwordRule')}
          autoComplete="new-password"
          withAsterisk
          error={fieldError(errors.newPassword)}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          {...form.register('newPassword')}
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          withAsterisk
          error={fieldError(errors.confirmPassword)}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          {...form.register('confirmPassword')}
        />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('account.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Paper withBorder p="lg" component="section" aria-labelledby="account-profile">
              <Title order={2} size="h4" mb="md" id="account-profile">
                {t('account.profile')}
              </Title>
              <DataList>
                <DataList.Item>
                  <DataList.ItemLabel>{t('users.fullName')}</DataList.ItemLabel>
                  <DataList.ItemValue>{user.fullName}</DataList.ItemValue>
                </DataList.Item>
                <DataList.Item>
                  <DataList.ItemLabel>{t('auth.username')}</DataList.ItemLabel>
                  <DataList.ItemValue>{user.username}</DataList.ItemValue>
                </DataList.Item>
                <DataList.Item>
                  <DataList.ItemLabel>{t('users.role')}</DataList.ItemLabel>
                  <DataList.ItemValue>{t(`roles.${user.role}`)}</DataList.ItemValue>
                </DataList.Item>
              </DataList>
            </Paper>
            <Paper withBorder p="lg" component="section" aria-labelledby="account-language">
              <Title order={2} size="h4" mb="xs" id="account-language">
                {t('language.label')}
              </Title>
              <Text size="sm" c="dimmed" mb="md">
                {t('account.languageHint')}
              </Text>
              <LanguageSwitch size="md" />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="lg" component="section" aria-labelledby="account-password">
            <Title order={2} size="h4" mb="md" id="account-password">
              {t('account.changePassword')}
            </Title>
            <ChangePasswordForm />
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}
