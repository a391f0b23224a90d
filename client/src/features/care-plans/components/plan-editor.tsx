// The draft editor: plan date, review frequency, the assessment it builds on, and its goals. The
// whole draft is saved at the version read; a 409 offers to reload what someone else saved.
import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconPlus } from '@tabler/icons-react';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { carePlanUpdateSchema, type CarePlanView } from '@care/shared/care-plans';
import type { AssessmentView } from '@care/shared/needs-assessments';
import { isApiError } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { useCarePlanStaff } from '../api/get-care-plan-staff';
import { useUpdateCarePlan } from '../api/update-care-plan';
import { PlanBasisFields } from './plan-basis-fields';
import { FormActions, PlanSaveProblem, saveErrorHandler } from './plan-save-problem';
import { GoalFields, type DraftValues } from './goal-fields';
import { useFreshPlan } from './use-fresh-plan';

function draftValues(plan: CarePlanView): DraftValues {
  return {
    version: plan.version,
    assessmentId: plan.assessmentId,
    planDate: plan.planDate,
    reviewFrequency: plan.reviewFrequency,
    goals: plan.goals.map((g) => ({
      id: g.id,
      domain: g.domain,
      description: g.description,
      interventions: g.interventions.map((i) => ({ ...i })),
      responsibleIds: g.responsible.map((s) => s.id),
      targetDate: g.targetDate,
    })),
  };
}

type Props = { plan: CarePlanView; assessments: AssessmentView[]; onClose: () => void };

export function PlanEditor({ plan: initial, assessments, onClose }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const staff = useCarePlanStaff();
  const update = useUpdateCarePlan(initial.residentId, initial.id);
  const form = useForm<DraftValues, unknown, z.output<typeof carePlanUpdateSchema>>({
    resolver: zodResolver(carePlanUpdateSchema, zodMessages),
    defaultValues: draftValues(initial),
  });
  const goals = useFieldArray({ control: form.control, name: 'goals' });
  const { errors } = form.formState;
  // After a reload the form shows the draft as it is now, at its new version.
  const { plan, stale, markStale, reload } = useFreshPlan(initial, (fresh) => {
    form.reset(draftValues(fresh));
    update.reset();
  });

  const submit = form.handleSubmit((values) =>
    update.mutate(values, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'green',
          message: t('carePlans.editor.saved', { n: saved.number }),
        });
        onClose();
      },
      onError: saveErrorHandler(form.setError, markStale),
    }),
  );

  const addGoal = () =>
    goals.append(
      {
        domain: 'health',
        description: '',
        interventions: [{ what: '', frequency: '' }],
        responsibleIds: [],
        targetDate: form.getValues('planDate'),
      },
      { focusName: `goals.${goals.fields.length}.description` },
    );

  return (
    <Paper
      withBorder
      p="lg"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="plan-editor-title"
    >
      <FormProvider {...form}>
        <Stack gap="md">
          <Title order={3} size="h4" id="plan-editor-title">
            {t('carePlans.editor.title', { n: plan.number })}
          </Title>
          <PlanSaveProblem stale={stale} error={update.error} reload={reload} />
          {isApiError(update.error, 'validation_failed') ? (
            <Alert color="red" variant="light" role="alert">
              {update.error.message}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <PlanBasisFields assessments={assessments} />
          </SimpleGrid>
          {fieldError(errors.goals?.message ?? errors.goals?.root) ? (
            <Text c="red.8" size="sm" role="alert">
              {fieldError(errors.goals?.message ?? errors.goals?.root)}
            </Text>
          ) : null}
          {goals.fields.map((goal, index) => (
            <GoalFields
              key={goal.id}
              index={index}
              staff={staff.data ?? []}
              onRemove={() => goals.remove(index)}
              canRemove={goals.fields.length > 1}
            />
          ))}
          <Button
            variant="default"
            style={{ alignSelf: 'flex-start' }}
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={addGoal}
          >
            {t('carePlans.editor.addGoal')}
          </Button>
          <FormActions
            onCancel={onClose}
            saving={update.isPending}
            disabled={stale}
            label={t('carePlans.editor.save')}
          />
        </Stack>
      </FormProvider>
    </Paper>
  );
}
