// One version of a care plan as read: its dates, approval, review schedule, goals and reviews.
import { DataList, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarePlanView } from '@care/shared/care-plans';
import { formatDateTime, formatDay } from '@care/shared/dates';
import { PlanGoals } from './plan-goals';
import { PlanReviews } from './plan-reviews';
import { ReviewBadge } from './review-badge';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

export function PlanFacts({ plan }: { plan: CarePlanView }) {
  const { t } = useTranslation();
  return (
    <DataList labelWidth={190}>
      <Field label={t('carePlans.planDate')}>{formatDay(plan.planDate)}</Field>
      <Field label={t('carePlans.reviewFrequency.label')}>
        {t(`carePlans.reviewFrequency.${plan.reviewFrequency}`)}
      </Field>
      <Field label={t('carePlans.createdBy')}>{plan.createdBy.fullName}</Field>
      {plan.basedOn ? (
        <Field label={t('carePlans.basedOn')}>{t('carePlans.versionN', { n: plan.basedOn })}</Field>
      ) : null}
      {plan.approvedBy && plan.approvedAt ? (
        <Field label={t('carePlans.approvedBy')}>
          {plan.approvedBy.fullName} · {formatDateTime(plan.approvedAt)}
        </Field>
      ) : null}
      {plan.nextReviewOn ? (
        <Field label={t('carePlans.nextReview')}>
          <Group gap="xs" component="span">
            <Text span fw={600} fz="inherit">
              {formatDay(plan.nextReviewOn)}
            </Text>
            <ReviewBadge plan={plan} />
          </Group>
        </Field>
      ) : null}
      {plan.supersededAt ? (
        <Field label={t('carePlans.supersededAt')}>{formatDateTime(plan.supersededAt)}</Field>
      ) : null}
    </DataList>
  );
}

export function PlanView({ plan }: { plan: CarePlanView }) {
  return (
    <Stack gap="lg">
      <PlanFacts plan={plan} />
      <PlanGoals goals={plan.goals} />
      {plan.status !== 'draft' ? <PlanReviews plan={plan} /> : null}
    </Stack>
  );
}
