// Mantine selects bound to one field of a resident form (admission, record edits): the field's
// message in the user's language, "empty" standing for no choice.
import { MultiSelect, Select } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../../app/i18n/form-errors';

export type Option = { value: string; label: string };

type Props<T extends FieldValues> = {
  // Any parsed output: the control is only read for its inputs.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  control: Control<T, any, any>;
  name: Path<T>;
  label: string;
  data: Option[] | readonly string[];
} & Record<string, unknown>;

export function SelectField<T extends FieldValues>({
  control,
  name,
  label,
  data,
  ...props
}: Props<T>) {
  const fieldError = useFieldError();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={label}
          data={data as Option[]}
          value={(field.value as string | null | undefined) ?? null}
          onChange={(v) => field.onChange(v ?? null)}
          onBlur={field.onBlur}
          ref={field.ref}
          error={fieldError(fieldState.error)}
          comboboxProps={{ withinPortal: true }}
          {...props}
        />
      )}
    />
  );
}

export function MultiSelectField<T extends FieldValues>({
  control,
  name,
  label,
  data,
  ...props
}: Props<T>) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <MultiSelect
          label={label}
          data={data as Option[]}
          value={(field.value as string[] | undefined) ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          ref={field.ref}
          error={fieldError(fieldState.error)}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          {...props}
        />
      )}
    />
  );
}

/** Options of a fixed list, labelled from `residents.<group>.<value>`. */
export function useOptions() {
  const { t } = useTranslation();
  return (values: readonly string[], group: string): Option[] =>
    values.map((v) => ({ value: v, label: t(`residents.${group}.${v}`) }));
}
