// Rostering profiles: each duty staff member's qualifications, units, contract hours, sex,
// the weekdays they cannot work and the shifts they prefer or avoid.
import {
  Badge,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qualifications, staffSexes, type ProfileView } from '@care/shared/rota';
import { ApiError } from '../../../app/api-client';
import { errorMessage, isApiError } from '../../../app/errors';
import { useFieldError } from '../../../app/i18n/form-errors';
import { AppModal } from '../../../components/app-modal';
import { FormActions } from '../../../components/form-actions';
import { SaveProblem } from '../../../components/save-problem';
import { SettingsTable } from '../../../components/settings-table';
import { useTemplates, useUnits } from '../api/setup';
import { useProfiles, useSaveProfile } from '../api/staff';

function ProfileForm({ profile, onClose }: { profile: ProfileView; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const templates = useTemplates();
  const save = useSaveProfile();
  const fieldError = useFieldError();
  const [v, setV] = useState({ ...profile, sex: profile.sex ?? 'female' });
  const fields = save.error instanceof ApiError ? save.error.fields : {};
  const templateOptions = (templates.data?.data ?? [])
    .filter((x) => x.active && v.unitIds.includes(x.unitId))
    .map((x) => ({ value: x.id, label: `${x.code} · ${x.name}` }));
  const submit = () =>
    save.mutate(
      {
        staffId: profile.staffId,
        body: {
          version: profile.version,
          qualifications: v.qualifications,
          unitIds: v.unitIds,
          contractHoursPerWeek: v.contractHoursPerWeek,
          sex: v.sex,
          unavailableWeekdays: v.unavailableWeekdays,
          preferredTemplateIds: v.preferredTemplateIds.filter((id) =>
            templateOptions.some((o) => o.value === id),
          ),
          avoidedTemplateIds: v.avoidedTemplateIds.filter((id) =>
            templateOptions.some((o) => o.value === id),
          ),
          note: v.note,
        },
      },
      { onSuccess: onClose },
    );
  return (
    <AppModal
      onClose={onClose}
      title={t('rota.profiles.edit', { name: profile.fullName })}
      size="lg"
    >
      <Stack>
        <MultiSelect
          label={t('rota.profiles.qualifications')}
          data={qualifications.map((q) => ({ value: q, label: t(`rota.qualifications.${q}`) }))}
          value={v.qualifications}
          onChange={(x) => setV({ ...v, qualifications: x as ProfileView['qualifications'] })}
        />
        <MultiSelect
          label={t('rota.profiles.units')}
          description={t('rota.profiles.unitsHint')}
          data={(units.data?.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={v.unitIds}
          onChange={(x) => setV({ ...v, unitIds: x })}
          error={fieldError(Object.entries(fields).find(([k]) => k.startsWith('unitIds'))?.[1])}
        />
        <Group grow>
          <NumberInput
            label={t('rota.profiles.contract')}
            min={0}
            max={48}
            value={v.contractHoursPerWeek}
            onChange={(x) => setV({ ...v, contractHoursPerWeek: Number(x) || 0 })}
          />
          <Select
            label={t('rota.profiles.sex')}
            data={staffSexes.map((s) => ({ value: s, label: t(`rota.sexes.${s}`) }))}
            value={v.sex}
            allowDeselect={false}
            onChange={(x) => x && setV({ ...v, sex: x as 'male' | 'female' })}
          />
        </Group>
        <Checkbox.Group
          label={t('rota.profiles.unavailable')}
          value={v.unavailableWeekdays.map(String)}
          onChange={(x) => setV({ ...v, unavailableWeekdays: x.map(Number) })}
        >
          <Group mt={4}>
            {[1, 2, 3, 4, 5, 6, 7].map((d) => (
              <Checkbox key={d} value={String(d)} label={t(`rota.weekdays.${d}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group grow>
          <MultiSelect
            label={t('rota.profiles.preferred')}
            data={templateOptions}
            value={v.preferredTemplateIds}
            onChange={(x) => setV({ ...v, preferredTemplateIds: x })}
          />
          <MultiSelect
            label={t('rota.profiles.avoided')}
            data={templateOptions}
            value={v.avoidedTemplateIds}
            onChange={(x) => setV({ ...v, avoidedTemplateIds: x })}
          />
        </Group>
        <TextInput
          label={t('rota.profiles.note')}
          value={v.note}
          onChange={(e) => setV({ ...v, note: e.currentTarget.value })}
        />
        <SaveProblem
          stale={isApiError(save.error, 'stale_version')}
          error={save.error && !Object.keys(fields).length ? save.error : null}
          onReload={onClose}
        />
        {Object.keys(fields).length ? (
          <Text c="red.9" size="sm" role="alert">
            {errorMessage(t, save.error)}
          </Text>
        ) : null}
        <FormActions onCancel={onClose} onSubmit={submit} loading={save.isPending} />
      </Stack>
    </AppModal>
  );
}

export function StaffSettings() {
  const { t } = useTranslation();
  const profiles = useProfiles();
  const units = useUnits();
  const [editing, setEditing] = useState<ProfileView | null>(null);
  const unitName = new Map((units.data?.data ?? []).map((u) => [u.id, u.name]));
  return (
    <>
      <SettingsTable
        label={t('rota.profiles.label')}
        minWidth={820}
        striped
        rows={profiles.data?.data}
        rowKey={(p) => p.staffId}
        columns={[
          {
            head: t('rota.profiles.name'),
            cell: (p) => (
              <>
                {p.fullName}{' '}
                {!p.active ? (
                  <Badge variant="dot" color="gray.7">
                    {t('rota.grid.inactive')}
                  </Badge>
                ) : null}
                {!p.hasProfile ? (
                  <Badge variant="dot" color="orange.9" ml={4}>
                    {t('rota.profiles.none')}
                  </Badge>
                ) : null}
              </>
            ),
          },
          { head: t('rota.profiles.role'), cell: (p) => t(`roles.${p.role}`) },
          {
            head: t('rota.profiles.qualifications'),
            cell: (p) =>
              p.qualifications.map((q) => t(`rota.qualifications.${q}`)).join(', ') || '—',
          },
          {
            head: t('rota.profiles.units'),
            cell: (p) => p.unitIds.map((id) => unitName.get(id)).join(', ') || '—',
          },
          { head: t('rota.profiles.sex'), cell: (p) => (p.sex ? t(`rota.sexes.${p.sex}`) : '—') },
          {
            head: t('rota.profiles.contractShort'),
            cell: (p) => (p.hasProfile ? `${p.contractHoursPerWeek} h` : '—'),
          },
        ]}
        onEdit={setEditing}
      />
      {editing ? <ProfileForm profile={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
