// A plan's goals grouped by domain: what is aimed at, how (what, how often), by whom, by when.
import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { goalDomains, type GoalView } from '@care/shared/care-plans';
import { formatDay } from '@care/shared/dates';

export function GoalCard({ goal, index }: { goal: GoalView; index: number }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" className="print-section">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} style={{ whiteSpace: 'pre-wrap' }}>
            {t('carePlans.goalNumber', { n: index + 1 })}: {goal.description}
          </Text>
          <Badge color="gray">{t('carePlans.targetBy', { day: formatDay(goal.targetDate) })}</Badge>
        </Group>
        {goal.interventions.length ? (
          <List size="sm" spacing={2}>
            {goal.interventions.map((iv, i) => (
              <List.Item key={i}>
                {iv.what}{' '}
                <Text span c="dimmed" size="sm">
                  — {iv.frequency}
                </Text>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('carePlans.noInterventions')}
          </Text>
        )}
        <Text size="sm">
          <Text span fw={500} size="sm">
            {t('carePlans.responsible')}:{' '}
          </Text>
          {goal.responsible.length
            ? goal.responsible.map((s) => s.fullName).join(', ')
            : t('carePlans.nobodyYet')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Goals under a heading per domain, numbered across the plan as on paper. */
export function PlanGoals({
  goals,
  headingOrder = 3,
}: {
  goals: GoalView[];
  headingOrder?: 3 | 4;
}) {
  const { t } = useTranslation();
  const numbered = goals.map((goal, index) => ({ goal, index }));
  return (
    <Stack gap="md">
      {goalDomains.map((domain) => {
        const inDomain = numbered.filter((g) => g.goal.domain === domain);
        if (!inDomain.length) return null;
        return (
          <Stack key={domain} gap="xs">
            <Title order={headingOrder} size="h5">
              {t(`carePlans.goalDomain.${domain}`)}
            </Title>
            {inDomain.map(({ goal, index }) => (
              <GoalCard key={goal.id} goal={goal} index={index} />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
