// Coverage rules: for a unit's shift and a qualification, the minimum and preferred headcount,
// a sex the shift must include, and days that differ (holidays, events).
import { Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@care/shared/dates';
import { qualifications, staffSexes, type CoverageView } from '@care/shared/rota';
import { ApiError } from '../../../app/api-client';
import { errorMessage } from '../../../app/errors';
import { useFieldError } from '../../../app/i18n/form-errors';
import { AppModal } from '../../../components/app-modal';
import { FormActions } from '../../../components/form-actions';
import { SettingsTable } from '../../../components/settings-table';
import { useChangeSetup, useCoverage, useTemplates, useUnits } from '../api/setup';

type Draft = {
  unitId: string | null;
  templateId: string | null;
  qualification: string;
  min: number;
  preferred: number;
  requiredSex: string | null;
  exceptions: { day: string; min: number; preferred: number; note: string }[];
};

function CoverageForm({ rule, onClose }: { rule: CoverageView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const templates = useTemplates();
  const change = useChangeSetup();
  const fieldError = useFieldError();
  const [v, setV] = useState<Draft>(
    rule
      ? { ...rule }
      : {
          unitId: null,
          templateId: null,
          qualification: 'carer',
          min: 1,
          preferred: 1,
          requiredSex: null,
          exceptions: [],
        },
  );
  const fields = change.error instanceof ApiError ? change.error.fields : {};
  const set = (patch: Partial<Draft>) => setV((x) => ({ ...x, ...patch }));
  const setException = (i: number, patch: Partial<Draft['exceptions'][number]>) =>
    set({ exceptions: v.exceptions.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const save = () =>
    change.mutate(
      rule
        ? {
            method: 'PATCH',
            path: `/rota/coverage/${rule.id}`,
            body: {
              version: rule.version,
              min: v.min,
              preferred: v.preferred,
              requiredSex: v.requiredSex,
              exceptions: v.exceptions,
            },
          }
        : { method: 'POST', path: '/rota/coverage', body: v },
      { onSuccess: onClose },
    );
  return (
    <AppModal
      onClose={onClose}
      title={rule ? t('rota.coverage.edit') : t('rota.coverage.add')}
      size="lg"
    >
      <Stack>
        <Group grow>
          <Select
            label={t('rota.coverage.unit')}
            disabled={!!rule}
            data={(units.data?.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            value={v.unitId}
            onChange={(x) => set({ unitId: x, templateId: null })}
            error={fieldError(fields.unitId)}
          />
          <Select
            label={t('rota.coverage.shift')}
            disabled={!!rule}
            data={(templates.data?.data ?? [])
              .filter((x) => x.unitId === v.unitId)
              .map((x) => ({ value: x.id, label: `${x.code} · ${x.name}` }))}
            value={v.templateId}
            onChange={(x) => set({ templateId: x })}
            error={fieldError(fields.templateId)}
          />
        </Group>
        <Group grow>
          <Select
            label={t('rota.coverage.qualification')}
            disabled={!!rule}
            data={qualifications.map((q) => ({ value: q, label: t(`rota.qualifications.${q}`) }))}
            value={v.qualification}
            allowDeselect={false}
            onChange={(x) => x && set({ qualification: x })}
            error={fieldError(fields.qualification)}
          />
          <NumberInput
            label={t('rota.coverage.min')}
            min={0}
            max={50}
            value={v.min}
            onChange={(x) => set({ min: Number(x) || 0 })}
            error={fieldError(fields.min)}
          />
          <NumberInput
            label={t('rota.coverage.preferred')}
            min={0}
            max={50}
            value={v.preferred}
            onChange={(x) => set({ preferred: Number(x) || 0 })}
            error={fieldError(fields.preferred)}
          />
          <Select
            label={t('rota.coverage.requiredSex')}
            clearable
            placeholder={t('rota.coverage.anySex')}
            data={staffSexes.map((s) => ({ value: s, label: t(`rota.sexes.${s}`) }))}
            value={v.requiredSex}
            onChange={(x) => set({ requiredSex: x })}
          />
        </Group>
        <Text fw={600} size="sm">
          {t('rota.coverage.exceptions')}
        </Text>
        {v.exceptions.map((e, i) => (
          <Group key={i} align="flex-end">
            <TextInput
              type="date"
              label={t('rota.holidays.day')}
              value={e.day}
              onChange={(ev) => setException(i, { day: ev.currentTarget.value })}
            />
            <NumberInput
              w={90}
              label={t('rota.coverage.min')}
              min={0}
              value={e.min}
              onChange={(n) => setException(i, { min: Number(n) || 0 })}
            />
            <NumberInput
              w={90}
              label={t('rota.coverage.preferred')}
              min={0}
              value={e.preferred}
              onChange={(n) => setException(i, { preferred: Number(n) || 0 })}
            />
            <TextInput
              label={t('rota.coverage.note')}
              value={e.note}
              onChange={(ev) => setException(i, { note: ev.currentTarget.value })}
            />
            <Button
              variant="default"
              c="red.9"
              onClick={() => set({ exceptions: v.exceptions.filter((_, j) => j !== i) })}
            >
              {t('common.remove')}
            </Button>
          </Group>
        ))}
        {fields.exceptions ? (
          <Text c="red.9" size="sm">
            {fieldError(fields.exceptions)}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              set({
                exceptions: [
                  ...v.exceptions,
                  { day: '', min: v.min, preferred: v.preferred, note: '' },
                ],
              })
            }
          >
            {t('rota.coverage.addException')}
          </Button>
        </Group>
        {change.error && !Object.keys(fields).length ? (
          <Text c="red.9" role="alert">
            {errorMessage(t, change.error)}
          </Text>
        ) : null}
        <FormActions onCancel={onClose} onSubmit={save} loading={change.isPending} />
      </Stack>
    </AppModal>
  );
}

export function CoverageSettings() {
  const { t } = useTranslation();
  const rules = useCoverage();
  const units = useUnits();
  const templates = useTemplates();
  const change = useChangeSetup();
  const [editing, setEditing] = useState<CoverageView | 'new' | null>(null);
  const unitName = new Map((units.data?.data ?? []).map((u) => [u.id, u.name]));
  const template = new Map((templates.data?.data ?? []).map((x) => [x.id, x]));
  const rows = [...(rules.data?.data ?? [])].sort((a, b) =>
    `${unitName.get(a.unitId)}${template.get(a.templateId)?.start}`.localeCompare(
      `${unitName.get(b.unitId)}${template.get(b.templateId)?.start}`,
    ),
  );
  return (
    <Stack>
      <Group>
        <Button onClick={() => setEditing('new')}>{t('rota.coverage.add')}</Button>
      </Group>
      <SettingsTable
        label={t('rota.coverage.label')}
        minWidth={760}
        rows={rules.data ? rows : undefined}
        rowKey={(r) => r.id}
        empty={t('rota.coverage.empty')}
        columns={[
          { head: t('rota.coverage.unit'), cell: (r) => unitName.get(r.unitId) },
          {
            head: t('rota.coverage.shift'),
            cell: (r) => (
              <>
                {template.get(r.templateId)?.name} ({template.get(r.templateId)?.start}–
                {template.get(r.templateId)?.end})
              </>
            ),
          },
          {
            head: t('rota.coverage.qualification'),
            cell: (r) => t(`rota.qualifications.${r.qualification}`),
          },
          {
            head: t('rota.coverage.headcount'),
            cell: (r) => t('rota.coverage.minPreferred', { min: r.min, preferred: r.preferred }),
          },
          {
            head: t('rota.coverage.requiredSex'),
            cell: (r) => (r.requiredSex ? t(`rota.sexes.${r.requiredSex}`) : '—'),
          },
          {
            head: t('rota.coverage.exceptions'),
            cell: (r) =>
              r.exceptions.map((e) => `${formatDay(e.day)}: ${e.min}/${e.preferred}`).join('; ') ||
              '—',
          },
        ]}
        onEdit={setEditing}
        remove={{
          title: t('rota.coverage.removeTitle'),
          message: () => t('rota.coverage.removeBody'),
          onConfirm: (r, done) =>
            change.mutate(
              { method: 'DELETE', path: `/rota/coverage/${r.id}`, query: { version: r.version } },
              { onSettled: done },
            ),
        }}
      />
      {editing ? (
        <CoverageForm rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Stack>
  );
}
