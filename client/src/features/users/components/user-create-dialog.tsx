// Opening a new staff account: username, name, role, first password and interface language.
import {
  Alert,
  Button,
  Group,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { languages } from '@care/shared/language';
import { userCreateSchema } from '@care/shared/users';
import { errorMessage } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { AppModal } from '../../../components/app-modal';
import { useCreateUser } from '../api/create-user';
import { RoleField } from './role-field';

type FormValues = z.input<typeof userCreateSchema>;
const fields = ['username', 'fullName', 'role', 'password', 'language'] as const;

export function UserCreateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const create = useCreateUser();
  const form = useForm<FormValues, unknown, z.output<typeof userCreateSchema>>({
    resolver: zodResolver(userCreateSchema, zodMessages),
    defaultValues: { username: '', fullName: '', password: '', language: 'vi' },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: (user) => {
        notifications.show({
          color: 'green',
          message: t('users.created', { name: user.fullName }),
        });
        onClose();
      },
      onError: (error) => {
        if (setServerFieldErrors(error, form.setError, fields)) create.reset();
      },
    }),
  );

  return (
    <AppModal onClose={onClose} title={t('users.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {create.isError ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(t, create.error)}
            </Alert>
          ) : null}
          <TextInput
            label={t('users.fullName')}
            withAsterisk
            data-autofocus
            error={fieldError(errors.fullName)}
            {...form.register('fullName')}
          />
          <TextInput
            label={t('auth.username')}
            description={t('users.usernameRule')}
            withAsterisk
            autoCapitalize="none"
            spellCheck={false}
            autoComplete="off"
            error={fieldError(errors.username)}
            {...form.register('username')}
          />
          <RoleField
            control={form.control}
            name="role"
            placeholder={t('users.chooseRole')}
            error={fieldError(errors.role)}
          />
          <PasswordInput
            label={t('users.initialPassword')}
            description={t('account.passwordRule')}
            withAsterisk
            autoComplete="new-password"
            error={fieldError(errors.password)}
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            {...form.register('password')}
          />
          <Controller
            control={form.control}
            name="language"
            render={({ field }) => (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="user-create-language">
                  {t('language.label')}
                </Text>
                <SegmentedControl
                  aria-labelledby="user-create-language"
                  value={field.value ?? 'vi'}
                  onChange={field.onChange}
                  data={languages.map((l) => ({ value: l, label: t(`language.name.${l}`) }))}
                  style={{ alignSelf: 'flex-start' }}
                />
              </Stack>
            )}
          />
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
