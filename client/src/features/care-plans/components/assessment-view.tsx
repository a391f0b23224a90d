// One needs assessment as read: each domain's summary and needs, daily activities, risks.
import { Badge, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  assessmentDomains,
  dailyActivities,
  type AssessmentView as Assessment,
  type RiskLevel,
} from '@care/shared/needs-assessments';

const riskColors: Record<RiskLevel, string> = { low: 'gray', medium: 'yellow', high: 'red' };

export function AssessmentView({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const { domains } = assessment;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {assessmentDomains.map((domain) => (
        <Stack key={domain} gap={6}>
          <Title order={4} size="h6">
            {t(`carePlans.assessmentDomain.${domain}`)}
          </Title>
          {domains[domain].summary ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {domains[domain].summary}
            </Text>
          ) : null}
          {domain === 'self_care' ? (
            <Table verticalSpacing={2} aria-label={t('carePlans.assessments.activities')}>
              <Table.Tbody>
                {dailyActivities.map((a) => (
                  <Table.Tr key={a}>
                    <Table.Td>{t(`carePlans.activity.${a}`)}</Table.Td>
                    <Table.Td>
                      {t(`carePlans.supportLevel.${domains.self_care.activities[a]}`)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          {domain === 'risks' ? (
            domains.risks.items.length ? (
              <List size="sm" spacing={2}>
                {domains.risks.items.map((r) => (
                  <List.Item key={r.kind}>
                    {t(`carePlans.risk.${r.kind}`)}{' '}
                    <Badge size="sm" color={riskColors[r.level]}>
                      {t(`carePlans.riskLevel.${r.level}`)}
                    </Badge>
                    {r.note ? ` — ${r.note}` : ''}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                {t('carePlans.assessments.noRisks')}
              </Text>
            )
          ) : null}
          {domains[domain].needs.length ? (
            <>
              <Text size="sm" fw={500}>
                {t('carePlans.assessments.needs')}
              </Text>
              <List size="sm" spacing={2}>
                {domains[domain].needs.map((need, i) => (
                  <List.Item key={i}>{need}</List.Item>
                ))}
              </List>
            </>
          ) : null}
        </Stack>
      ))}
    </SimpleGrid>
  );
}
