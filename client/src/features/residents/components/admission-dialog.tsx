// Re-admitting a discharged resident (a new episode; the earlier ones stay as they were) or
// correcting the open episode's admission, both at the version read: a 409 offers the newer
// record, and the server's field messages show under their fields.
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { episodeEditSchema, readmitSchema, type ResidentView } from '@care/shared/residents';
import { ApiError } from '../../../app/api-client';
import { isApiError } from '../../../app/errors';
import { zodMessages } from '../../../app/i18n/form-errors';
import { AppModal } from '../../../components/app-modal';
import { SaveProblem } from '../../../components/save-problem';
import { useChangeResident } from '../api/change-resident';
import { useCorrectAdmission } from '../api/correct-admission';
import { AdmissionFields, blankAdmission, type AdmissionForm } from './admission-fields';
import { useFreshResident } from './use-fresh-resident';

type Values = z.input<typeof readmitSchema>;

/** `episodeId` corrects that (open) episode; without it the resident is admitted again. */
export function AdmissionDialog({
  resident: initial,
  episodeId,
  onClose,
}: {
  resident: ResidentView;
  episodeId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const readmit = useChangeResident(initial.id);
  const correct = useCorrectAdmission(initial.id);
  const mutation = episodeId ? correct : readmit;
  const valuesOf = (r: ResidentView): Values => ({
    version: r.version,
    admission: r.episodes.find((e) => e.id === episodeId)?.admission ?? blankAdmission(),
  });
  const form = useForm<Values, unknown, z.output<typeof readmitSchema>>({
    resolver: zodResolver(episodeId ? episodeEditSchema : readmitSchema, zodMessages),
    defaultValues: valuesOf(initial),
  });
  const { stale, markStale, reload } = useFreshResident(initial, (fresh) => {
    mutation.reset();
    // A correction shows the admission as it now reads; a re-admission keeps what was typed.
    if (episodeId) form.reset(valuesOf(fresh));
    else form.setValue('version', fresh.version);
  });

  const onError = (error: Error) => {
    if (isApiError(error, 'stale_version')) return markStale();
    if (!(error instanceof ApiError)) return;
    const fields = Object.entries(error.fields).filter(([f]) => f.startsWith('admission.'));
    for (const [field, message] of fields)
      form.setError(field as Path<Values>, { type: 'server', message });
    if (fields.length) mutation.reset();
  };
  const onSuccess = () => {
    notifications.show({
      color: 'green',
      message: t(episodeId ? 'stay.corrected' : 'stay.readmitted', { name: initial.fullName }),
    });
    onClose();
  };
  const submit = form.handleSubmit((body) =>
    episodeId
      ? correct.mutate({ episodeId, body }, { onSuccess, onError })
      : readmit.mutate({ step: 'admissions', body }, { onSuccess, onError }),
  );

  return (
    <AppModal
      onClose={onClose}
      title={t(episodeId ? 'stay.correctTitle' : 'stay.readmitTitle')}
      size="xl"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <SaveProblem
            stale={stale}
            error={mutation.error}
            onReload={() => reload.mutate()}
            reloading={reload.isPending}
            staleTitle={t('recordEdit.staleTitle')}
            staleBody={t('recordEdit.staleBody')}
          />
          <AdmissionFields form={form as unknown as AdmissionForm} autoFocus />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={stale}>
              {t(episodeId ? 'common.save' : 'stay.readmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
