// Whether the plan in force is due for review: on time, due within a week, or overdue.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { reviewStatus, type ReviewStatus } from '@care/shared/care-plan-rules';
import type { CarePlanView } from '@care/shared/care-plans';
import { centreDay } from '@care/shared/dates';

const colors: Record<ReviewStatus, string> = { ok: 'teal', due_soon: 'orange', overdue: 'red' };

export function ReviewBadge({ plan }: { plan: CarePlanView }) {
  const { t } = useTranslation();
  const status = reviewStatus(plan, centreDay());
  return <Badge color={colors[status]}>{t(`carePlans.reviewStatus.${status}`)}</Badge>;
}
