// A calendar day typed as dd/mm/yyyy or picked, bound to react-hook-form as `yyyy-MM-dd` (or null).
import 'dayjs/locale/vi';
import 'dayjs/locale/en-gb';
import '@mantine/dates/styles.css';
import type { ReactNode } from 'react';
import { DateInput, DatesProvider } from '@mantine/dates';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** `d/m/yyyy` as staff type it → `yyyy-MM-dd`; null for anything else. */
export function parseTypedDay(text: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

/** Calendar pickers in the user's language, weeks from Monday. */
export function HealthDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider
      settings={{ locale: i18n.language === 'en' ? 'en-gb' : 'vi', firstDayOfWeek: 1 }}
    >
      {children}
    </DatesProvider>
  );
}

type Props<T extends FieldValues> = {
  control: Control<T>;
  name: Path<T>;
  label: string;
  error?: string;
  required?: boolean;
  /** The latest day that may be picked (`yyyy-MM-dd`), e.g. today. */
  maxDate?: string;
};

export function DayField<T extends FieldValues>({
  control,
  name,
  label,
  error,
  required,
  maxDate,
}: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DateInput
          label={label}
          withAsterisk={required}
          placeholder="dd/mm/yyyy"
          valueFormat="DD/MM/YYYY"
          dateParser={parseTypedDay}
          clearable={!required}
          maxDate={maxDate}
          value={(field.value as string | null) ?? null}
          onChange={(value) => field.onChange(value ?? null)}
          onBlur={field.onBlur}
          ref={field.ref}
          error={error}
        />
      )}
    />
  );
}
