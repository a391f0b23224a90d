// The stay's steps as one dialog: start an absence, record the return, or close the episode
// with its Decree 20 reason and handover. Server field errors show on their fields.
import { useState } from 'react';
import { Alert, Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { centreDay } from '@care/shared/dates';
import { absenceKinds, closureReasons, type ResidentView } from '@care/shared/residents';
import { ApiError } from '../../../app/api-client';
import { isApiError } from '../../../app/errors';
import { AppModal } from '../../../components/app-modal';
import { SaveProblem } from '../../../components/save-problem';
import { useChangeResident } from '../api/change-resident';
import { useFreshResident } from './use-fresh-resident';

export type StayStep = 'absences' | 'absences/return' | 'closure';

export function StayDialog({
  resident: initial,
  step,
  onClose,
}: {
  resident: ResidentView;
  step: StayStep;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeResident(initial.id);
  const { resident, stale, markStale, reload } = useFreshResident(initial, () => change.reset());
  const today = centreDay();
  const [v, setV] = useState<Record<string, string>>({
    kind: 'home_visit',
    from: today,
    expectedReturn: today,
    date: today,
    reason: 'family_reintegration',
    note: '',
    receivedBy: '',
    address: '',
    items: '',
  });
  const set = (key: string) => (value: string | null) => setV({ ...v, [key]: value ?? '' });
  const fields: Record<string, string> =
    change.error instanceof ApiError ? change.error.fields : {};
  const bodies: Record<StayStep, object> = {
    absences: { kind: v.kind, from: v.from, expectedReturn: v.expectedReturn, note: v.note },
    'absences/return': { date: v.date },
    closure: {
      date: v.date,
      reason: v.reason,
      note: v.note,
      handover: { receivedBy: v.receivedBy, address: v.address, items: v.items },
    },
  };
  const save = () =>
    change.mutate(
      { step, body: { version: resident.version, ...bodies[step] } },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (isApiError(error, 'stale_version')) markStale();
        },
      },
    );
  const date = (key: string, label: string) => (
    <TextInput
      type="date"
      label={label}
      value={v[key]}
      max={key === 'expectedReturn' ? undefined : today}
      onChange={(e) => set(key)(e.currentTarget.value)}
      error={fields[key]}
    />
  );
  return (
    <AppModal onClose={onClose} title={t(`record.steps.${step}`)} size="lg">
      <Stack gap="md">
        {Object.keys(fields).length === 0 ? (
          <SaveProblem
            stale={stale}
            error={change.error}
            onReload={() => reload.mutate()}
            reloading={reload.isPending}
            staleTitle={t('recordEdit.staleTitle')}
            staleBody={t('recordEdit.staleBody')}
          />
        ) : null}
        {step === 'absences' ? (
          <>
            <Select
              label={t('record.absenceKind')}
              data={absenceKinds.map((k) => ({ value: k, label: t(`record.absenceKinds.${k}`) }))}
              value={v.kind}
              onChange={set('kind')}
              allowDeselect={false}
              data-autofocus
            />
            {date('from', t('record.from'))}
            {date('expectedReturn', t('record.expectedReturn'))}
          </>
        ) : (
          date('date', step === 'closure' ? t('record.closureDate') : t('record.returnedOn'))
        )}
        {step === 'closure' ? (
          <>
            <Select
              label={t('record.closureReason')}
              data={closureReasons.map((r) => ({
                value: r,
                label: t(`residents.closureReason.${r}`),
              }))}
              value={v.reason}
              onChange={set('reason')}
              allowDeselect={false}
            />
            <TextInput
              label={t('record.handoverTo')}
              value={v.receivedBy}
              onChange={(e) => set('receivedBy')(e.currentTarget.value)}
            />
            <TextInput
              label={t('record.handoverAddress')}
              value={v.address}
              onChange={(e) => set('address')(e.currentTarget.value)}
            />
            <Textarea
              label={t('record.handoverItems')}
              value={v.items}
              onChange={(e) => set('items')(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Alert color="orange">{t('record.closureWarning')}</Alert>
          </>
        ) : null}
        {step !== 'absences/return' ? (
          <Textarea
            label={t('record.note')}
            value={v.note}
            onChange={(e) => set('note')(e.currentTarget.value)}
            autosize
            error={fields.note}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={save}
            loading={change.isPending}
            disabled={stale}
            color={step === 'closure' ? 'red' : undefined}
          >
            {t(`record.confirm.${step}`)}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
