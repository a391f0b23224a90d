// The health profile as staff read it: allergies first, conditions, medications, vaccinations.
import { useState } from 'react';
import { Group, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { centreDay, formatDay } from '@care/shared/dates';
import {
  isCurrentMedication,
  type HealthList,
  type HealthProfileView,
} from '@care/shared/health-records';
import { HealthSection } from './health-section';
import { SeverityBadge } from './health-badges';
import { ProfileEditDialog } from './profile-edit-dialog';

type Props = { residentId: string; profile: HealthProfileView; canEdit: boolean };

function Empty({ text }: { text: string }) {
  return (
    <Text c="dimmed" size="sm">
      {text}
    </Text>
  );
}

export function ProfileSections({ residentId, profile, canEdit }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<HealthList | null>(null);
  const today = centreDay();
  const edit = (list: HealthList) =>
    canEdit
      ? {
          label: t('common.edit'),
          accessibleLabel: t('health.editList', { list: t(`health.lists.${list}`) }),
          onClick: () => setEditing(list),
        }
      : undefined;
  const medications = [...profile.medications].sort(
    (a, b) =>
      Number(isCurrentMedication(b, today)) - Number(isCurrentMedication(a, today)) ||
      b.start.localeCompare(a.start),
  );
  const vaccinations = [...profile.vaccinations].sort((a, b) => b.date.localeCompare(a.date));

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <HealthSection
          id="health-allergies"
          title={t('health.lists.allergies')}
          action={edit('allergies')}
        >
          {profile.allergies.length === 0 ? (
            <Empty text={t('health.empty.allergies')} />
          ) : (
            <List spacing="sm" listStyleType="none" aria-label={t('health.lists.allergies')}>
              {profile.allergies.map((a, i) => (
                <List.Item key={i}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={700}>{a.substance}</Text>
                    <SeverityBadge severity={a.severity} />
                  </Group>
                  {a.reaction ? (
                    <Text size="sm" c="dimmed">
                      {a.reaction}
                    </Text>
                  ) : null}
                </List.Item>
              ))}
            </List>
          )}
        </HealthSection>
        <HealthSection
          id="health-conditions"
          title={t('health.lists.conditions')}
          action={edit('conditions')}
        >
          {profile.conditions.length === 0 ? (
            <Empty text={t('health.empty.conditions')} />
          ) : (
            <List spacing="sm" listStyleType="none" aria-label={t('health.lists.conditions')}>
              {profile.conditions.map((c, i) => (
                <List.Item key={i}>
                  <Group gap="xs">
                    <Text fw={700}>{c.name}</Text>
                    {c.icd10 ? (
                      <Text span ff="monospace" size="sm" c="dimmed">
                        {c.icd10}
                      </Text>
                    ) : null}
                  </Group>
                  {c.since || c.notes ? (
                    <Text size="sm" c="dimmed">
                      {[c.since ? t('health.since', { day: formatDay(c.since) }) : '', c.notes]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  ) : null}
                </List.Item>
              ))}
            </List>
          )}
        </HealthSection>
      </SimpleGrid>
      <HealthSection
        id="health-medications"
        title={t('health.lists.medications')}
        action={edit('medications')}
      >
        {medications.length === 0 ? (
          <Empty text={t('health.empty.medications')} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" aria-labelledby="health-medications">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('health.medication.name')}</Table.Th>
                  <Table.Th>{t('health.medication.dose')}</Table.Th>
                  <Table.Th>{t('health.medication.times')}</Table.Th>
                  <Table.Th>{t('health.medication.period')}</Table.Th>
                  <Table.Th>{t('health.medication.prescriber')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {medications.map((m, i) => {
                  const current = isCurrentMedication(m, today);
                  return (
                    <Table.Tr key={i} c={current ? undefined : 'dimmed'}>
                      <Table.Td>
                        <Text fw={current ? 700 : 400} size="sm">
                          {m.name}
                        </Text>
                        {m.notes ? <Text size="xs">{m.notes}</Text> : null}
                      </Table.Td>
                      <Table.Td>
                        {[m.dose, t(`health.route.${m.route}`)].filter(Boolean).join(' · ')}
                      </Table.Td>
                      <Table.Td>{m.times.join(', ') || '—'}</Table.Td>
                      <Table.Td>
                        {formatDay(m.start)} –{' '}
                        {m.end ? formatDay(m.end) : t('health.medication.ongoing')}
                        {current ? null : ` (${t('health.medication.stopped')})`}
                      </Table.Td>
                      <Table.Td>{m.prescriber || '—'}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </HealthSection>
      <HealthSection
        id="health-vaccinations"
        title={t('health.lists.vaccinations')}
        action={edit('vaccinations')}
      >
        {vaccinations.length === 0 ? (
          <Empty text={t('health.empty.vaccinations')} />
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs" aria-labelledby="health-vaccinations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('health.vaccination.vaccine')}</Table.Th>
                  <Table.Th>{t('health.vaccination.doseNumber')}</Table.Th>
                  <Table.Th>{t('health.vaccination.date')}</Table.Th>
                  <Table.Th>{t('health.vaccination.place')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {vaccinations.map((v, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{v.vaccine}</Table.Td>
                    <Table.Td>{v.doseNumber ?? '—'}</Table.Td>
                    <Table.Td>{formatDay(v.date)}</Table.Td>
                    <Table.Td>{v.place || '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </HealthSection>
      {editing ? (
        <ProfileEditDialog
          residentId={residentId}
          profile={profile}
          list={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}
