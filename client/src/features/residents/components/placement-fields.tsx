// Why the person is in care and where they live (admission and the record's placement edit):
// categories, the Decree 20 group, disability, diagnoses, unit, room and key worker; and the
// sensitive legal papers for the roles that may see them.
import { Checkbox, SimpleGrid, TagsInput, TextInput, Textarea } from '@mantine/core';
import { Controller, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { disabilityLevels, disabilityTypes, residentCategories } from '@care/shared/residents';
import { useFieldError } from '../../../app/i18n/form-errors';
import { useSocialWorkers } from '../api/admit-resident';
import { MultiSelectField, SelectField, useOptions } from './form-controls';
import { formGrid, type RecordForm } from './identity-fields';

export function PlacementFields({ form }: { form: RecordForm }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const options = useOptions();
  const workers = useSocialWorkers();
  const { register, control } = form;
  const { errors } = form.formState;
  const err = (e: unknown) => fieldError(e as FieldError | undefined);
  const categories = useWatch({ control, name: 'categories' });
  const clearable = { clearable: true, clearButtonProps: { 'aria-label': t('common.clear') } };
  return (
    <>
      <SimpleGrid {...formGrid}>
        <MultiSelectField
          control={control}
          name="categories"
          label={t('admission.field.categories')}
          data={options(residentCategories, 'category')}
          withAsterisk
          placeholder={categories?.length ? undefined : t('admission.choose')}
          data-autofocus
        />
        <TextInput
          label={t('admission.field.decree20Group')}
          placeholder={t('admission.hints.decree20Group')}
          error={err(errors.decree20Group)}
          {...register('decree20Group')}
        />
        <Controller
          control={control}
          name="diagnoses"
          render={({ field, fieldState }) => (
            <TagsInput
              label={t('admission.field.diagnoses')}
              description={t('admission.hints.diagnoses')}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldError(fieldState.error)}
              {...clearable}
            />
          )}
        />
      </SimpleGrid>
      {categories?.includes('disabled') ? (
        <SimpleGrid {...formGrid}>
          <SelectField
            control={control}
            name="disabilityType"
            label={t('admission.field.disabilityType')}
            data={options(disabilityTypes, 'disabilityType')}
            {...clearable}
          />
          <SelectField
            control={control}
            name="disabilityLevel"
            label={t('admission.field.disabilityLevel')}
            data={options(disabilityLevels, 'disabilityLevel')}
            {...clearable}
          />
        </SimpleGrid>
      ) : null}
      <SimpleGrid {...formGrid}>
        <TextInput
          label={t('admission.field.unit')}
          error={err(errors.unit)}
          {...register('unit')}
        />
        <TextInput
          label={t('admission.field.room')}
          error={err(errors.room)}
          {...register('room')}
        />
        <SelectField
          control={control}
          name="keyWorkerId"
          label={t('admission.field.keyWorkerId')}
          data={(workers.data ?? []).map((w) => ({ value: w.id, label: w.fullName }))}
          searchable
          placeholder={t('admission.chooseKeyWorker')}
          nothingFoundMessage={t('common.nothingFound')}
          {...clearable}
        />
      </SimpleGrid>
      <Checkbox label={t('admission.field.inEducation')} {...register('inEducation')} />
    </>
  );
}

/** Legal papers and history; the ID number itself sits with the identity fields. */
export function LegalFields({ form }: { form: RecordForm }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register } = form;
  const { errors } = form.formState;
  const err = (e: unknown) => fieldError(e as FieldError | undefined);
  return (
    <>
      <Textarea
        label={t('admission.field.legalPapers')}
        autosize
        minRows={2}
        data-autofocus
        error={err(errors.legalPapers)}
        {...register('legalPapers')}
      />
      <Textarea
        label={t('admission.field.abuseHistory')}
        autosize
        minRows={2}
        error={err(errors.abuseHistory)}
        {...register('abuseHistory')}
      />
    </>
  );
}
