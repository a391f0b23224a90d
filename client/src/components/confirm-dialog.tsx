// Asks before an action that cannot be taken back (remove, approve, refuse): what will happen, and
// the action named on its button.
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/errors';
import { AppModal } from './app-modal';
import { FormActions } from './form-actions';

type Props = {
  title: ReactNode;
  message: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
  /** The action's colour: red for removing. */
  color?: string;
  loading?: boolean;
  /** Why the action failed, shown above the buttons. */
  error?: unknown;
};

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onClose,
  color,
  loading,
  error,
}: Props) {
  const { t } = useTranslation();
  return (
    <AppModal onClose={onClose} title={title} size="sm">
      <Text>{message}</Text>
      {error ? (
        <Text c="red.9" role="alert" mt="xs">
          {errorMessage(t, error)}
        </Text>
      ) : null}
      <FormActions
        mt="md"
        onCancel={onClose}
        submitLabel={confirmLabel}
        onSubmit={onConfirm}
        color={color}
        loading={loading}
      />
    </AppModal>
  );
}
