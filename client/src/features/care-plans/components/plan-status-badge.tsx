// A version's state in words: draft, in force, superseded.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '@care/shared/care-plans';

const colors: Record<PlanStatus, string> = { draft: 'gray', approved: 'green', superseded: 'dark' };

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <Badge color={colors[status]}>{t(`carePlans.status.${status}`)}</Badge>;
}
