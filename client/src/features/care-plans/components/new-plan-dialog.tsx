// Starting a plan from an assessment: its date and review frequency; the server then drafts one
// goal per domain with identified needs, which the draft editor opens on.
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  carePlanCreateSchema,
  reviewFrequencies,
  type CarePlanCreateInput,
  type CarePlanView,
} from '@care/shared/care-plans';
import { centreDay, formatDay } from '@care/shared/dates';
import type { AssessmentView } from '@care/shared/needs-assessments';
import { errorMessage } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { AppModal } from '../../../components/app-modal';
import { useCreateCarePlan } from '../api/create-care-plan';
import { DayInput } from './day-input';

type Props = {
  residentId: string;
  assessments: AssessmentView[];
  assessmentId: string;
  onCreated: (plan: CarePlanView) => void;
  onClose: () => void;
};

export function NewPlanDialog({
  residentId,
  assessments,
  assessmentId,
  onCreated,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const create = useCreateCarePlan(residentId);
  const form = useForm<CarePlanCreateInput, unknown, z.output<typeof carePlanCreateSchema>>({
    resolver: zodResolver(carePlanCreateSchema, zodMessages),
    defaultValues: { assessmentId, planDate: centreDay(), reviewFrequency: 'monthly' },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit((values) => create.mutate(values, { onSuccess: onCreated }));

  return (
    <AppModal title={t('carePlans.newPlan.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('carePlans.newPlan.hint')}</Text>
          {create.isError ? (
            <Text c="red.8" size="sm" role="alert">
              {errorMessage(t, create.error)}
            </Text>
          ) : null}
          <NativeSelect
            label={t('carePlans.assessment')}
            withAsterisk
            data={assessments.map((a) => ({
              value: a.id,
              label: t('carePlans.assessments.of', { day: formatDay(a.assessedOn) }),
            }))}
            error={fieldError(errors.assessmentId)}
            {...form.register('assessmentId')}
          />
          <Controller
            control={form.control}
            name="planDate"
            render={({ field }) => (
              <DayInput
                label={t('carePlans.planDate')}
                required
                value={field.value}
                onChange={(day) => field.onChange(day ?? '')}
                onBlur={field.onBlur}
                error={fieldError(errors.planDate)}
              />
            )}
          />
          <NativeSelect
            label={t('carePlans.reviewFrequency.label')}
            withAsterisk
            data={reviewFrequencies.map((f) => ({
              value: f,
              label: t(`carePlans.reviewFrequency.${f}`),
            }))}
            {...form.register('reviewFrequency')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-autofocus>
              {t('carePlans.newPlan.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
