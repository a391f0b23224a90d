// Reporting an incident: what, how serious, when and where, what was done at once, who was told,
// and the follow-up tasks. Checked with the shared schema; server field errors land on fields.
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { centreDay } from '@care/shared/dates';
import {
  incidentCreateSchema,
  incidentSeverities,
  incidentTypes,
  notifiedParties,
} from '@care/shared/incidents';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { useCurrentUser } from '../../../app/session';
import { AppModal } from '../../../components/app-modal';
import { useChangeIncident } from '../api/incidents';

type Values = z.input<typeof incidentCreateSchema>;

/** `datetime-local` input ↔ ISO with the centre's offset (UTC+7 all year). */
const toIso = (local: string) => (local ? `${local}:00+07:00` : '');
const nowLocal = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 16);

export function IncidentForm({
  residentId,
  owners,
  onClose,
}: {
  residentId: string;
  owners: { id: string; fullName: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const fieldError = useFieldError();
  const change = useChangeIncident(residentId);
  const form = useForm<Values, unknown, z.output<typeof incidentCreateSchema>>({
    resolver: zodResolver(incidentCreateSchema, zodMessages),
    defaultValues: {
      type: 'fall',
      severity: 'minor',
      occurredAt: toIso(nowLocal()),
      place: '',
      description: '',
      peopleInvolved: '',
      immediateAction: '',
      notifications: [],
      followUps: [],
    },
  });
  const notifications = useFieldArray({ control: form.control, name: 'notifications' });
  const followUps = useFieldArray({ control: form.control, name: 'followUps' });
  const { errors } = form.formState;
  const ownerOptions = [me, ...owners.filter((o) => o.id !== me.id)].map((o) => ({
    value: o.id,
    label: o.fullName,
  }));
  const select = (name: 'type' | 'severity', values: readonly string[], prefix: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={t(`incidents.${name}`)}
          data={values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }))}
          value={field.value}
          onChange={(v) => field.onChange(v)}
          allowDeselect={false}
          error={fieldError(errors[name])}
        />
      )}
    />
  );
  const submit = form.handleSubmit((body) =>
    change.mutate(
      { kind: 'report', body },
      {
        onSuccess: onClose,
        onError: (error) =>
          setServerFieldErrors(error, form.setError, [
            'occurredAt',
            'notifications',
            'type',
            'place',
          ]),
      },
    ),
  );
  return (
    <AppModal onClose={onClose} title={t('incidents.report')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {select('type', incidentTypes, 'incidents.types')}
            {select('severity', incidentSeverities, 'incidents.severities')}
            <Controller
              control={form.control}
              name="occurredAt"
              render={({ field }) => (
                <TextInput
                  type="datetime-local"
                  label={t('incidents.occurredAt')}
                  value={field.value.slice(0, 16)}
                  max={`${centreDay()}T23:59`}
                  onChange={(e) => field.onChange(toIso(e.currentTarget.value))}
                  error={fieldError(errors.occurredAt)}
                />
              )}
            />
          </SimpleGrid>
          <TextInput
            label={t('incidents.place')}
            withAsterisk
            error={fieldError(errors.place)}
            {...form.register('place')}
          />
          <Textarea
            label={t('incidents.description')}
            withAsterisk
            autosize
            minRows={2}
            error={fieldError(errors.description)}
            {...form.register('description')}
          />
          <TextInput
            label={t('incidents.peopleInvolved')}
            error={fieldError(errors.peopleInvolved)}
            {...form.register('peopleInvolved')}
          />
          <Textarea
            label={t('incidents.immediateAction')}
            withAsterisk
            autosize
            minRows={2}
            error={fieldError(errors.immediateAction)}
            {...form.register('immediateAction')}
          />

          <Text fw={600}>{t('incidents.notified')}</Text>
          {notifications.fields.map((f, i) => (
            <Group key={f.id} align="flex-end" wrap="wrap">
              <Controller
                control={form.control}
                name={`notifications.${i}.party`}
                render={({ field }) => (
                  <Select
                    label={t('incidents.party')}
                    data={notifiedParties.map((p) => ({
                      value: p,
                      label: t(`incidents.parties.${p}`),
                    }))}
                    value={field.value}
                    onChange={(v) => field.onChange(v)}
                    allowDeselect={false}
                  />
                )}
              />
              <TextInput
                label={t('incidents.whom')}
                {...form.register(`notifications.${i}.name`)}
              />
              <Controller
                control={form.control}
                name={`notifications.${i}.at`}
                render={({ field }) => (
                  <TextInput
                    type="datetime-local"
                    label={t('incidents.when')}
                    value={(field.value ?? '').slice(0, 16)}
                    onChange={(e) => field.onChange(toIso(e.currentTarget.value))}
                    error={fieldError(errors.notifications?.[i]?.at)}
                  />
                )}
              />
              <Button variant="subtle" color="red" onClick={() => notifications.remove(i)}>
                {t('common.remove')}
              </Button>
            </Group>
          ))}
          {(errors.notifications?.root ?? errors.notifications?.message) ? (
            <Text c="red.9" size="sm" role="alert">
              {t('validation.before_start')}
            </Text>
          ) : null}
          <Group>
            <Button
              variant="default"
              onClick={() =>
                notifications.append({ party: 'family', name: '', at: toIso(nowLocal()) })
              }
            >
              {t('incidents.addNotification')}
            </Button>
          </Group>

          <Text fw={600}>{t('incidents.followUps')}</Text>
          {followUps.fields.map((f, i) => (
            <Group key={f.id} align="flex-end" wrap="wrap">
              <TextInput
                label={t('incidents.task')}
                error={fieldError(errors.followUps?.[i]?.task)}
                {...form.register(`followUps.${i}.task`)}
              />
              <Controller
                control={form.control}
                name={`followUps.${i}.ownerId`}
                render={({ field }) => (
                  <Select
                    label={t('incidents.owner')}
                    data={ownerOptions}
                    value={field.value}
                    onChange={(v) => field.onChange(v)}
                    allowDeselect={false}
                  />
                )}
              />
              <TextInput
                type="date"
                label={t('incidents.dueDate')}
                error={fieldError(errors.followUps?.[i]?.dueDate)}
                {...form.register(`followUps.${i}.dueDate`)}
              />
              <Button variant="subtle" color="red" onClick={() => followUps.remove(i)}>
                {t('common.remove')}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() =>
                followUps.append({ task: '', ownerId: me.id, dueDate: centreDay(), doneOn: null })
              }
            >
              {t('incidents.addFollowUp')}
            </Button>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('incidents.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
