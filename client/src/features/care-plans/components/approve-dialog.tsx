// A manager confirms the approval of a draft: it comes into force, the previous version is
// superseded and the assessment it builds on becomes read-only. Incomplete goals are listed.
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { CarePlanView } from '@care/shared/care-plans';
import { formatDay } from '@care/shared/dates';
import { isApiError } from '../../../app/errors';
import { AppModal } from '../../../components/app-modal';
import { useApproveCarePlan } from '../api/approve-care-plan';
import { PlanSaveProblem } from './plan-save-problem';
import { useFreshPlan } from './use-fresh-plan';

/** "goals.2.interventions" → "Goal 3: …" so the manager knows which goal to complete. */
function problems(fields: Record<string, string>, goalLabel: (n: number) => string): string[] {
  return Object.entries(fields).map(([field, message]) => {
    const m = /^goals\.(\d+)\./.exec(field);
    return m ? `${goalLabel(Number(m[1]) + 1)}: ${message}` : message;
  });
}

export function ApproveDialog({
  plan: initial,
  onClose,
}: {
  plan: CarePlanView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const approve = useApproveCarePlan(initial.residentId, initial.id);
  const { plan, stale, markStale, reload } = useFreshPlan(initial, () => approve.reset());

  // Approval moves the draft out of the list that shows this dialog, which unmounts it before
  // mutate()'s own callbacks would run: the promise still settles.
  const confirm = () =>
    approve.mutateAsync({ version: plan.version }).then(
      (approved) => {
        notifications.show({
          color: 'green',
          message: t('carePlans.approve.done', {
            n: approved.number,
            day: approved.nextReviewOn ? formatDay(approved.nextReviewOn) : '',
          }),
        });
        onClose();
      },
      (error: unknown) => {
        if (isApiError(error, 'stale_version')) markStale();
      },
    );

  const incomplete = isApiError(approve.error, 'validation_failed') ? approve.error : null;
  return (
    <AppModal title={t('carePlans.approve.title', { n: plan.number })} onClose={onClose}>
      <Stack gap="md">
        {incomplete ? (
          <Alert color="red" variant="light" role="alert" title={t('carePlans.approve.incomplete')}>
            <List size="sm">
              {problems(incomplete.fields, (n) => t('carePlans.goalNumber', { n })).map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <PlanSaveProblem stale={stale} error={approve.error} reload={reload} />
        )}
        <Text>{t('carePlans.approve.confirm', { n: plan.number, goals: plan.goals.length })}</Text>
        <Text size="sm" c="dimmed">
          {t('carePlans.approve.consequences')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={confirm}
            loading={approve.isPending}
            disabled={stale || Boolean(incomplete)}
          >
            {t('carePlans.approve.action')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
