// Category, status and warning flags of a resident as small coloured labels (text always carries
// the meaning), and the initials avatar shown until photos are served.
import { Avatar, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentCategory, ResidentSummary } from '@care/shared/residents';
import { formatDay } from '@care/shared/dates';

const categoryColors: Record<ResidentCategory, string> = {
  orphan: 'grape',
  elderly: 'teal',
  disabled: 'indigo',
  mental_illness: 'cyan',
  emergency_protection: 'red',
};

export function CategoryBadge({ category }: { category: ResidentCategory }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" color={categoryColors[category]}>
      {t(`residents.category.${category}`)}
    </Badge>
  );
}

const statusColors: Record<ResidentSummary['status'], string> = {
  in_care: 'green',
  absent: 'orange',
  discharged: 'gray',
};

export function StatusBadge({ status }: { status: ResidentSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" color={statusColors[status]}>
      {t(`residents.status.${status}`)}
    </Badge>
  );
}

type Flag = ResidentSummary['flags'][number];

/** "Sắp hết tuổi nuôi dưỡng · còn 12 ngày": an orange dot ahead of the date, solid red once passed. */
export function FlagBadge({ flag }: { flag: Flag }) {
  const { t } = useTranslation();
  const when =
    flag.daysLeft > 0
      ? t('register.daysLeft', { days: flag.daysLeft })
      : flag.daysLeft === 0
        ? t('register.dueToday')
        : t('register.daysPassed', { days: -flag.daysLeft });
  return (
    <Badge
      color={flag.daysLeft < 0 ? 'red' : 'orange'}
      variant={flag.daysLeft < 0 ? 'filled' : 'dot'}
      title={formatDay(flag.date)}
    >
      {t(`residents.flag.${flag.kind}`)} · {when}
    </Badge>
  );
}

/** Initials the Vietnamese way: family name and given name ("Nguyễn Văn An" → "NA"). */
export function initialsOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0]!.charAt(0);
  const last = words.length > 1 ? words[words.length - 1]!.charAt(0) : '';
  return (first + last).toUpperCase();
}

/** The resident's photo when one was uploaded, else their initials. */
export function ResidentAvatar({
  resident,
  size = 36,
}: {
  resident: { id: string; fullName: string; hasPhoto: boolean };
  size?: number;
}) {
  return (
    <Avatar
      radius="xl"
      size={size}
      color="blue"
      aria-hidden
      src={resident.hasPhoto ? `/api/residents/${encodeURIComponent(resident.id)}/photo` : null}
      imageProps={{ loading: 'lazy' }}
      alt=""
    >
      {initialsOf(resident.fullName)}
    </Avatar>
  );
}
