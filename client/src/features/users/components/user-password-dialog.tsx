// An administrator sets a new password for a staff member (who should change it after signing in).
import { useEffect } from 'react';
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passwordResetSchema, type UserView } from '@care/shared/users';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { AppModal } from '../../../components/app-modal';
import { useResetPassword } from '../api/reset-password';
import { isApiError } from '../../../app/errors';
import { SaveProblem } from '../../../components/save-problem';
import { useFreshUser } from './use-fresh-user';

const formSchema = passwordResetSchema
  .safeExtend({ confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    error: 'password_mismatch',
  });
type FormValues = z.infer<typeof formSchema>;

export function UserPasswordDialog({
  user: initial,
  onClose,
}: {
  user: UserView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { user, stale, markStale, reload } = useFreshUser(initial);
  const reset = useResetPassword();
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema, zodMessages),
    defaultValues: { version: user.version, password: '', confirmPassword: '' },
  });
  const { errors } = form.formState;

  useEffect(() => {
    form.setValue('version', user.version);
    reset.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user]);

  const submit = form.handleSubmit(({ version, password }) =>
    reset.mutate(
      { id: user.id, version, password },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t('users.passwordReset', { name: saved.fullName }),
          });
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'stale_version')) markStale();
          else if (setServerFieldErrors(error, form.setError, ['password'])) reset.reset();
        },
      },
    ),
  );

  return (
    <AppModal
      onClose={onClose}
      title={t('users.resetPasswordTitle', { name: initial.fullName })}
      size="md"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SaveProblem
            stale={stale}
            error={reset.error}
            onReload={() => reload.mutate()}
            reloading={reload.isPending}
            staleTitle={t('users.staleTitle')}
            staleBody={t('users.staleBody')}
          />
          <Text size="sm">{t('users.resetPasswordHint')}</Text>
          <PasswordInput
            label={t('account.newPassword')}
            description={t('account.passwordRule')}
            withAsterisk
            data-autofocus
            autoComplete="new-password"
            error={fieldError(errors.password)}
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            {...form.register('password')}
          />
          <PasswordInput
            label={t('account.confirmPassword')}
            withAsterisk
            autoComplete="new-password"
            error={fieldError(errors.confirmPassword)}
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            {...form.register('confirmPassword')}
          />
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending} disabled={stale}>
              {t('users.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
