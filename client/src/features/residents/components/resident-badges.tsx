// Category and status of a resident as small coloured labels (text always carries the meaning).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentCategory, ResidentSummary } from '@care/shared/residents';

const categoryColors: Record<ResidentCategory, string> = {
  orphan: 'grape',
  elderly: 'teal',
  disabled: 'indigo',
  mental_illness: 'cyan',
  emergency_protection: 'red',
};

export function CategoryBadge({ category }: { category: ResidentCategory }) {
  const { t } = useTranslation();
  return <Badge color={categoryColors[category]}>{t(`residents.category.${category}`)}</Badge>;
}

export function StatusBadge({ status }: { status: ResidentSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'in_care' ? 'green' : 'gray'}>{t(`residents.status.${status}`)}</Badge>
  );
}
