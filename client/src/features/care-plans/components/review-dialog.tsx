// Recording a review of the plan in force: the day, progress and a note per goal, an overall
// comment. The next review date then moves one interval on.
import { Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { startingProgress } from '@care/shared/care-plan-rules';
import {
  carePlanReviewSchema,
  goalProgressStatuses,
  type CarePlanReviewInput,
  type CarePlanView,
} from '@care/shared/care-plans';
import { centreDay, formatDay } from '@care/shared/dates';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { AppModal } from '../../../components/app-modal';
import { useFreshPlan } from './use-fresh-plan';
import { useRecordReview } from '../api/record-review';
import { DayField } from './day-input';
import { FormActions, PlanSaveProblem, saveErrorHandler } from './plan-save-problem';

function reviewValues(plan: CarePlanView): CarePlanReviewInput {
  return {
    version: plan.version,
    reviewedOn: centreDay(),
    progress: startingProgress(plan.goals, plan.reviews.at(-1)),
    comment: '',
  };
}

export function ReviewDialog({
  plan: initial,
  onClose,
}: {
  plan: CarePlanView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const record = useRecordReview(initial.residentId, initial.id);
  const form = useForm<CarePlanReviewInput, unknown, z.output<typeof carePlanReviewSchema>>({
    resolver: zodResolver(carePlanReviewSchema, zodMessages),
    defaultValues: reviewValues(initial),
  });
  const { errors } = form.formState;
  // What the user wrote is kept after a reload; only the version moves on.
  const { plan, stale, markStale, reload } = useFreshPlan(initial, (fresh) => {
    form.setValue('version', fresh.version);
    record.reset();
  });

  const submit = form.handleSubmit((values) =>
    record.mutate(values, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'green',
          message: t('carePlans.review.done', {
            day: saved.nextReviewOn ? formatDay(saved.nextReviewOn) : '',
          }),
        });
        onClose();
      },
      onError: saveErrorHandler(form.setError, markStale),
    }),
  );

  return (
    <AppModal title={t('carePlans.review.title', { n: plan.number })} onClose={onClose} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <PlanSaveProblem stale={stale} error={record.error} reload={reload} />
          <DayField
            control={form.control}
            name="reviewedOn"
            label={t('carePlans.review.reviewedOn')}
            required
            maxDate={centreDay()}
          />
          {fieldError(errors.progress?.message ?? errors.progress?.root) ? (
            <Text c="red.8" size="sm" role="alert">
              {fieldError(errors.progress?.message ?? errors.progress?.root)}
            </Text>
          ) : null}
          {plan.goals.map((goal, i) => (
            <Paper
              key={goal.id}
              withBorder
              p="sm"
              component="section"
              aria-label={t('carePlans.goalNumber', { n: i + 1 })}
            >
              <Text fw={600} size="sm" mb="xs">
                {t('carePlans.goalNumber', { n: i + 1 })}: {goal.description}
              </Text>
              <Group align="flex-start" grow>
                <NativeSelect
                  label={t('carePlans.review.progressOf', { n: i + 1 })}
                  data={goalProgressStatuses.map((s) => ({
                    value: s,
                    label: t(`carePlans.progress.${s}`),
                  }))}
                  error={fieldError(errors.progress?.[i]?.status ?? errors.progress?.[i]?.goalId)}
                  {...form.register(`progress.${i}.status`)}
                />
                <Textarea
                  label={t('carePlans.review.noteOf', { n: i + 1 })}
                  autosize
                  minRows={1}
                  error={fieldError(errors.progress?.[i]?.note)}
                  {...form.register(`progress.${i}.note`)}
                />
              </Group>
            </Paper>
          ))}
          <Textarea
            label={t('carePlans.review.comment')}
            autosize
            minRows={2}
            error={fieldError(errors.comment)}
            {...form.register('comment')}
          />
          <FormActions
            onCancel={onClose}
            saving={record.isPending}
            disabled={stale}
            label={t('carePlans.review.save')}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
