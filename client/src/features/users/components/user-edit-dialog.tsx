// Changing a staff member's name or role; a 409 means someone else saved first: reload and retry.
import { useEffect } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { userUpdateSchema, type UserView } from '@care/shared/users';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { AppModal } from '../../../components/app-modal';
import { useUpdateUser } from '../api/update-user';
import { RoleField } from './role-field';
import { isApiError } from '../../../app/errors';
import { SaveProblem } from '../../../components/save-problem';
import { useFreshUser } from './use-fresh-user';

type FormValues = z.input<typeof userUpdateSchema>;
const fields = ['fullName', 'role'] as const;

export function UserEditDialog({
  user: initial,
  isSelf,
  onClose,
}: {
  user: UserView;
  isSelf: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { user, stale, markStale, reload } = useFreshUser(initial);
  const update = useUpdateUser();
  const form = useForm<FormValues, unknown, z.output<typeof userUpdateSchema>>({
    resolver: zodResolver(userUpdateSchema, zodMessages),
    defaultValues: { version: user.version, fullName: user.fullName, role: user.role },
  });
  const { errors } = form.formState;

  // After a reload the form shows the record as it is now, at its new version.
  useEffect(() => {
    form.reset({ version: user.version, fullName: user.fullName, role: user.role });
    update.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user]);

  const submit = form.handleSubmit((values) => {
    // Only what the admin changed is sent, so the audit trail shows just that.
    const { dirtyFields } = form.formState;
    if (!dirtyFields.fullName && !dirtyFields.role) return onClose();
    update.mutate(
      {
        id: user.id,
        version: values.version,
        ...(dirtyFields.fullName ? { fullName: values.fullName } : {}),
        ...(dirtyFields.role ? { role: values.role } : {}),
      },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t('users.saved', { name: saved.fullName }),
          });
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'stale_version')) markStale();
          else if (setServerFieldErrors(error, form.setError, fields)) update.reset();
        },
      },
    );
  });

  return (
    <AppModal onClose={onClose} title={t('users.editTitle', { name: initial.fullName })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SaveProblem
            stale={stale}
            error={update.error}
            onReload={() => reload.mutate()}
            reloading={reload.isPending}
            staleTitle={t('users.staleTitle')}
            staleBody={t('users.staleBody')}
          />
          <TextInput label={t('auth.username')} value={user.username} readOnly disabled />
          <TextInput
            label={t('users.fullName')}
            withAsterisk
            data-autofocus
            error={fieldError(errors.fullName)}
            {...form.register('fullName')}
          />
          <RoleField
            control={form.control}
            name="role"
            description={isSelf ? t('users.ownRoleHint') : undefined}
            error={fieldError(errors.role)}
            disabled={isSelf}
          />
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={stale}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
