// Starting a plan from an assessment: its date and review frequency; the server then drafts one
// goal per domain with identified needs, which the draft editor opens on.
import { Button, Group, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  carePlanCreateSchema,
  type CarePlanCreateInput,
  type CarePlanView,
} from '@care/shared/care-plans';
import { centreDay } from '@care/shared/dates';
import type { AssessmentView } from '@care/shared/needs-assessments';
import { errorMessage } from '../../../app/errors';
import { zodMessages } from '../../../app/i18n/form-errors';
import { AppModal } from '../../../components/app-modal';
import { useCreateCarePlan } from '../api/create-care-plan';
import { PlanBasisFields } from './plan-basis-fields';

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
  const create = useCreateCarePlan(residentId);
  const form = useForm<CarePlanCreateInput, unknown, z.output<typeof carePlanCreateSchema>>({
    resolver: zodResolver(carePlanCreateSchema, zodMessages),
    defaultValues: { assessmentId, planDate: centreDay(), reviewFrequency: 'monthly' },
  });
  const submit = form.handleSubmit((values) => create.mutate(values, { onSuccess: onCreated }));

  return (
    <AppModal title={t('carePlans.newPlan.title')} onClose={onClose}>
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('carePlans.newPlan.hint')}</Text>
            {create.isError ? (
              <Text c="red.8" size="sm" role="alert">
                {errorMessage(t, create.error)}
              </Text>
            ) : null}
            <PlanBasisFields assessments={assessments} />
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
      </FormProvider>
    </AppModal>
  );
}
