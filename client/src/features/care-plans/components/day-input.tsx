// A calendar day typed as dd/MM/yyyy (or picked), held as `yyyy-MM-dd`: the dates of this feature.
import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import 'dayjs/locale/en-gb';
import { DateInput, DatesProvider } from '@mantine/dates';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../../app/i18n/form-errors';

/** `dd/MM/yyyy` (also with `-` or `.`, one-digit day and month) → `yyyy-MM-dd`, else null. */
export function parseDay(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

type Props = {
  label: string;
  value: string | null | undefined;
  onChange: (day: string | null) => void;
  onBlur?: () => void;
  error?: string;
  required?: boolean;
  minDate?: string;
  maxDate?: string;
  description?: string;
};

export function DayInput({ label, value, onChange, required, ...rest }: Props) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider
      settings={{ locale: i18n.language === 'en' ? 'en-gb' : 'vi', firstDayOfWeek: 1 }}
    >
      <DateInput
        label={label}
        withAsterisk={required}
        value={value || null}
        onChange={onChange}
        valueFormat="DD/MM/YYYY"
        dateParser={parseDay}
        placeholder="dd/mm/yyyy"
        {...rest}
      />
    </DatesProvider>
  );
}

type FieldProps<T extends FieldValues> = {
  control: Control<T>;
  name: Path<T>;
  label: string;
  required?: boolean;
  maxDate?: string;
};

/** A day field of a react-hook-form form, with its message (from the resolver or the server). */
export function DayField<T extends FieldValues>({ control, name, ...shown }: FieldProps<T>) {
  const fieldError = useFieldError();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DayInput
          {...shown}
          value={field.value as string | null}
          onChange={(day) => field.onChange(day ?? '')}
          onBlur={field.onBlur}
          error={fieldError(fieldState.error)}
        />
      )}
    />
  );
}
