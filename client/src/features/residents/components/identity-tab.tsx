// The record's first tab: who the person is, why they are in care and where they live, and the
// sensitive groups for the roles that may see them; each group edited in its own dialog.
import { useState, type ReactNode } from 'react';
import { Button, DataList, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { centreDay, formatDay } from '@care/shared/dates';
import { ageOf } from '@care/shared/resident-rules';
import type { ResidentView } from '@care/shared/residents';
import { useCan } from '../../../app/session';
import { RecordEditDialog, type EditGroup } from './record-edit-dialog';
import { CategoryBadge } from './resident-badges';

function Section({
  id,
  title,
  children,
  action,
}: {
  id: string;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} className="print-section">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

export function IdentityTab({ resident }: { resident: ResidentView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<EditGroup | null>(null);
  // A closed record is not edited (the server says episode_closed): re-admit first.
  const open = resident.status !== 'discharged';
  const canWrite = useCan('residents.write') && open;
  const canLegal = useCan('residents.legal') && open;
  const edit = (group: EditGroup) => (
    <Button
      variant="default"
      size="xs"
      className="no-print"
      leftSection={<IconPencil size={14} aria-hidden />}
      aria-label={t(`recordEdit.title.${group}`)}
      onClick={() => setEditing(group)}
    >
      {t('common.edit')}
    </Button>
  );
  const empty = (
    <Text span c="dimmed" fz="inherit">
      {t('residents.notRecorded')}
    </Text>
  );
  const or = (value: string | null | undefined): ReactNode => (value?.trim() ? value : empty);
  const place = (
    p: { province: string | null; commune: string; oldAddress: string } | undefined,
  ) =>
    p
      ? [p.commune, p.province].filter(Boolean).join(', ') +
        (p.oldAddress ? ` (${t('record.oldAddress')}: ${p.oldAddress})` : '')
      : '';
  const { identity, placement, legal, medical } = resident;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Section
        id="resident-identity"
        title={t('residents.sections.identity')}
        action={canWrite ? edit('identity') : null}
      >
        <DataList labelWidth={170}>
          <Field label={t('residents.fullName')}>{resident.fullName}</Field>
          {identity?.otherNames ? (
            <Field label={t('record.otherNames')}>{identity.otherNames}</Field>
          ) : null}
          <Field label={t('residents.gender.label')}>
            {t(`residents.gender.${resident.gender}`)}
          </Field>
          <Field label={t('residents.birthDate')}>
            {resident.birthDate
              ? formatDay(resident.birthDate)
              : t('record.birthYearOnly', { year: resident.birthYear })}{' '}
            ({t('residents.age', { count: ageOf(resident, centreDay()) })})
          </Field>
          <Field label={t('record.ethnicity')}>{or(identity?.ethnicity)}</Field>
          <Field label={t('record.religion')}>
            {identity ? t(`residents.religion.${identity.religion}`) : empty}
          </Field>
          <Field label={t('residents.hometown')}>{or(place(identity?.hometown))}</Field>
          <Field label={t('record.address')}>{or(place(identity?.address))}</Field>
          <Field label={t('record.insurance')}>{or(identity?.healthInsuranceNumber)}</Field>
          {legal ? <Field label={t('record.idNumber')}>{or(legal.idNumber)}</Field> : null}
        </DataList>
      </Section>
      <Section
        id="resident-placement"
        title={t('record.placement')}
        action={canWrite ? edit('placement') : null}
      >
        <DataList labelWidth={170}>
          <Field label={t('residents.categoryLabel')}>
            <Group gap={4}>
              {resident.categories.map((c) => (
                <CategoryBadge key={c} category={c} />
              ))}
            </Group>
          </Field>
          <Field label={t('record.decree20Group')}>{or(placement.decree20Group)}</Field>
          {placement.disabilityType ? (
            <Field label={t('record.disability')}>
              {t(`residents.disabilityType.${placement.disabilityType}`)}
              {placement.disabilityLevel
                ? ` · ${t(`residents.disabilityLevel.${placement.disabilityLevel}`)}`
                : ''}
            </Field>
          ) : null}
          <Field label={t('record.diagnoses')}>{or(placement.diagnoses.join('; '))}</Field>
          <Field label={t('record.unitRoom')}>
            {or([resident.unit, resident.room].filter(Boolean).join(' · '))}
          </Field>
          <Field label={t('record.keyWorker')}>{or(resident.keyWorker?.fullName)}</Field>
          {placement.inEducation ? (
            <Field label={t('record.education')}>{t('record.inEducation')}</Field>
          ) : null}
        </DataList>
      </Section>
      {legal ? (
        <Section
          id="resident-legal"
          title={t('record.legal')}
          action={canLegal ? edit('legal') : null}
        >
          <DataList labelWidth={170}>
            <Field label={t('record.legalPapers')}>
              <Text style={{ whiteSpace: 'pre-wrap' }} fz="inherit">
                {or(legal.legalPapers)}
              </Text>
            </Field>
            <Field label={t('record.abuseHistory')}>
              <Text style={{ whiteSpace: 'pre-wrap' }} fz="inherit">
                {or(legal.abuseHistory)}
              </Text>
            </Field>
          </DataList>
        </Section>
      ) : null}
      {medical ? (
        <Section id="resident-medical" title={t('record.medical')}>
          <DataList labelWidth={170}>
            <Field label={t('record.hivStatus')}>
              {t(`residents.hivStatus.${medical.hivStatus}`)}
            </Field>
          </DataList>
        </Section>
      ) : null}
      {editing ? (
        <RecordEditDialog resident={resident} group={editing} onClose={() => setEditing(null)} />
      ) : null}
    </SimpleGrid>
  );
}
