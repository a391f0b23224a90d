// The home screen: a greeting, today's date at the centre, and the residents in care by category.
import {
  Card,
  Group,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconAlertOctagon,
  IconBrain,
  IconMoodKid,
  IconOld,
  IconUsersGroup,
  IconWheelchair,
  type Icon,
} from '@tabler/icons-react';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, vi } from 'date-fns/locale';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { centreDay, centreTimeZone, formatDay } from '@care/shared/dates';
import { navigationFor } from '@care/shared/permissions';
import { residentCategories, type ResidentCategory } from '@care/shared/residents';
import type { Role } from '@care/shared/roles';
import { navIcons } from '../../../app/layout/nav-icons';
import { navigationPaths, paths } from '../../../app/paths';
import { useCan, useCurrentUser } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { useResidentCounts } from '../api/get-resident-counts';

const categoryIcons: Record<ResidentCategory, Icon> = {
  orphan: IconMoodKid,
  elderly: IconOld,
  disabled: IconWheelchair,
  mental_illness: IconBrain,
  emergency_protection: IconAlertOctagon,
};

/** The greeting for an hour of the centre's clock (a night shift at 01:00 is still evening). */
function greetingKey(hour: number): string {
  if (hour < 4) return 'dashboard.greetingEvening';
  if (hour < 11) return 'dashboard.greetingMorning';
  if (hour < 14) return 'dashboard.greetingNoon';
  if (hour < 18) return 'dashboard.greetingAfternoon';
  return 'dashboard.greetingEvening';
}

type CountCardProps = {
  label: string;
  count: number;
  share?: number;
  icon: Icon;
  to: string;
  strong?: boolean;
};

function CountCard({ label, count, share, icon: CardIcon, to, strong }: CountCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      component={Link}
      to={to}
      bg={strong ? 'blue.8' : undefined}
    >
      <Group wrap="nowrap" gap="md" align="center">
        <ThemeIcon variant={strong ? 'white' : 'light'} size={52} radius="md">
          <CardIcon size={30} aria-hidden />
        </ThemeIcon>
        <Stack gap={2} miw={0}>
          <Text size="sm" fw={600} c={strong ? 'white' : 'dimmed'}>
            {label}
          </Text>
          <Text fz={30} fw={700} lh={1.1} c={strong ? 'white' : undefined}>
            {count}
          </Text>
        </Stack>
      </Group>
      {share !== undefined ? (
        <Stack gap={4} mt="md">
          <Progress value={share} size="sm" aria-hidden />
          <Text size="xs" c="dimmed">
            {t('dashboard.share', { percent: Math.round(share) })}
          </Text>
        </Stack>
      ) : (
        <Text size="xs" c={strong ? 'blue.0' : 'dimmed'} mt="md">
          {t('dashboard.openList')}
        </Text>
      )}
    </Card>
  );
}

function ResidentCounts() {
  const { t } = useTranslation();
  const counts = useResidentCounts(true);
  const listHref = (category?: ResidentCategory) =>
    // The counts are of residents at the centre (temporarily away included): the register's default.
    `${paths.residents.href()}${category ? `?category=${category}` : ''}`;

  return (
    <section aria-labelledby="dashboard-residents">
      <Title order={2} size="h3" mb="md" id="dashboard-residents">
        {t('dashboard.residentsInCare')}
      </Title>
      {counts.isError ? (
        <QueryError error={counts.error} onRetry={() => void counts.refetch()} />
      ) : null}
      {counts.isPending ? (
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="lg">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} h={140} radius="md" />
          ))}
        </SimpleGrid>
      ) : null}
      {counts.data ? (
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="lg">
          <CountCard
            label={t('dashboard.total')}
            count={counts.data.total}
            icon={IconUsersGroup}
            to={listHref()}
            strong
          />
          {residentCategories.map((category) => (
            <CountCard
              key={category}
              label={t(`residents.categoryGroup.${category}`)}
              count={counts.data.byCategory[category]}
              share={
                counts.data.total ? (100 * counts.data.byCategory[category]) / counts.data.total : 0
              }
              icon={categoryIcons[category]}
              to={listHref(category)}
            />
          ))}
        </SimpleGrid>
      ) : null}
    </section>
  );
}

/** For roles without resident lists: what they can open from here. */
function Shortcuts({ role }: { role: Role }) {
  const { t } = useTranslation();
  const entries = [
    ...navigationFor(role)
      .filter((entry) => entry.id !== 'dashboard')
      .map((entry) => ({
        id: entry.id,
        path: navigationPaths[entry.id],
        label: t(entry.labelKey),
      })),
    { id: 'account' as const, path: paths.account.href(), label: t('nav.account') },
  ];
  return (
    <section aria-labelledby="dashboard-shortcuts">
      <Title order={2} size="h3" mb="xs" id="dashboard-shortcuts">
        {t('dashboard.quickLinks')}
      </Title>
      <Text c="dimmed" mb="md">
        {t(`dashboard.roleHint.${role}`)}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="lg">
        {entries.map((entry) => {
          const EntryIcon = navIcons[entry.id];
          return (
            <Card
              key={entry.id}
              withBorder
              padding="lg"
              radius="md"
              component={Link}
              to={entry.path}
            >
              <Group wrap="nowrap" gap="md" align="flex-start">
                <ThemeIcon variant="light" size={48} radius="md">
                  <EntryIcon size={28} aria-hidden />
                </ThemeIcon>
                <Stack gap={4}>
                  <Text fw={700} size="lg">
                    {entry.label}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t(`dashboard.shortcut.${entry.id}`)}
                  </Text>
                </Stack>
              </Group>
            </Card>
          );
        })}
      </SimpleGrid>
    </section>
  );
}

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const canListResidents = useCan('residents.list');
  const now = new TZDate(new Date(), centreTimeZone);
  const weekday = format(now, 'EEEE', { locale: i18n.language === 'en' ? enGB : vi });
  const today = formatDay(centreDay());

  return (
    <>
      <PageHeader
        title={t(greetingKey(now.getHours()), { name: user.fullName })}
        documentTitle={t('nav.dashboard')}
        description={t('dashboard.today', {
          weekday: weekday.charAt(0).toUpperCase() + weekday.slice(1),
          date: today,
        })}
      />
      {canListResidents ? <ResidentCounts /> : <Shortcuts role={user.role} />}
    </>
  );
}
