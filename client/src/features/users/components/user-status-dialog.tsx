// Confirming that an account is switched off (or back on); a switched-off user cannot sign in.
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { UserView } from '@care/shared/users';
import { AppModal } from '../../../components/app-modal';
import { useUpdateUser } from '../api/update-user';
import { isApiError } from '../../../app/errors';
import { SaveProblem } from '../../../components/save-problem';
import { useFreshUser } from './use-fresh-user';

export function UserStatusDialog({
  user: initial,
  onClose,
}: {
  user: UserView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { user, stale, markStale, reload } = useFreshUser(initial);
  const update = useUpdateUser();
  const activate = !user.active;

  const confirm = () =>
    update.mutate(
      { id: user.id, version: user.version, active: activate },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t(saved.active ? 'users.reactivated' : 'users.deactivated', {
              name: saved.fullName,
            }),
          });
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'stale_version')) markStale();
        },
      },
    );

  return (
    <AppModal
      onClose={onClose}
      title={t(activate ? 'users.reactivateTitle' : 'users.deactivateTitle')}
      size="md"
    >
      <Stack gap="md">
        <SaveProblem
          stale={stale}
          error={update.error}
          onReload={() => reload.mutate(undefined, { onSuccess: () => update.reset() })}
          reloading={reload.isPending}
          staleTitle={t('users.staleTitle')}
          staleBody={t('users.staleBody')}
        />
        <Text>
          {t(activate ? 'users.reactivateConfirm' : 'users.deactivateConfirm', {
            name: user.fullName,
          })}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color={activate ? undefined : 'red.9'}
            onClick={confirm}
            loading={update.isPending}
            disabled={stale}
          >
            {t(activate ? 'users.reactivate' : 'users.deactivate')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
