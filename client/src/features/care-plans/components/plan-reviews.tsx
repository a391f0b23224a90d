// The reviews held on a plan, newest first: progress per goal and the overall comment.
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CarePlanView, GoalProgressStatus } from '@care/shared/care-plans';
import { formatDay } from '@care/shared/dates';

export const progressColors: Record<GoalProgressStatus, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  achieved: 'green',
  discontinued: 'dark',
};

export function PlanReviews({ plan }: { plan: CarePlanView }) {
  const { t } = useTranslation();
  const goalNumber = (goalId: string) => plan.goals.findIndex((g) => g.id === goalId) + 1;
  const reviews = [...plan.reviews].reverse();
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('carePlans.reviews.title')}
      </Title>
      {reviews.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('carePlans.reviews.none')}
        </Text>
      ) : null}
      {reviews.map((review) => (
        <Paper key={review.id} withBorder p="md" className="print-section">
          <Group justify="space-between" mb="xs">
            <Text fw={600}>
              {t('carePlans.reviews.heldOn', { day: formatDay(review.reviewedOn) })}
            </Text>
            <Text size="sm" c="dimmed">
              {review.reviewer.fullName}
            </Text>
          </Group>
          <Table
            verticalSpacing={4}
            aria-label={t('carePlans.reviews.progressOf', { day: formatDay(review.reviewedOn) })}
          >
            <Table.Tbody>
              {review.progress.map((p) => (
                <Table.Tr key={p.goalId}>
                  <Table.Td w={110}>
                    {t('carePlans.goalNumber', { n: goalNumber(p.goalId) })}
                  </Table.Td>
                  <Table.Td w={150}>
                    <Badge color={progressColors[p.status]}>
                      {t(`carePlans.progress.${p.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{p.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {review.comment ? (
            <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {review.comment}
            </Text>
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}
