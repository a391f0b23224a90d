// The planner's bulk changes: copy a week to another, apply a repeating pattern to one person.
// What could not be placed (an overlap, a deactivated account) is listed after the change.
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@care/shared/dates';
import { addDays, mondayOf, type RotaChangeView } from '@care/shared/rota';
import { errorMessage } from '../../../app/errors';
import { AppModal } from '../../../components/app-modal';
import { useChangeRota } from '../api/month';
import type { Row } from './rota-grid';
import type { Lookup } from './rota-text';

function Outcome({ result, lookup }: { result: RotaChangeView; lookup: Lookup }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} role="status">
      <Text>{t('rota.bulk.placed', { count: result.changed.length })}</Text>
      {result.skipped.map((s) => (
        <Text key={`${s.staffId}-${s.day}`} size="sm" c="orange.9">
          {t('rota.bulk.skipped', {
            name: lookup.names.get(s.staffId) ?? '—',
            day: formatDay(s.day),
            reason: t(`errors.${s.reason}`),
          })}
        </Text>
      ))}
    </Stack>
  );
}

export function CopyWeekDialog({
  month,
  week,
  lookup,
  onClose,
}: {
  month: string;
  week: string;
  lookup: Lookup;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeRota(month);
  const [from, setFrom] = useState(week);
  const [to, setTo] = useState(addDays(week, 7));
  const [unitId, setUnitId] = useState<string | null>(null);
  return (
    <AppModal onClose={onClose} title={t('rota.bulk.copyTitle')}>
      <Stack>
        <TextInput
          type="date"
          label={t('rota.bulk.fromWeek')}
          value={from}
          onChange={(e) => setFrom(mondayOf(e.currentTarget.value || week))}
          description={t('rota.bulk.monday')}
        />
        <TextInput
          type="date"
          label={t('rota.bulk.toWeek')}
          value={to}
          onChange={(e) => setTo(mondayOf(e.currentTarget.value || week))}
        />
        <Select
          label={t('rota.bulk.unit')}
          placeholder={t('rota.bulk.allUnits')}
          clearable
          data={[...lookup.units.values()].map((u) => ({ value: u.id, label: u.name }))}
          value={unitId}
          onChange={setUnitId}
        />
        {change.data ? <Outcome result={change.data} lookup={lookup} /> : null}
        {change.error ? (
          <Text c="red.9" role="alert">
            {errorMessage(t, change.error)}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button
            loading={change.isPending}
            onClick={() =>
              change.mutate({
                kind: 'copy',
                body: { fromWeek: from, toWeek: to, ...(unitId ? { unitId } : {}) },
              })
            }
          >
            {t('rota.bulk.copy')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

export function PatternDialog({
  month,
  staff,
  lookup,
  onClose,
}: {
  month: string;
  staff: Row[];
  lookup: Lookup;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeRota(month);
  const [staffId, setStaffId] = useState<string | null>(null);
  const [from, setFrom] = useState(`${month}-01`);
  const [to, setTo] = useState(addDays(`${month}-01`, 27));
  const [cycle, setCycle] = useState<(string | null)[]>([null, null, null, null, null, null, null]);
  const person = staff.find((s) => s.id === staffId);
  const options = [
    { value: '', label: t('rota.bulk.dayOff') },
    ...[...lookup.templates.values()]
      .filter((x) => x.active && (!person || person.unitIds.includes(x.unitId)))
      .map((x) => ({ value: x.id, label: `${x.code} · ${x.name}` })),
  ];
  return (
    <AppModal onClose={onClose} title={t('rota.bulk.patternTitle')} size="lg">
      <Stack>
        <Select
          label={t('rota.bulk.person')}
          searchable
          data={staff.map((s) => ({ value: s.id, label: s.fullName }))}
          value={staffId}
          onChange={setStaffId}
        />
        <Group grow>
          <TextInput
            type="date"
            label={t('rota.bulk.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('rota.bulk.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
        </Group>
        <Text fw={600} size="sm">
          {t('rota.bulk.cycle')}
        </Text>
        <Group gap="xs">
          {cycle.map((value, i) => (
            <Select
              key={i}
              w={150}
              label={t('rota.bulk.cycleDay', { n: i + 1 })}
              data={options}
              value={value ?? ''}
              allowDeselect={false}
              onChange={(v) => setCycle((c) => c.map((x, j) => (j === i ? v || null : x)))}
            />
          ))}
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            onClick={() => setCycle((c) => [...c, null])}
            disabled={cycle.length >= 28}
          >
            {t('rota.bulk.addDay')}
          </Button>
          <Button
            variant="default"
            size="xs"
            onClick={() => setCycle((c) => c.slice(0, -1))}
            disabled={cycle.length <= 1}
          >
            {t('rota.bulk.removeDay')}
          </Button>
        </Group>
        {change.data ? <Outcome result={change.data} lookup={lookup} /> : null}
        {change.error ? (
          <Text c="red.9" role="alert">
            {errorMessage(t, change.error)}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button
            disabled={!staffId || cycle.every((c) => c === null)}
            loading={change.isPending}
            onClick={() =>
              staffId && change.mutate({ kind: 'pattern', body: { staffId, from, to, cycle } })
            }
          >
            {t('rota.bulk.apply')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
