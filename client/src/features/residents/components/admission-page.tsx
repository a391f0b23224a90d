// Admitting a new resident: identity, placement, daily care, the sensitive groups for the roles
// that may see them, and the admission decision with its file checklist. Validated with the same
// shared schema as the server, so a mistake reads the same before and after sending.
import { useState, type ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, type FieldError, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  communications,
  diets,
  hivStatuses,
  mobilities,
  residentAdmitSchema,
  risks,
  textures,
  type ResidentAdmit,
  type ResidentAdmitInput,
} from '@care/shared/residents';
import { ApiError } from '../../../app/api-client';
import { errorMessage, isApiError } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { paths } from '../../../app/paths';
import { useCan } from '../../../app/session';
import { ListEditor } from '../../../components/list-editor';
import { PageHeader } from '../../../components/page-header';
import { useAdmitResident } from '../api/admit-resident';
import { AdmissionFields, blankAdmission, type AdmissionForm } from './admission-fields';
import { MultiSelectField, SelectField, useOptions } from './form-controls';
import { formGrid as grid, IdentityFields } from './identity-fields';
import { LegalFields, PlacementFields } from './placement-fields';

type FormValues = ResidentAdmitInput;

function defaults(): FormValues {
  return {
    fullName: '',
    otherNames: '',
    gender: undefined as unknown as FormValues['gender'],
    birthDate: null,
    birthYear: undefined,
    ethnicity: 'Kinh',
    religion: 'none',
    hometown: { province: null, commune: '', oldAddress: '' },
    address: { province: null, commune: '', oldAddress: '' },
    healthInsuranceNumber: '',
    categories: [],
    decree20Group: '',
    disabilityType: null,
    disabilityLevel: null,
    diagnoses: [],
    unit: '',
    room: '',
    keyWorkerId: null,
    inEducation: false,
    diets: [],
    texture: 'regular',
    mobility: 'independent',
    communication: 'verbal',
    risks: [],
    careNote: '',
    keyContacts: [],
    idNumber: '',
    legalPapers: '',
    abuseHistory: '',
    hivStatus: 'unknown',
    admission: blankAdmission(),
  };
}

function Section({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  const id = `section-${title.replace(/\W+/g, '-')}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb={note ? 4 : 'md'} id={id}>
        {title}
      </Title>
      {note ? (
        <Text size="sm" c="dimmed" mb="md">
          {note}
        </Text>
      ) : null}
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}

export function AdmissionPage() {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const navigate = useNavigate();
  const canLegal = useCan('residents.legal');
  const canMedical = useCan('residents.medical_sensitive');
  const admit = useAdmitResident();
  const options = useOptions();
  const [invalid, setInvalid] = useState(false);

  const form = useForm<FormValues, unknown, ResidentAdmit>({
    resolver: zodResolver(residentAdmitSchema, zodMessages),
    defaultValues: defaults(),
  });
  const { errors } = form.formState;
  const { register, control } = form;
  const contacts = useFieldArray({ control, name: 'keyContacts' });
  const err = (e: unknown) => fieldError(e as FieldError | undefined);

  const submit = form.handleSubmit(
    (values) => {
      setInvalid(false);
      const body: ResidentAdmitInput = { ...values };
      if (!canLegal) {
        delete body.idNumber;
        delete body.legalPapers;
        delete body.abuseHistory;
      }
      if (!canMedical) delete body.hivStatus;
      if (body.birthDate) delete body.birthYear;
      admit.mutate(body, {
        onSuccess: (resident) => {
          notifications.show({
            color: 'green',
            message: t('admission.created', { name: resident.fullName, code: resident.code }),
          });
          void navigate(paths.resident.href(resident.id));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 400) {
            for (const [field, message] of Object.entries(error.fields))
              form.setError(field as Path<FormValues>, { type: 'server', message });
          }
        },
      });
    },
    () => {
      setInvalid(true);
      // Whole-record rules run only once every field parses: say them now as well.
      const v = form.getValues();
      if (!v.birthDate && v.birthYear === undefined)
        form.setError('birthDate', { message: 'required' });
      if (v.admission.route === 'emergency_protection' && !v.admission.reviewDate)
        form.setError('admission.reviewDate', { message: 'required' });
    },
  );

  const alreadyInCare = isApiError(admit.error, 'already_in_care');
  const searchHref = `${paths.residents.href()}?status=all&q=${encodeURIComponent(
    form.getValues('fullName') ?? '',
  )}`;

  return (
    <>
      <PageHeader title={t('admission.title')} description={t('admission.intro')} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="lg">
          <Section title={t('admission.sections.identity')}>
            <IdentityFields form={form} idNumber={canLegal} />
          </Section>

          <Section title={t('admission.sections.placement')}>
            <PlacementFields form={form} />
          </Section>

          <Section title={t('admission.sections.care')}>
            <SimpleGrid {...grid}>
              <MultiSelectField
                control={control}
                name="diets"
                label={t('admission.field.diets')}
                data={options(diets, 'diets')}
              />
              {(
                [
                  ['texture', textures],
                  ['mobility', mobilities],
                  ['communication', communications],
                ] as const
              ).map(([name, values]) => (
                <SelectField
                  key={name}
                  control={control}
                  name={name}
                  label={t(`admission.field.${name}`)}
                  data={options(values, name)}
                  allowDeselect={false}
                />
              ))}
              <MultiSelectField
                control={control}
                name="risks"
                label={t('admission.field.risks')}
                data={options(risks, 'risks')}
              />
            </SimpleGrid>
            <Textarea
              label={t('admission.field.careNote')}
              autosize
              minRows={2}
              error={err(errors.careNote)}
              {...register('careNote')}
            />
            <ListEditor
              title={t('admission.sections.contacts')}
              items={contacts.fields}
              keyOf={(contact) => contact.id}
              emptyText={t('admission.noContacts')}
              addLabel={t('admission.addContact')}
              removeLabel={(i) => t('admission.removeContact', { index: i + 1 })}
              onAdd={() => contacts.append({ name: '', relation: '', phone: '' })}
              onRemove={(i) => contacts.remove(i)}
              max={6}
              renderItem={(_, i) => (
                <SimpleGrid {...grid}>
                  <TextInput
                    label={t('admission.field.contactName')}
                    withAsterisk
                    error={err(errors.keyContacts?.[i]?.name)}
                    {...register(`keyContacts.${i}.name`)}
                  />
                  <TextInput
                    label={t('admission.field.contactRelation')}
                    error={err(errors.keyContacts?.[i]?.relation)}
                    {...register(`keyContacts.${i}.relation`)}
                  />
                  <TextInput
                    label={t('admission.field.contactPhone')}
                    type="tel"
                    error={err(errors.keyContacts?.[i]?.phone)}
                    {...register(`keyContacts.${i}.phone`)}
                  />
                </SimpleGrid>
              )}
            />
          </Section>

          {canLegal ? (
            <Section title={t('admission.sections.legal')} note={t('admission.sensitiveNote')}>
              <LegalFields form={form} />
            </Section>
          ) : null}
          {canMedical ? (
            <Section title={t('admission.sections.medical')} note={t('admission.sensitiveNote')}>
              <SimpleGrid {...grid}>
                <SelectField
                  control={control}
                  name="hivStatus"
                  label={t('admission.field.hivStatus')}
                  data={options(hivStatuses, 'hivStatus')}
                  allowDeselect={false}
                />
              </SimpleGrid>
            </Section>
          ) : null}

          <Section title={t('admission.sections.admission')}>
            <AdmissionFields form={form as unknown as AdmissionForm} />
          </Section>

          {alreadyInCare ? (
            <Alert
              color="red"
              variant="light"
              role="alert"
              title={t('admission.alreadyInCareTitle')}
            >
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('admission.alreadyInCare')}</Text>
                <Anchor component={Link} to={searchHref} size="sm">
                  {t('admission.findInRegister')}
                </Anchor>
              </Stack>
            </Alert>
          ) : admit.isError ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(t, admit.error)}
            </Alert>
          ) : invalid ? (
            <Alert color="red" variant="light" role="alert">
              {t('admission.invalid')}
            </Alert>
          ) : null}

          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={paths.residents.href()}>
              {t('admission.cancel')}
            </Button>
            <Button type="submit" loading={admit.isPending}>
              {t('admission.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
