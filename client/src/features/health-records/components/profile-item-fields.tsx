// The fields of one entry of each health list, inside the profile form.
import { NumberInput, Select, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { Controller, useFormContext, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { centreDay } from '@care/shared/dates';
import {
  allergySeverities,
  medicationRoutes,
  type HealthList,
  type HealthProfileUpdateInput,
} from '@care/shared/health-records';
import { useFieldError } from '../../../app/i18n/form-errors';
import { DayField } from './day-field';

type Values = HealthProfileUpdateInput;

/** A new, empty entry of each list. */
export const emptyEntry = {
  conditions: { name: '', icd10: '', since: null, notes: '' },
  allergies: { substance: '', severity: 'moderate', reaction: '' },
  medications: {
    name: '',
    dose: '',
    route: 'oral',
    times: [],
    start: centreDay(),
    end: null,
    prescriber: '',
    notes: '',
  },
  vaccinations: { vaccine: '', date: centreDay(), doseNumber: null, place: '' },
} satisfies { [L in HealthList]: Values[L][number] };

/** The first message among an entry's nested errors (the times of a medication). */
function firstError(error: unknown): FieldError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string') return error as FieldError;
  for (const value of Object.values(error)) {
    const found = firstError(value);
    if (found) return found;
  }
  return undefined;
}

/** A required choice from a fixed list (severity, route). */
function ChoiceField(props: {
  name: `allergies.${number}.severity` | `medications.${number}.route`;
  label: string;
  options: { value: string; label: string }[];
  error?: string;
}) {
  const { control } = useFormContext<Values>();
  return (
    <Controller
      control={control}
      name={props.name}
      render={({ field }) => (
        <Select
          label={props.label}
          withAsterisk
          allowDeselect={false}
          data={props.options}
          value={field.value ?? null}
          onChange={(value) => field.onChange(value ?? undefined)}
          onBlur={field.onBlur}
          ref={field.ref}
          error={props.error}
        />
      )}
    />
  );
}

export function EntryFields({ list, index }: { list: HealthList; index: number }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, control, formState } = useFormContext<Values>();
  const errors = (formState.errors[list]?.[index] ?? {}) as Record<string, unknown>;
  const err = (field: string) => fieldError(firstError(errors[field]));
  const today = centreDay();

  switch (list) {
    case 'conditions':
      return (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('health.condition.name')}
            withAsterisk
            data-autofocus
            error={err('name')}
            {...register(`conditions.${index}.name`)}
          />
          <TextInput
            label={t('health.condition.icd10')}
            description={t('health.condition.icd10Hint')}
            error={err('icd10')}
            {...register(`conditions.${index}.icd10`)}
          />
          <DayField
            control={control}
            name={`conditions.${index}.since`}
            label={t('health.condition.since')}
            maxDate={today}
            error={err('since')}
          />
          <Textarea
            label={t('health.notes')}
            autosize
            minRows={1}
            error={err('notes')}
            {...register(`conditions.${index}.notes`)}
          />
        </SimpleGrid>
      );
    case 'allergies':
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('health.allergy.substance')}
            withAsterisk
            data-autofocus
            error={err('substance')}
            {...register(`allergies.${index}.substance`)}
          />
          <ChoiceField
            name={`allergies.${index}.severity`}
            label={t('health.allergy.severity')}
            options={allergySeverities.map((s) => ({ value: s, label: t(`health.severity.${s}`) }))}
            error={err('severity')}
          />
          <TextInput
            label={t('health.allergy.reaction')}
            error={err('reaction')}
            {...register(`allergies.${index}.reaction`)}
          />
        </SimpleGrid>
      );
    case 'medications':
      return (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('health.medication.name')}
            withAsterisk
            data-autofocus
            error={err('name')}
            {...register(`medications.${index}.name`)}
          />
          <TextInput
            label={t('health.medication.dose')}
            placeholder={t('health.medication.dosePlaceholder')}
            error={err('dose')}
            {...register(`medications.${index}.dose`)}
          />
          <ChoiceField
            name={`medications.${index}.route`}
            label={t('health.medication.route')}
            options={medicationRoutes.map((r) => ({ value: r, label: t(`health.route.${r}`) }))}
            error={err('route')}
          />
          <Controller
            control={control}
            name={`medications.${index}.times`}
            render={({ field }) => (
              <TagsInput
                label={t('health.medication.times')}
                description={t('health.medication.timesHint')}
                placeholder="07:00"
                splitChars={[',', ' ', ';']}
                maxTags={8}
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={err('times')}
              />
            )}
          />
          <DayField
            control={control}
            name={`medications.${index}.start`}
            label={t('health.medication.start')}
            required
            error={err('start')}
          />
          <DayField
            control={control}
            name={`medications.${index}.end`}
            label={t('health.medication.end')}
            error={err('end')}
          />
          <TextInput
            label={t('health.medication.prescriber')}
            error={err('prescriber')}
            {...register(`medications.${index}.prescriber`)}
          />
          <Textarea
            label={t('health.notes')}
            autosize
            minRows={1}
            error={err('notes')}
            {...register(`medications.${index}.notes`)}
          />
        </SimpleGrid>
      );
    case 'vaccinations':
      return (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('health.vaccination.vaccine')}
            withAsterisk
            data-autofocus
            error={err('vaccine')}
            {...register(`vaccinations.${index}.vaccine`)}
          />
          <DayField
            control={control}
            name={`vaccinations.${index}.date`}
            label={t('health.vaccination.date')}
            required
            maxDate={today}
            error={err('date')}
          />
          <Controller
            control={control}
            name={`vaccinations.${index}.doseNumber`}
            render={({ field }) => (
              <NumberInput
                label={t('health.vaccination.doseNumber')}
                min={1}
                max={10}
                allowDecimal={false}
                allowNegative={false}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(value === '' ? null : Number(value))}
                onBlur={field.onBlur}
                ref={field.ref}
                error={err('doseNumber')}
              />
            )}
          />
          <TextInput
            label={t('health.vaccination.place')}
            error={err('place')}
            {...register(`vaccinations.${index}.place`)}
          />
        </SimpleGrid>
      );
  }
}
