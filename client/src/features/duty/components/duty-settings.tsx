// The duty desk's settings (managers, a tab of the rota settings): how many minutes after the
// planned start a check-in counts as late, and which residents' unit each rota unit looks after
// (the duty desk and the handover count those residents). Saved at the version read.
import '../i18n/catalogues';
import { Autocomplete, Button, Group, NumberInput, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { dutySettingsFields, type DutySettingsView } from '@care/shared/duty';
import type { UnitView } from '@care/shared/rota';
import { versionSchema } from '@care/shared/versioning';
import { isApiError } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { QueryError } from '../../../components/query-error';
import { SaveProblem } from '../../../components/save-problem';
import { useResidentFacets } from '../../residents/api/get-residents';
import { useUnits } from '../../rota/api/setup';
import { useDutySettings, useSaveDutySettings } from '../api/duty';

// One row per rota unit; an empty resident unit means the unit looks after no residents.
const formSchema = z.strictObject({
  version: versionSchema,
  graceMinutes: dutySettingsFields.graceMinutes,
  links: z.array(z.strictObject({ unitId: z.string(), residentUnit: z.string().trim().max(60) })),
});
type FormValues = z.infer<typeof formSchema>;

export function DutySettings() {
  const settings = useDutySettings();
  const units = useUnits();
  const failed = settings.error ?? units.error;
  if (failed)
    return (
      <QueryError
        error={failed}
        onRetry={() => void Promise.all([settings.refetch(), units.refetch()])}
      />
    );
  if (!settings.data || !units.data) return null;
  // A new version read from the server starts the form again from it.
  return (
    <DutySettingsForm
      key={settings.data.version}
      saved={settings.data}
      units={units.data.data.filter((u) => u.active)}
      reload={() => void settings.refetch()}
    />
  );
}

type Props = { saved: DutySettingsView; units: UnitView[]; reload: () => void };

function DutySettingsForm({ saved, units, reload }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const facets = useResidentFacets();
  const save = useSaveDutySettings();
  const linked = new Map(saved.unitLinks.map((l) => [l.unitId, l.residentUnit]));
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema, zodMessages),
    defaultValues: {
      version: saved.version,
      graceMinutes: saved.graceMinutes,
      links: units.map((u) => ({ unitId: u.id, residentUnit: linked.get(u.id) ?? '' })),
    },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit((values) =>
    save.mutate(
      {
        version: values.version,
        graceMinutes: values.graceMinutes,
        unitLinks: values.links.filter((l) => l.residentUnit !== ''),
      },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('duty.settings.saved') }),
        onError: (error) => {
          if (setServerFieldErrors(error, form.setError, ['graceMinutes'])) save.reset();
        },
      },
    ),
  );
  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('duty.settings.intro')}
          </Text>
          <Controller
            control={form.control}
            name="graceMinutes"
            render={({ field }) => (
              <NumberInput
                label={t('duty.settings.graceMinutes')}
                description={t('duty.settings.graceHint')}
                suffix={` ${t('duty.settings.minutes')}`}
                min={0}
                max={120}
                // Out-of-range values get a message rather than a silent change.
                clampBehavior="none"
                maw={260}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v) || 0)}
                onBlur={field.onBlur}
                error={fieldError(errors.graceMinutes?.message)}
              />
            )}
          />
          <Table withTableBorder aria-label={t('duty.settings.linksTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('duty.settings.rotaUnit')}</Table.Th>
                <Table.Th>{t('duty.settings.residentUnit')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {units.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={2}>
                    <Text size="sm">{t('duty.settings.noUnits')}</Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {units.map((u, i) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    {u.name} ({u.code})
                  </Table.Td>
                  <Table.Td>
                    <Controller
                      control={form.control}
                      name={`links.${i}.residentUnit`}
                      render={({ field }) => (
                        <Autocomplete
                          aria-label={t('duty.settings.residentUnitOf', { unit: u.name })}
                          placeholder={t('duty.settings.noResidents')}
                          data={facets.data?.units ?? []}
                          value={field.value}
                          onChange={field.onChange}
                          onBlur={field.onBlur}
                          error={fieldError(errors.links?.[i]?.residentUnit?.message)}
                        />
                      )}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <SaveProblem
            stale={isApiError(save.error, 'stale_version')}
            error={save.error}
            onReload={() => {
              save.reset();
              reload();
            }}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
