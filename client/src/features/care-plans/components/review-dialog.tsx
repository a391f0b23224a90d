// Recording a review of the plan in force: the day, progress and a note per goal, an overall
// comment. The next review date then moves one interval on.
import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type Path } from 'react-hook-form';
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
import { ApiError } from '../../../app/api-client';
import { isApiError } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { AppModal } from '../../../components/app-modal';
import { SaveProblem } from '../../../components/save-problem';
import { useFreshPlan } from './use-fresh-plan';
import { useRecordReview } from '../api/record-review';
import { DayInput } from './day-input';

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
      onError: (error) => {
        if (isApiError(error, 'stale_version')) markStale();
        else if (error instanceof ApiError)
          setServerFieldErrors(
            error,
            form.setError,
            Object.keys(error.fields) as Path<CarePlanReviewInput>[],
          );
      },
    }),
  );

  return (
    <AppModal title={t('carePlans.review.title', { n: plan.number })} onClose={onClose} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SaveProblem
            stale={stale}
            error={isApiError(record.error, 'validation_failed') ? null : record.error}
            onReload={() => reload.mutate()}
            reloading={reload.isPending}
            staleTitle={t('carePlans.staleTitle')}
            staleBody={t('carePlans.staleBody')}
          />
          <Controller
            control={form.control}
            name="reviewedOn"
            render={({ field }) => (
              <DayInput
                label={t('carePlans.review.reviewedOn')}
                required
                value={field.value}
                onChange={(day) => field.onChange(day ?? '')}
                onBlur={field.onBlur}
                maxDate={centreDay()}
                error={fieldError(errors.reviewedOn)}
              />
            )}
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
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} disabled={stale}>
              {t('carePlans.review.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
