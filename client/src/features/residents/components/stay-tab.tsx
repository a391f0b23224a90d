// The stay tab: every episode of care, newest first (admission, file checklist, absences,
// closure and handover), with the next step the resident's state allows: re-admission once
// discharged, and a correction of the open episode's admission (a closed one stays as it was).
import { useState } from 'react';
import { Badge, Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@care/shared/dates';
import { missingChecklistItems, type ResidentView } from '@care/shared/residents';
import { IconPencil } from '@tabler/icons-react';
import { useCan } from '../../../app/session';
import { AdmissionDialog } from './admission-dialog';
import { StayDialog, type StayStep } from './stay-dialog';

export function StayTab({ resident }: { resident: ResidentView }) {
  const { t } = useTranslation();
  const canAct = useCan('residents.admit');
  const [step, setStep] = useState<StayStep | null>(null);
  /** The episode whose admission is corrected, or 'new' for a re-admission. */
  const [admitting, setAdmitting] = useState<string | null>(null);
  const item = (label: string, value: React.ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  return (
    <Stack gap="md">
      {canAct ? (
        <Group className="no-print">
          {resident.status === 'in_care' ? (
            <>
              <Button variant="default" onClick={() => setStep('absences')}>
                {t('record.steps.absences')}
              </Button>
              <Button color="red" variant="light" onClick={() => setStep('closure')}>
                {t('record.steps.closure')}
              </Button>
            </>
          ) : null}
          {resident.status === 'discharged' ? (
            <Button onClick={() => setAdmitting('new')}>{t('stay.readmit')}</Button>
          ) : null}
          {resident.status === 'absent' ? (
            <Button onClick={() => setStep('absences/return')}>
              {t('record.steps.absences/return')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      {[...resident.episodes].reverse().map((episode, i) => {
        const missing = missingChecklistItems(episode.admission);
        return (
          <Paper key={episode.id} withBorder p="md" component="section">
            <Group justify="space-between" mb="sm">
              <Title order={3} size="h5">
                {t('record.episode', { n: resident.episodes.length - i })}
              </Title>
              <Group gap="xs">
                {canAct && !episode.closure ? (
                  <Button
                    variant="default"
                    size="xs"
                    className="no-print"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => setAdmitting(episode.id)}
                  >
                    {t('stay.correctTitle')}
                  </Button>
                ) : null}
                <Badge color={episode.closure ? 'gray' : 'teal'}>
                  {episode.closure ? t('record.closed') : t('record.open')}
                </Badge>
              </Group>
            </Group>
            <DataList labelWidth={190}>
              {item(t('record.admissionDate'), formatDay(episode.admission.date))}
              {item(t('record.route'), t(`residents.admissionRoute.${episode.admission.route}`))}
              {item(
                t('record.decision'),
                `${episode.admission.decision.number} · ${formatDay(episode.admission.decision.date)} · ${episode.admission.decision.issuer}`,
              )}
              {episode.admission.referralSource
                ? item(t('record.referral'), episode.admission.referralSource)
                : null}
              {episode.admission.reviewDate
                ? item(t('record.reviewDate'), formatDay(episode.admission.reviewDate))
                : null}
              {item(
                t('record.checklist'),
                missing.length === 0 ? (
                  <Badge color="teal">{t('record.checklistComplete')}</Badge>
                ) : (
                  <Group gap={4}>
                    {missing.map((m) => (
                      <Badge key={m} color="orange">
                        {t('record.missing', { item: t(`residents.checklist.${m}`) })}
                      </Badge>
                    ))}
                  </Group>
                ),
              )}
            </DataList>
            {episode.absences.length > 0 ? (
              <Stack gap={2} mt="sm">
                <Text fw={600} size="sm">
                  {t('record.absences')}
                </Text>
                {episode.absences.map((a) => (
                  <Text key={a.id} size="sm">
                    {t(`record.absenceKinds.${a.kind}`)}: {formatDay(a.from)} →{' '}
                    {a.returnedOn
                      ? formatDay(a.returnedOn)
                      : t('record.expected', { day: formatDay(a.expectedReturn) })}
                    {a.note ? ` — ${a.note}` : ''}
                  </Text>
                ))}
              </Stack>
            ) : null}
            {episode.closure ? (
              <Text size="sm" mt="sm">
                <b>{t('record.closedOn', { day: formatDay(episode.closure.date) })}</b> ·{' '}
                {t(`residents.closureReason.${episode.closure.reason}`)}
                {episode.closure.handover.receivedBy
                  ? ` · ${t('record.handoverTo')}: ${episode.closure.handover.receivedBy}`
                  : ''}
                {episode.closure.handover.items ? ` · ${episode.closure.handover.items}` : ''}
              </Text>
            ) : null}
          </Paper>
        );
      })}
      {step ? <StayDialog resident={resident} step={step} onClose={() => setStep(null)} /> : null}
      {admitting ? (
        <AdmissionDialog
          resident={resident}
          episodeId={admitting === 'new' ? undefined : admitting}
          onClose={() => setAdmitting(null)}
        />
      ) : null}
    </Stack>
  );
}
