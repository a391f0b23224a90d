// Editing one list of the health profile (add, change, remove entries); the whole profile is saved
// at the version read, and a 409 means someone saved first: reload and redo.
import { useEffect, useState } from 'react';
import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  healthProfileUpdateSchema,
  healthLists,
  type HealthList,
  type HealthProfileUpdate,
  type HealthProfileUpdateInput,
  type HealthProfileView,
} from '@care/shared/health-records';
import { isApiError } from '../../../app/errors';
import { zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { AppModal } from '../../../components/app-modal';
import { SaveProblem } from '../../../components/save-problem';
import { useHealthProfile } from '../api/get-health-profile';
import { useUpdateHealthProfile } from '../api/update-health-profile';
import { HealthDates } from './day-field';
import { emptyEntry, EntryFields } from './profile-item-fields';

type Values = HealthProfileUpdateInput;

const toValues = (profile: HealthProfileView): Values =>
  ({
    version: profile.version,
    ...Object.fromEntries(healthLists.map((list) => [list, profile[list]])),
  }) as Values;

type Props = {
  residentId: string;
  profile: HealthProfileView;
  list: HealthList;
  onClose: () => void;
};

export function ProfileEditDialog({ residentId, profile: initial, list, onClose }: Props) {
  const { t } = useTranslation();
  const fresh = useHealthProfile(residentId);
  const profile = fresh.data ?? initial;
  // The version a save was refused at: once the profile is reloaded past it, the form is current.
  const [staleAt, setStaleAt] = useState<number | null>(null);
  const stale = staleAt === profile.version;
  const update = useUpdateHealthProfile(residentId);
  const form = useForm<Values, unknown, HealthProfileUpdate>({
    resolver: zodResolver(healthProfileUpdateSchema, zodMessages),
    defaultValues: toValues(profile),
  });
  const entries = useFieldArray({ control: form.control, name: list });
  const listName = t(`health.lists.${list}`);

  // After a reload the form shows the profile as it is now, at its new version.
  useEffect(() => {
    form.reset(toValues(profile));
    update.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [profile.version]);

  const submit = form.handleSubmit((values) =>
    update.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('health.saved', { list: listName }) });
        onClose();
      },
      onError: (error) => {
        if (isApiError(error, 'stale_version')) setStaleAt(profile.version);
        else if (
          isApiError(error, 'validation_failed') &&
          setServerFieldErrors(error, form.setError, Object.keys(error.fields) as never[])
        )
          update.reset();
      },
    }),
  );

  return (
    <AppModal onClose={onClose} title={t('health.editTitle', { list: listName })} size="xl">
      <HealthDates>
        <FormProvider {...form}>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <SaveProblem
                stale={stale}
                error={stale ? null : update.error}
                onReload={() => void fresh.refetch()}
                reloading={fresh.isFetching}
                staleTitle={t('health.staleTitle')}
                staleBody={t('health.staleBody')}
              />
              {entries.fields.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t(`health.empty.${list}`)}
                </Text>
              ) : null}
              {entries.fields.map((entry, index) => (
                <Fieldset key={entry.id} legend={t('health.entryNumber', { n: index + 1 })}>
                  <Stack gap="sm">
                    <EntryFields list={list} index={index} />
                    <Group justify="flex-end">
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red.9"
                        leftSection={<IconTrash size={16} aria-hidden />}
                        aria-label={t('health.removeEntryOf', { n: index + 1 })}
                        onClick={() => entries.remove(index)}
                      >
                        {t('health.removeEntry')}
                      </Button>
                    </Group>
                  </Stack>
                </Fieldset>
              ))}
              <Group justify="space-between" gap="sm" mt="sm">
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => entries.append(emptyEntry[list] as never)}
                >
                  {t(`health.add.${list}`)}
                </Button>
                <Group gap="sm">
                  <Button variant="default" onClick={onClose}>
                    {t('common.cancel')}
                  </Button>
                  <Button type="submit" loading={update.isPending} disabled={stale}>
                    {t('common.save')}
                  </Button>
                </Group>
              </Group>
            </Stack>
          </form>
        </FormProvider>
      </HealthDates>
    </AppModal>
  );
}
