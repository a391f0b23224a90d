// The admission of one episode (a new resident, a re-admission, a correction): date, route,
// emergency review date, the decision (number, date, issuer), referral source and the file
// checklist with its missing items flagged.
import { Alert, Badge, Checkbox, Group, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useWatch, type FieldError, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { centreDay } from '@care/shared/dates';
import { admissionIssuerOn } from '@care/shared/places';
import {
  admissionChecklistItems,
  admissionRoutes,
  missingChecklistItems,
  type AdmissionInput,
} from '@care/shared/residents';
import { useFieldError } from '../../../app/i18n/form-errors';
import { SelectField, useOptions } from './form-controls';
import { dayOrNull, dayOrUndefined, formGrid } from './identity-fields';

/** Any form with an `admission` of the shared shape (admission, re-admission, correction). */
// The parsed output differs per form; the fields read only inputs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AdmissionForm = UseFormReturn<{ admission: AdmissionInput }, unknown, any>;

const issuers = [admissionIssuerOn('2025-03-01'), admissionIssuerOn('2025-02-28')];
/** The decision's issuer as prefilled for an admission on `day`. */
export const issuerFor = (day: string) => `${admissionIssuerOn(day || centreDay())} tỉnh `;

/** A blank admission on `today`, its issuer prefilled for the date. */
export function blankAdmission(today = centreDay()): AdmissionInput {
  return {
    date: today,
    route: undefined as unknown as AdmissionInput['route'],
    decision: { number: '', date: today, issuer: issuerFor(today) },
    referralSource: '',
    reviewDate: null,
    checklist: [],
  };
}

export function AdmissionFields({ form, autoFocus }: { form: AdmissionForm; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const options = useOptions();
  const { register, control } = form;
  const errors = form.formState.errors.admission;
  const err = (e: unknown) => fieldError(e as FieldError | undefined);
  const route = useWatch({ control, name: 'admission.route' });
  const checklist = useWatch({ control, name: 'admission.checklist' }) ?? [];
  const missing = missingChecklistItems({ checklist });

  const changeAdmissionDate = (day: string) => {
    // The issuer follows the date while it still reads as prefilled.
    const issuer = form.getValues('admission.decision.issuer');
    const prefix = issuers.find((i) => issuer.startsWith(i));
    if (prefix)
      form.setValue(
        'admission.decision.issuer',
        `${admissionIssuerOn(day || centreDay())}${issuer.slice(prefix.length)}`,
      );
  };

  return (
    <>
      <SimpleGrid {...formGrid}>
        <TextInput
          type="date"
          label={t('admission.field.date')}
          withAsterisk
          max={centreDay()}
          data-autofocus={autoFocus || undefined}
          error={err(errors?.date)}
          {...register('admission.date', {
            setValueAs: dayOrUndefined,
            onChange: (e: { target: { value: string } }) => changeAdmissionDate(e.target.value),
          })}
        />
        <SelectField
          control={control}
          name="admission.route"
          label={t('admission.field.route')}
          data={options(admissionRoutes, 'admissionRoute')}
          withAsterisk
          placeholder={t('admission.chooseRoute')}
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t('admission.field.reviewDate')}
          description={t('admission.hints.reviewDate')}
          withAsterisk={route === 'emergency_protection'}
          error={err(errors?.reviewDate)}
          {...register('admission.reviewDate', { setValueAs: dayOrNull })}
        />
        <TextInput
          label={t('admission.field.decisionNumber')}
          withAsterisk
          autoComplete="off"
          error={err(errors?.decision?.number)}
          {...register('admission.decision.number')}
        />
        <TextInput
          type="date"
          label={t('admission.field.decisionDate')}
          withAsterisk
          max={centreDay()}
          error={err(errors?.decision?.date)}
          {...register('admission.decision.date', { setValueAs: dayOrUndefined })}
        />
        <TextInput
          label={t('admission.field.issuer')}
          description={t('admission.hints.issuer')}
          withAsterisk
          error={err(errors?.decision?.issuer)}
          {...register('admission.decision.issuer')}
        />
        <TextInput
          label={t('admission.field.referralSource')}
          error={err(errors?.referralSource)}
          {...register('admission.referralSource')}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="admission.checklist"
        render={({ field, fieldState }) => (
          <Checkbox.Group
            label={t('admission.sections.checklist')}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldError(fieldState.error)}
          >
            <SimpleGrid {...formGrid} mt="xs" spacing="xs">
              {admissionChecklistItems.map((item) => (
                <Group key={item} gap={6} wrap="nowrap">
                  <Checkbox value={item} label={t(`residents.checklist.${item}`)} />
                  {missing.includes(item) ? (
                    <Badge color="orange" size="sm">
                      {t('admission.missingBadge')}
                    </Badge>
                  ) : null}
                </Group>
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
      />
      <Alert color={missing.length ? 'orange' : 'green'} variant="light" role="status">
        {missing.length
          ? t('admission.missing', {
              count: missing.length,
              items: missing.map((m) => t(`residents.checklist.${m}`)).join(', '),
            })
          : t('admission.complete')}
      </Alert>
    </>
  );
}
