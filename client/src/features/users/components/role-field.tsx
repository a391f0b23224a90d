// The role select of the account forms, bound to react-hook-form.
import { Select } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { roleOptions } from './role-options';

type Props<T extends FieldValues> = {
  control: Control<T>;
  name: Path<T>;
  error?: string;
  placeholder?: string;
  description?: string;
  disabled?: boolean;
};

export function RoleField<T extends FieldValues>({ control, name, ...shown }: Props<T>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          label={t('users.role')}
          withAsterisk
          data={roleOptions(t)}
          value={field.value ?? null}
          onChange={(value) => field.onChange(value ?? undefined)}
          onBlur={field.onBlur}
          ref={field.ref}
          allowDeselect={false}
          {...shown}
        />
      )}
    />
  );
}
