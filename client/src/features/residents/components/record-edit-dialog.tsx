// Editing one field group of the record (identity, placement, legal papers) through the PATCH
// field-group edit at the version the user read: a 409 offers the newer record to edit again;
// the server's field messages show under their fields.
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  identityFields,
  legalFields,
  placementFields,
  type ResidentView,
} from '@care/shared/residents';
import { versionSchema } from '@care/shared/versioning';
import { ApiError } from '../../../app/api-client';
import { isApiError } from '../../../app/errors';
import { zodMessages } from '../../../app/i18n/form-errors';
import { AppModal } from '../../../components/app-modal';
import { SaveProblem } from '../../../components/save-problem';
import { useChangeResident } from '../api/change-resident';
import { IdentityFields, type RecordForm, type RecordValues } from './identity-fields';
import { LegalFields, PlacementFields } from './placement-fields';
import { useFreshResident } from './use-fresh-resident';

export type EditGroup = 'identity' | 'placement' | 'legal';

const birthKnown = (r: { birthDate?: string | null; birthYear?: number }) =>
  Boolean(r.birthDate) || r.birthYear !== undefined;

/** Each group's form: the shared field schemas of the group, at a version. */
function schemaOf(group: EditGroup, withIdNumber: boolean) {
  if (group === 'placement') return z.strictObject({ version: versionSchema, ...placementFields });
  if (group === 'legal')
    return z.strictObject({
      version: versionSchema,
      legalPapers: legalFields.legalPapers,
      abuseHistory: legalFields.abuseHistory,
    });
  return z
    .strictObject({
      version: versionSchema,
      ...identityFields,
      ...(withIdNumber ? { idNumber: legalFields.idNumber } : {}),
    })
    .refine(birthKnown, { path: ['birthDate'], message: 'required' });
}

/** The form's values as the record reads now. */
function valuesOf(group: EditGroup, r: ResidentView, withIdNumber: boolean) {
  if (group === 'placement')
    return {
      version: r.version,
      categories: r.categories,
      decree20Group: r.placement.decree20Group,
      disabilityType: r.placement.disabilityType,
      disabilityLevel: r.placement.disabilityLevel,
      diagnoses: r.placement.diagnoses,
      unit: r.unit,
      room: r.room,
      keyWorkerId: r.keyWorker?.id ?? null,
      inEducation: r.placement.inEducation,
    };
  if (group === 'legal')
    return {
      version: r.version,
      legalPapers: r.legal?.legalPapers ?? '',
      abuseHistory: r.legal?.abuseHistory ?? '',
    };
  const place = { province: null, commune: '', oldAddress: '' };
  return {
    version: r.version,
    fullName: r.fullName,
    otherNames: r.identity?.otherNames ?? '',
    gender: r.gender,
    birthDate: r.birthDate,
    birthYear: r.birthDate ? undefined : r.birthYear,
    ethnicity: (r.identity?.ethnicity ?? 'Kinh') as RecordValues['ethnicity'],
    religion: r.identity?.religion ?? 'none',
    hometown: (r.identity?.hometown ?? place) as RecordValues['hometown'],
    address: (r.identity?.address ?? place) as RecordValues['address'],
    healthInsuranceNumber: r.identity?.healthInsuranceNumber ?? '',
    ...(withIdNumber ? { idNumber: r.legal?.idNumber ?? '' } : {}),
  };
}

type FormValues = RecordValues & { version: number };

export function RecordEditDialog({
  resident: initial,
  group,
  onClose,
}: {
  resident: ResidentView;
  group: EditGroup;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // The ID number is a legal field: it is shown and sent only when the viewer may see it.
  const withIdNumber = group === 'identity' && initial.legal !== null;
  const change = useChangeResident(initial.id);
  const form = useForm<FormValues>({
    resolver: zodResolver(
      schemaOf(group, withIdNumber),
      zodMessages,
    ) as unknown as Resolver<FormValues>,
    defaultValues: valuesOf(group, initial, withIdNumber) as FormValues,
  });
  const { resident, stale, markStale, reload } = useFreshResident(initial, (fresh) => {
    change.reset();
    form.reset(valuesOf(group, fresh, withIdNumber) as FormValues);
  });

  const submit = form.handleSubmit((values) => {
    const body: Record<string, unknown> & { version: number } = { ...values };
    if (group === 'identity') {
      if (body.birthDate) delete body.birthYear;
      else body.birthDate = null;
    }
    change.mutate(
      { step: null, body },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t('recordEdit.saved', { name: saved.fullName }),
          });
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'stale_version')) return markStale();
          if (!(error instanceof ApiError)) return;
          const known = Object.keys(values);
          let placed = false;
          for (const [field, message] of Object.entries(error.fields))
            if (known.includes(field.split('.')[0]!)) {
              form.setError(field as Path<FormValues>, { type: 'server', message });
              placed = true;
            }
          if (placed) change.reset();
        },
      },
    );
  });

  const recordForm = form as unknown as RecordForm;
  return (
    <AppModal
      onClose={onClose}
      title={t(`recordEdit.title.${group}`)}
      size={group === 'legal' ? 'lg' : 'xl'}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <SaveProblem
            stale={stale}
            error={change.error}
            onReload={() => reload.mutate()}
            reloading={reload.isPending}
            staleTitle={t('recordEdit.staleTitle')}
            staleBody={t('recordEdit.staleBody')}
          />
          {group === 'identity' ? (
            <IdentityFields key={resident.version} form={recordForm} idNumber={withIdNumber} />
          ) : group === 'placement' ? (
            <PlacementFields form={recordForm} />
          ) : (
            <LegalFields form={recordForm} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending} disabled={stale}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
