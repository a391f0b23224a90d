// The foot of a form or dialog: cancel on the left, the one action on the right. Without
// `onSubmit` the action is the form's submit button.
import type { ReactNode } from 'react';
import { Button, Group, type ButtonProps, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  onCancel: () => void;
  /** "Hủy" unless the screen words it otherwise. */
  cancelLabel?: ReactNode;
  /** "Lưu" unless the screen words it otherwise. */
  submitLabel?: ReactNode;
  onSubmit?: () => void;
  loading?: boolean;
  disabled?: boolean;
  color?: string;
  size?: ButtonProps['size'];
  mt?: MantineSpacing;
};

export function FormActions({
  onCancel,
  cancelLabel,
  submitLabel,
  onSubmit,
  loading,
  disabled,
  color,
  size,
  mt,
}: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" size={size} onClick={onCancel}>
        {cancelLabel ?? t('common.cancel')}
      </Button>
      <Button
        type={onSubmit ? 'button' : 'submit'}
        color={color}
        size={size}
        loading={loading}
        disabled={disabled}
        onClick={onSubmit}
      >
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
