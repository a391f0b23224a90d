// Units and their shift templates: add a unit, add or change a shift (times, across midnight,
// break, kind: normal or 24-hour duty with its nghỉ bù and duty allowance), retire either.
import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  shiftKinds,
  templateInputSchema,
  type TemplateView,
  type UnitView,
} from '@care/shared/rota';
import { ApiError } from '../../../app/api-client';
import { isApiError } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { AppModal } from '../../../components/app-modal';
import { FormActions } from '../../../components/form-actions';
import { InlineForm } from '../../../components/inline-form';
import { SaveProblem } from '../../../components/save-problem';
import { SettingsTable } from '../../../components/settings-table';
import { useChangeSetup, useTemplates, useUnits } from '../api/setup';

type Values = z.input<typeof templateInputSchema>;

function TemplateForm({
  unit,
  template,
  onClose,
}: {
  unit: UnitView;
  template: TemplateView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const change = useChangeSetup();
  const form = useForm<Values, unknown, z.output<typeof templateInputSchema>>({
    resolver: zodResolver(templateInputSchema, zodMessages),
    defaultValues: template
      ? {
          unitId: unit.id,
          code: template.code,
          name: template.name,
          start: template.start,
          end: template.end,
          crossesMidnight: template.crossesMidnight,
          breakMinutes: template.breakMinutes,
          breakPaid: template.breakPaid,
          kind: template.kind,
          restAfterHours: template.restAfterHours,
          dutyAllowance: template.dutyAllowance,
          active: template.active,
        }
      : {
          unitId: unit.id,
          code: '',
          name: '',
          start: '06:00',
          end: '14:00',
          crossesMidnight: false,
          breakMinutes: 30,
          breakPaid: true,
          kind: 'normal',
          restAfterHours: 0,
          dutyAllowance: false,
          active: true,
        },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit((body) => {
    const { unitId, ...edit } = body;
    change.mutate(
      template
        ? {
            method: 'PATCH',
            path: `/rota/templates/${template.id}`,
            body: { ...edit, version: template.version },
          }
        : { method: 'POST', path: '/rota/templates', body: { ...body, unitId } },
      {
        onSuccess: onClose,
        onError: (e) =>
          setServerFieldErrors(e, form.setError, [
            'code',
            'name',
            'start',
            'end',
            'crossesMidnight',
            'breakMinutes',
            'kind',
          ]),
      },
    );
  });
  const check = (name: 'crossesMidnight' | 'breakPaid' | 'dutyAllowance' | 'active') => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Checkbox
          label={t(`rota.templates.${name}`)}
          checked={!!field.value}
          onChange={(e) => field.onChange(e.currentTarget.checked)}
          error={fieldError(errors[name])}
        />
      )}
    />
  );
  return (
    <AppModal
      onClose={onClose}
      title={template ? t('rota.templates.edit') : t('rota.templates.add', { unit: unit.name })}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('rota.templates.code')}
              withAsterisk
              error={fieldError(errors.code)}
              {...form.register('code')}
            />
            <TextInput
              label={t('rota.templates.name')}
              withAsterisk
              error={fieldError(errors.name)}
              {...form.register('name')}
            />
            <TextInput
              type="time"
              label={t('rota.templates.start')}
              error={fieldError(errors.start)}
              {...form.register('start')}
            />
            <TextInput
              type="time"
              label={t('rota.templates.end')}
              error={fieldError(errors.end)}
              {...form.register('end')}
            />
            <Controller
              control={form.control}
              name="breakMinutes"
              render={({ field }) => (
                <NumberInput
                  label={t('rota.templates.breakMinutes')}
                  min={0}
                  max={180}
                  value={field.value}
                  onChange={(v) => field.onChange(Number(v) || 0)}
                  error={fieldError(errors.breakMinutes)}
                />
              )}
            />
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Select
                  label={t('rota.templates.kind')}
                  data={shiftKinds.map((k) => ({ value: k, label: t(`rota.kinds.${k}`) }))}
                  value={field.value}
                  allowDeselect={false}
                  onChange={(v) => field.onChange(v)}
                />
              )}
            />
            <Controller
              control={form.control}
              name="restAfterHours"
              render={({ field }) => (
                <NumberInput
                  label={t('rota.templates.restAfterHours')}
                  description={t('rota.templates.restAfterHint')}
                  min={0}
                  max={72}
                  value={field.value}
                  onChange={(v) => field.onChange(Number(v) || 0)}
                  error={fieldError(errors.restAfterHours)}
                />
              )}
            />
          </SimpleGrid>
          <Group>
            {check('crossesMidnight')}
            {check('breakPaid')}
            {check('dutyAllowance')}
            {check('active')}
          </Group>
          <SaveProblem
            stale={isApiError(change.error, 'stale_version')}
            error={change.error && !Object.keys(errors).length ? change.error : null}
            onReload={onClose}
          />
          <FormActions onCancel={onClose} loading={change.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}

export function UnitsSettings() {
  const { t } = useTranslation();
  const units = useUnits();
  const templates = useTemplates();
  const change = useChangeSetup();
  const fieldError = useFieldError();
  const serverFields = change.error instanceof ApiError ? change.error.fields : {};
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [editing, setEditing] = useState<{ unit: UnitView; template: TemplateView | null } | null>(
    null,
  );
  return (
    <Stack>
      <Paper withBorder p="md">
        <InlineForm
          submitLabel={t('rota.units.add')}
          loading={change.isPending}
          onSubmit={() =>
            change.mutate(
              { method: 'POST', path: '/rota/units', body: { name, code } },
              {
                onSuccess: () => {
                  setName('');
                  setCode('');
                },
              },
            )
          }
        >
          <TextInput
            label={t('rota.units.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(serverFields.name)}
          />
          <TextInput
            label={t('rota.units.code')}
            w={120}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fieldError(serverFields.code)}
          />
        </InlineForm>
      </Paper>
      {units.data?.data.length === 0 ? <Text c="dimmed">{t('rota.units.empty')}</Text> : null}
      {units.data?.data.map((unit) => {
        const own = (templates.data?.data ?? [])
          .filter((x) => x.unitId === unit.id)
          .sort((a, b) => a.start.localeCompare(b.start));
        return (
          <Paper key={unit.id} withBorder p="md">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">
                {unit.name}{' '}
                <Text span c="dimmed">
                  ({unit.code})
                </Text>
              </Title>
              <Button
                size="xs"
                variant="default"
                onClick={() => setEditing({ unit, template: null })}
              >
                {t('rota.templates.addShort')}
              </Button>
            </Group>
            <SettingsTable
              label={t('rota.templates.label', { unit: unit.name })}
              minWidth={640}
              framed={false}
              rows={own}
              rowKey={(x) => x.id}
              rowProps={(x) => ({ opacity: x.active ? 1 : 0.6 })}
              empty={t('rota.templates.empty')}
              emptySize="sm"
              columns={[
                { head: t('rota.templates.code'), cell: (x) => x.code, props: { fw: 700 } },
                {
                  head: t('rota.templates.name'),
                  cell: (x) => (
                    <>
                      {x.name}
                      {x.active ? '' : ` (${t('rota.templates.retired')})`}
                    </>
                  ),
                },
                {
                  head: t('rota.templates.time'),
                  cell: (x) => (
                    <>
                      {x.start}–{x.end}
                      {x.crossesMidnight ? ` (${t('rota.templates.nextDay')})` : ''}
                    </>
                  ),
                },
                {
                  head: t('rota.templates.hours'),
                  cell: (x) => (
                    <>
                      {x.hours} h
                      {x.breakMinutes
                        ? ` · ${t('rota.templates.break', { minutes: x.breakMinutes })}`
                        : ''}
                    </>
                  ),
                },
                {
                  head: t('rota.templates.kind'),
                  cell: (x) => (
                    <>
                      {x.kind === 'duty_24h' ? (
                        <Badge variant="dot" color="grape.9">
                          {t('rota.kinds.duty_24h')}
                        </Badge>
                      ) : (
                        t('rota.kinds.normal')
                      )}
                      {x.restAfterHours
                        ? ` · ${t('rota.templates.restAfter', { hours: x.restAfterHours })}`
                        : ''}
                    </>
                  ),
                },
              ]}
              onEdit={(x) => setEditing({ unit, template: x })}
            />
          </Paper>
        );
      })}
      {editing ? (
        <TemplateForm
          unit={editing.unit}
          template={editing.template}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}
