// The basis of a plan version, in the new-plan dialog and the draft editor alike: the assessment
// it builds on, its date, and how often it is reviewed.
import { NativeSelect } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { reviewFrequencies, type ReviewFrequency } from '@care/shared/care-plans';
import { formatDay } from '@care/shared/dates';
import type { AssessmentView } from '@care/shared/needs-assessments';
import { useFieldError } from '../../../app/i18n/form-errors';
import { DayField } from './day-input';

type Basis = { assessmentId: string; planDate: string; reviewFrequency: ReviewFrequency };

export function PlanBasisFields({ assessments }: { assessments: AssessmentView[] }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { control, register, formState } = useFormContext<Basis>();
  const { errors } = formState;
  return (
    <>
      <NativeSelect
        label={t('carePlans.assessment')}
        withAsterisk
        data={assessments.map((a) => ({
          value: a.id,
          label: t('carePlans.assessments.of', { day: formatDay(a.assessedOn) }),
        }))}
        error={fieldError(errors.assessmentId)}
        {...register('assessmentId')}
      />
      <DayField control={control} name="planDate" label={t('carePlans.planDate')} required />
      <NativeSelect
        label={t('carePlans.reviewFrequency.label')}
        withAsterisk
        data={reviewFrequencies.map((f) => ({
          value: f,
          label: t(`carePlans.reviewFrequency.${f}`),
        }))}
        error={fieldError(errors.reviewFrequency)}
        {...register('reviewFrequency')}
      />
    </>
  );
}
