// Two versions side by side: goals matched across versions, those added, removed or changed
// marked in words and colour (changed fields named), unchanged ones plain.
import { Badge, Box, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { compareVersions, type GoalComparison } from '@care/shared/care-plan-rules';
import type { CarePlanView, GoalView } from '@care/shared/care-plans';
import { formatDay } from '@care/shared/dates';
import { GoalCard } from './plan-goals';

const look: Record<GoalComparison<GoalView>['kind'], { color: string; bg: string }> = {
  added: { color: 'green', bg: 'var(--mantine-color-green-0)' },
  removed: { color: 'red', bg: 'var(--mantine-color-red-0)' },
  changed: { color: 'yellow', bg: 'var(--mantine-color-yellow-0)' },
  unchanged: { color: 'gray', bg: 'transparent' },
};

function Side({
  plan,
  goal,
  row,
}: {
  plan: CarePlanView;
  goal: GoalView | null;
  row: GoalComparison<GoalView>;
}) {
  const { t } = useTranslation();
  if (!goal)
    return (
      <Text size="sm" c="dimmed" p="md">
        {t(row.kind === 'added' ? 'carePlans.compare.notInOlder' : 'carePlans.compare.notInNewer')}
      </Text>
    );
  return <GoalCard goal={goal} index={plan.goals.findIndex((g) => g.id === goal.id)} />;
}

export function VersionCompare({ older, newer }: { older: CarePlanView; newer: CarePlanView }) {
  const { t } = useTranslation();
  const diff = compareVersions(older, newer);
  const changedCount = diff.goals.filter((g) => g.kind !== 'unchanged').length;
  const head = (plan: CarePlanView, changed: { planDate: boolean; reviewFrequency: boolean }) => (
    <Stack gap={2}>
      <Text fw={700}>
        {t('carePlans.versionN', { n: plan.number })} · {t(`carePlans.status.${plan.status}`)}
      </Text>
      <Text size="sm" fw={changed.planDate ? 700 : undefined}>
        {t('carePlans.planDate')}: {formatDay(plan.planDate)}
      </Text>
      <Text size="sm" fw={changed.reviewFrequency ? 700 : undefined}>
        {t('carePlans.reviewFrequency.label')}:{' '}
        {t(`carePlans.reviewFrequency.${plan.reviewFrequency}`)}
      </Text>
    </Stack>
  );
  return (
    <Stack
      gap="sm"
      aria-label={t('carePlans.compare.title', { a: older.number, b: newer.number })}
      role="region"
    >
      <Text size="sm" aria-live="polite">
        {t('carePlans.compare.summary', { count: changedCount })}
      </Text>
      <SimpleGrid cols={2} spacing="md">
        {head(older, diff)}
        {head(newer, diff)}
      </SimpleGrid>
      {diff.goals.map((row) => (
        <Paper
          key={(row.after ?? row.before)!.id}
          withBorder
          p="xs"
          bg={look[row.kind].bg}
          style={{ borderLeft: `4px solid var(--mantine-color-${look[row.kind].color}-6)` }}
          data-change={row.kind}
        >
          <Group gap="xs" mb="xs">
            <Badge color={look[row.kind].color}>{t(`carePlans.compare.kind.${row.kind}`)}</Badge>
            {row.changed.length ? (
              <Text size="sm">
                {t('carePlans.compare.fields', {
                  fields: row.changed.map((f) => t(`carePlans.compare.field.${f}`)).join(', '),
                })}
              </Text>
            ) : null}
          </Group>
          <SimpleGrid cols={2} spacing="md">
            <Box>
              <Side plan={older} goal={row.before} row={row} />
            </Box>
            <Box>
              <Side plan={newer} goal={row.after} row={row} />
            </Box>
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
