// The care summary: one screen a carer opens on a tablet (and all the kitchen sees): room, diet,
// texture, allergies with severity, mobility, communication, risks, key contacts.
import { Badge, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { centreDay } from '@care/shared/dates';
import { ageOf } from '@care/shared/resident-rules';
import type { CareSummary } from '@care/shared/residents';
import { ResidentAvatar } from './resident-badges';

export function CareSummaryCard({ summary }: { summary: CareSummary }) {
  const { t } = useTranslation();
  const { care } = summary;
  const item = (label: string, value: React.ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  const list = (values: string[], prefix: string) =>
    values.length ? values.map((v) => t(`${prefix}.${v}`)).join(', ') : t('residents.notRecorded');
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="care-summary-title">
      <Group gap="md" mb="md" wrap="nowrap">
        <ResidentAvatar resident={summary} size={64} />
        <div>
          <Title order={2} size="h3" id="care-summary-title">
            {summary.fullName}
          </Title>
          <Text c="dimmed" size="sm">
            {summary.code} · {t('residents.ageShort', { age: ageOf(summary, centreDay()) })} ·{' '}
            {summary.unit} · {t('careSummary.room', { room: summary.room || '—' })}
          </Text>
        </div>
      </Group>
      <Stack gap="sm">
        {summary.allergies.length > 0 ? (
          <Paper p="sm" bg="red.0" role="note" aria-label={t('careSummary.allergies')}>
            <Group gap="xs" mb={4}>
              <IconAlertTriangle size={18} aria-hidden color="var(--mantine-color-red-8)" />
              <Text fw={700} c="red.9">
                {t('careSummary.allergies')}
              </Text>
            </Group>
            {summary.allergies.map((a) => (
              <Text key={a.substance} size="sm" c="red.9">
                <b>{a.substance}</b> (
                {t(`careSummary.severity.${a.severity}`, { defaultValue: a.severity })})
                {a.reaction ? ` — ${a.reaction}` : ''}
              </Text>
            ))}
          </Paper>
        ) : (
          <Text size="sm">{t('careSummary.noAllergies')}</Text>
        )}
        <DataList labelWidth={150}>
          {item(t('careSummary.diet'), list(care.diets, 'residents.diets'))}
          {item(t('careSummary.texture'), t(`residents.texture.${care.texture}`))}
          {item(t('careSummary.mobility'), t(`residents.mobility.${care.mobility}`))}
          {item(t('careSummary.communication'), t(`residents.communication.${care.communication}`))}
          {item(
            t('careSummary.risks'),
            care.risks.length ? (
              <Group gap={4}>
                {care.risks.map((r) => (
                  <Badge key={r} color="orange">
                    {t(`residents.risks.${r}`)}
                  </Badge>
                ))}
              </Group>
            ) : (
              t('careSummary.noRisks')
            ),
          )}
          {care.careNote ? item(t('careSummary.careNote'), care.careNote) : null}
          {item(
            t('careSummary.contacts'),
            care.keyContacts.length
              ? care.keyContacts.map((c) => (
                  <Text key={c.name + c.phone} size="sm">
                    {c.name} {c.relation ? `(${c.relation})` : ''}{' '}
                    {c.phone ? <a href={`tel:${c.phone}`}>{c.phone}</a> : null}
                  </Text>
                ))
              : t('residents.notRecorded'),
          )}
        </DataList>
      </Stack>
    </Paper>
  );
}
