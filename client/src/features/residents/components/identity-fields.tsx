// The identity fields of a resident form (admission and the record's identity edit): names, sex,
// birth date or year only, ethnicity, religion, insurance card, hometown and address.
import { useState } from 'react';
import { NumberInput, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { Controller, type FieldError, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { centreDay } from '@care/shared/dates';
import { ethnicities, provinces, religions } from '@care/shared/places';
import { genders, type ResidentAdmitInput } from '@care/shared/residents';
import { useFieldError } from '../../../app/i18n/form-errors';
import { SelectField, useOptions } from './form-controls';

/** Every resident form holds (a part of) the admission's values. */
export type RecordValues = ResidentAdmitInput;
// The parsed output differs per form (admission, one field group); the fields read only inputs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RecordForm = UseFormReturn<RecordValues, unknown, any>;

export const formGrid = { cols: { base: 1, sm: 2, md: 3 }, spacing: 'md' } as const;
/** Empty date inputs are "not given": required dates then read "please enter". */
export const dayOrUndefined = (v: string) => v || undefined;
export const dayOrNull = (v: string) => v || null;

export function IdentityFields({
  form,
  idNumber = false,
}: {
  form: RecordForm;
  /** The personal ID number, for roles that may see legal papers. */
  idNumber?: boolean;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const options = useOptions();
  const { register, control } = form;
  const { errors } = form.formState;
  const err = (e: unknown) => fieldError(e as FieldError | undefined);
  const [yearOnly, setYearOnly] = useState(
    () => !form.getValues('birthDate') && form.getValues('birthYear') !== undefined,
  );
  return (
    <>
      <SimpleGrid {...formGrid}>
        <TextInput
          label={t('admission.field.fullName')}
          withAsterisk
          autoComplete="off"
          data-autofocus
          error={err(errors.fullName)}
          {...register('fullName')}
        />
        <TextInput
          label={t('admission.field.otherNames')}
          autoComplete="off"
          error={err(errors.otherNames)}
          {...register('otherNames')}
        />
        <SelectField
          control={control}
          name="gender"
          label={t('admission.field.gender')}
          data={genders.map((g) => ({ value: g, label: t(`residents.gender.${g}`) }))}
          withAsterisk
          placeholder={t('admission.choose')}
          allowDeselect={false}
        />
      </SimpleGrid>
      <SimpleGrid {...formGrid}>
        <Switch
          label={t('admission.field.birthYearOnly')}
          checked={yearOnly}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setYearOnly(on);
            if (on) form.setValue('birthDate', null);
            else form.setValue('birthYear', undefined);
          }}
          mt={{ sm: 'xl' }}
        />
        {yearOnly ? (
          <Controller
            control={control}
            name="birthYear"
            render={({ field }) => (
              <NumberInput
                label={t('admission.field.birthYear')}
                placeholder={t('admission.field.birthYearHint')}
                withAsterisk
                min={1900}
                max={Number(centreDay().slice(0, 4))}
                allowDecimal={false}
                allowNegative={false}
                hideControls
                value={field.value ?? ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
                onBlur={field.onBlur}
                ref={field.ref}
                error={err(errors.birthYear ?? errors.birthDate)}
              />
            )}
          />
        ) : (
          <TextInput
            type="date"
            label={t('admission.field.birthDate')}
            withAsterisk
            max={centreDay()}
            error={err(errors.birthDate)}
            {...register('birthDate', { setValueAs: dayOrNull })}
          />
        )}
      </SimpleGrid>
      <SimpleGrid {...formGrid}>
        <SelectField
          control={control}
          name="ethnicity"
          label={t('admission.field.ethnicity')}
          data={ethnicities}
          searchable
          allowDeselect={false}
          placeholder={t('admission.chooseEthnicity')}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <SelectField
          control={control}
          name="religion"
          label={t('admission.field.religion')}
          data={options(religions, 'religion')}
          allowDeselect={false}
        />
        <TextInput
          label={t('admission.field.healthInsuranceNumber')}
          description={t('admission.hints.healthInsuranceNumber')}
          autoComplete="off"
          error={err(errors.healthInsuranceNumber)}
          {...register('healthInsuranceNumber')}
        />
        {idNumber ? (
          <TextInput
            label={t('admission.field.idNumber')}
            description={t('admission.hints.idNumber')}
            inputMode="numeric"
            autoComplete="off"
            error={err(errors.idNumber)}
            {...register('idNumber')}
          />
        ) : null}
      </SimpleGrid>
      {(['hometown', 'address'] as const).map((place) => (
        <Stack key={place} gap="xs">
          <Text fw={600} size="sm">
            {t(`admission.field.${place}`)}
          </Text>
          <SimpleGrid {...formGrid}>
            <SelectField
              control={control}
              name={`${place}.province`}
              label={t('admission.field.province')}
              data={provinces}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              placeholder={t('admission.chooseProvince')}
              nothingFoundMessage={t('common.nothingFound')}
              aria-label={`${t(`admission.field.${place}`)}: ${t('admission.field.province')}`}
            />
            <TextInput
              label={t('admission.field.commune')}
              aria-label={`${t(`admission.field.${place}`)}: ${t('admission.field.commune')}`}
              error={err(errors[place]?.commune)}
              {...register(`${place}.commune`)}
            />
            <TextInput
              label={t('admission.field.oldAddress')}
              aria-label={`${t(`admission.field.${place}`)}: ${t('admission.field.oldAddress')}`}
              description={t('admission.hints.oldAddress')}
              error={err(errors[place]?.oldAddress)}
              {...register(`${place}.oldAddress`)}
            />
          </SimpleGrid>
        </Stack>
      ))}
    </>
  );
}
