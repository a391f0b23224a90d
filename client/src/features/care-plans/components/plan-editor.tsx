// The draft editor: plan date, review frequency, the assessment it builds on, and its goals. The
// whole draft is saved at the version read; a 409 offers to reload what someone else saved.
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconPlus } from '@tabler/icons-react';
import { Controller, FormProvider, useFieldArray, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  carePlanUpdateSchema,
  reviewFrequencies,
  type CarePlanView,
} from '@care/shared/care-plans';
import { formatDay } from '@care/shared/dates';
import type { AssessmentView } from '@care/shared/needs-assessments';
import { ApiError } from '../../../app/api-client';
import { isApiError } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { SaveProblem } from '../../../components/save-problem';
import { useCarePlanStaff } from '../api/get-care-plan-staff';
import { useUpdateCarePlan } from '../api/update-care-plan';
import { DayInput } from './day-input';
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
      onError: (error) => {
        if (isApiError(error, 'stale_version')) markStale();
        else if (error instanceof ApiError)
          setServerFieldErrors(
            error,
            form.setError,
            Object.keys(error.fields) as Path<DraftValues>[],
          );
      },
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
          <SaveProblem
            stale={stale}
            error={
              update.isError && !isApiError(update.error, 'validation_failed') ? update.error : null
            }
            onReload={() => reload.mutate()}
            reloading={reload.isPending}
            staleTitle={t('carePlans.staleTitle')}
            staleBody={t('carePlans.staleBody')}
          />
          {isApiError(update.error, 'validation_failed') ? (
            <Alert color="red" variant="light" role="alert">
              {update.error.message}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
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
              error={fieldError(errors.reviewFrequency)}
              {...form.register('reviewFrequency')}
            />
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
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={stale}>
              {t('carePlans.editor.save')}
            </Button>
          </Group>
        </Stack>
      </FormProvider>
    </Paper>
  );
}
