// Admitting a new resident: identity, placement, daily care, the sensitive groups for the roles
// that may see them, and the admission decision with its file checklist. Validated with the same
// shared schema as the server, so a mistake reads the same before and after sending.
import { useState, type ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  Controller,
  useFieldArray,
  useForm,
  useWatch,
  type FieldError,
  type Path,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { centreDay } from '@care/shared/dates';
import { admissionIssuerOn, ethnicities, provinces, religions } from '@care/shared/places';
import {
  admissionChecklistItems,
  admissionRoutes,
  communications,
  diets,
  disabilityLevels,
  disabilityTypes,
  genders,
  hivStatuses,
  missingChecklistItems,
  mobilities,
  residentAdmitSchema,
  residentCategories,
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
import { PageHeader } from '../../../components/page-header';
import { useAdmitResident, useSocialWorkers } from '../api/admit-resident';

type FormValues = ResidentAdmitInput;

const issuers = [admissionIssuerOn('2025-03-01'), admissionIssuerOn('2025-02-28')];
const issuerFor = (day: string) => `${admissionIssuerOn(day || centreDay())} tỉnh `;

function defaults(): FormValues {
  const today = centreDay();
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
    admission: {
      date: today,
      route: undefined as unknown as FormValues['admission']['route'],
      decision: { number: '', date: today, issuer: issuerFor(today) },
      referralSource: '',
      reviewDate: null,
      checklist: [],
    },
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

const grid = { cols: { base: 1, sm: 2, md: 3 }, spacing: 'md' } as const;
/** Empty date inputs are "not given": required dates then read "please enter". */
const dayOrUndefined = (v: string) => v || undefined;
const dayOrNull = (v: string) => v || null;

export function AdmissionPage() {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const navigate = useNavigate();
  const canLegal = useCan('residents.legal');
  const canMedical = useCan('residents.medical_sensitive');
  const admit = useAdmitResident();
  const workers = useSocialWorkers();
  const [invalid, setInvalid] = useState(false);
  const [yearOnly, setYearOnly] = useState(false);

  const form = useForm<FormValues, unknown, ResidentAdmit>({
    resolver: zodResolver(residentAdmitSchema, zodMessages),
    defaultValues: defaults(),
  });
  const { errors } = form.formState;
  const { register, control } = form;
  const contacts = useFieldArray({ control, name: 'keyContacts' });
  const categories = useWatch({ control, name: 'categories' });
  const route = useWatch({ control, name: 'admission.route' });
  const checklist = useWatch({ control, name: 'admission.checklist' }) ?? [];
  const missing = missingChecklistItems({ checklist });
  const err = (e: unknown) => fieldError(e as FieldError | undefined);

  const selectData = (values: readonly string[], group: string) =>
    values.map((v) => ({ value: v, label: t(`residents.${group}.${v}`) }));

  /** A Mantine select bound to one field; "empty" stands for no choice. */
  const select = (
    name: Path<FormValues>,
    label: string,
    data: { value: string; label: string }[] | readonly string[],
    props: Record<string, unknown> = {},
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={label}
          data={data as { value: string; label: string }[]}
          value={(field.value as string | null | undefined) ?? null}
          onChange={(v) => field.onChange(v ?? null)}
          onBlur={field.onBlur}
          ref={field.ref}
          error={fieldError(fieldState.error)}
          comboboxProps={{ withinPortal: true }}
          {...props}
        />
      )}
    />
  );
  const multi = (
    name: Path<FormValues>,
    label: string,
    data: { value: string; label: string }[],
    props: Record<string, unknown> = {},
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <MultiSelect
          label={label}
          data={data}
          value={(field.value as string[]) ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          ref={field.ref}
          error={fieldError(fieldState.error)}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          {...props}
        />
      )}
    />
  );

  const changeAdmissionDate = (day: string) => {
    // The issuer follows the date while it still reads as prefilled.
    const issuer = form.getValues('admission.decision.issuer');
    if (issuers.some((i) => issuer.startsWith(i))) {
      const prefix = issuers.find((i) => issuer.startsWith(i))!;
      form.setValue(
        'admission.decision.issuer',
        `${admissionIssuerOn(day || centreDay())}${issuer.slice(prefix.length)}`,
      );
    }
  };

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
        form.setError(yearOnly ? 'birthYear' : 'birthDate', { message: 'required' });
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
            <SimpleGrid {...grid}>
              <TextInput
                label={t('admission.field.fullName')}
                withAsterisk
                autoComplete="off"
                error={err(errors.fullName)}
                {...register('fullName')}
              />
              <TextInput
                label={t('admission.field.otherNames')}
                autoComplete="off"
                error={err(errors.otherNames)}
                {...register('otherNames')}
              />
              {select(
                'gender',
                t('admission.field.gender'),
                genders.map((g) => ({ value: g, label: t(`residents.gender.${g}`) })),
                { withAsterisk: true, placeholder: t('admission.choose'), allowDeselect: false },
              )}
            </SimpleGrid>
            <SimpleGrid {...grid}>
              <Switch
                label={t('admission.field.birthYearOnly')}
                checked={yearOnly}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setYearOnly(on);
                  if (on) form.setValue('birthDate', null);
                  else form.setValue('birthYear', undefined);
                }}
                mt={{ sm: 'xl' }}
              />
              {yearOnly ? (
                <Controller
                  control={control}
                  name="birthYear"
                  render={({ field }) => (
                    <NumberInput
                      label={t('admission.field.birthYear')}
                      placeholder={t('admission.field.birthYearHint')}
                      withAsterisk
                      min={1900}
                      max={Number(centreDay().slice(0, 4))}
                      allowDecimal={false}
                      allowNegative={false}
                      hideControls
                      value={field.value ?? ''}
                      onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
                      onBlur={field.onBlur}
                      ref={field.ref}
                      error={err(errors.birthYear ?? errors.birthDate)}
                    />
                  )}
                />
              ) : (
                <TextInput
                  type="date"
                  label={t('admission.field.birthDate')}
                  withAsterisk
                  max={centreDay()}
                  error={err(errors.birthDate)}
                  {...register('birthDate', { setValueAs: dayOrNull })}
                />
              )}
            </SimpleGrid>
            <SimpleGrid {...grid}>
              {select('ethnicity', t('admission.field.ethnicity'), ethnicities, {
                searchable: true,
                allowDeselect: false,
                placeholder: t('admission.chooseEthnicity'),
                nothingFoundMessage: t('common.nothingFound'),
              })}
              {select(
                'religion',
                t('admission.field.religion'),
                selectData(religions, 'religion'),
                {
                  allowDeselect: false,
                },
              )}
              <TextInput
                label={t('admission.field.healthInsuranceNumber')}
                description={t('admission.hints.healthInsuranceNumber')}
                autoComplete="off"
                error={err(errors.healthInsuranceNumber)}
                {...register('healthInsuranceNumber')}
              />
            </SimpleGrid>
            {(['hometown', 'address'] as const).map((place) => (
              <Stack key={place} gap="xs">
                <Text fw={600} size="sm">
                  {t(`admission.field.${place}`)}
                </Text>
                <SimpleGrid {...grid}>
                  {select(`${place}.province`, t('admission.field.province'), provinces, {
                    searchable: true,
                    clearable: true,
                    clearButtonProps: { 'aria-label': t('common.clear') },
                    placeholder: t('admission.chooseProvince'),
                    nothingFoundMessage: t('common.nothingFound'),
                    'aria-label': `${t(`admission.field.${place}`)}: ${t('admission.field.province')}`,
                  })}
                  <TextInput
                    label={t('admission.field.commune')}
                    aria-label={`${t(`admission.field.${place}`)}: ${t('admission.field.commune')}`}
                    error={err(errors[place]?.commune)}
                    {...register(`${place}.commune`)}
                  />
                  <TextInput
                    label={t('admission.field.oldAddress')}
                    aria-label={`${t(`admission.field.${place}`)}: ${t('admission.field.oldAddress')}`}
                    description={t('admission.hints.oldAddress')}
                    error={err(errors[place]?.oldAddress)}
                    {...register(`${place}.oldAddress`)}
                  />
                </SimpleGrid>
              </Stack>
            ))}
          </Section>

          <Section title={t('admission.sections.placement')}>
            <SimpleGrid {...grid}>
              {multi(
                'categories',
                t('admission.field.categories'),
                selectData(residentCategories, 'category'),
                { withAsterisk: true, placeholder: t('admission.choose') },
              )}
              <TextInput
                label={t('admission.field.decree20Group')}
                placeholder={t('admission.hints.decree20Group')}
                error={err(errors.decree20Group)}
                {...register('decree20Group')}
              />
              <Controller
                control={control}
                name="diagnoses"
                render={({ field, fieldState }) => (
                  <TagsInput
                    label={t('admission.field.diagnoses')}
                    description={t('admission.hints.diagnoses')}
                    value={field.value ?? []}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={fieldError(fieldState.error)}
                    clearable
                    clearButtonProps={{ 'aria-label': t('common.clear') }}
                  />
                )}
              />
            </SimpleGrid>
            {categories?.includes('disabled') ? (
              <SimpleGrid {...grid}>
                {select(
                  'disabilityType',
                  t('admission.field.disabilityType'),
                  selectData(disabilityTypes, 'disabilityType'),
                  { clearable: true, clearButtonProps: { 'aria-label': t('common.clear') } },
                )}
                {select(
                  'disabilityLevel',
                  t('admission.field.disabilityLevel'),
                  selectData(disabilityLevels, 'disabilityLevel'),
                  { clearable: true, clearButtonProps: { 'aria-label': t('common.clear') } },
                )}
              </SimpleGrid>
            ) : null}
            <SimpleGrid {...grid}>
              <TextInput
                label={t('admission.field.unit')}
                error={err(errors.unit)}
                {...register('unit')}
              />
              <TextInput
                label={t('admission.field.room')}
                error={err(errors.room)}
                {...register('room')}
              />
              {select(
                'keyWorkerId',
                t('admission.field.keyWorkerId'),
                (workers.data ?? []).map((w) => ({ value: w.id, label: w.fullName })),
                {
                  searchable: true,
                  clearable: true,
                  clearButtonProps: { 'aria-label': t('common.clear') },
                  placeholder: t('admission.chooseKeyWorker'),
                  nothingFoundMessage: t('common.nothingFound'),
                },
              )}
            </SimpleGrid>
            <Checkbox label={t('admission.field.inEducation')} {...register('inEducation')} />
          </Section>

          <Section title={t('admission.sections.care')}>
            <SimpleGrid {...grid}>
              {multi('diets', t('admission.field.diets'), selectData(diets, 'diets'))}
              {select('texture', t('admission.field.texture'), selectData(textures, 'texture'), {
                allowDeselect: false,
              })}
              {select(
                'mobility',
                t('admission.field.mobility'),
                selectData(mobilities, 'mobility'),
                { allowDeselect: false },
              )}
              {select(
                'communication',
                t('admission.field.communication'),
                selectData(communications, 'communication'),
                { allowDeselect: false },
              )}
              {multi('risks', t('admission.field.risks'), selectData(risks, 'risks'))}
            </SimpleGrid>
            <Textarea
              label={t('admission.field.careNote')}
              autosize
              minRows={2}
              error={err(errors.careNote)}
              {...register('careNote')}
            />
            <Stack gap="xs">
              <Text fw={600} size="sm">
                {t('admission.sections.contacts')}
              </Text>
              {contacts.fields.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('admission.noContacts')}
                </Text>
              ) : null}
              {contacts.fields.map((contact, i) => (
                <Group key={contact.id} align="flex-start" gap="sm" wrap="nowrap">
                  <SimpleGrid {...grid} style={{ flex: 1 }}>
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
                  <Button
                    variant="subtle"
                    color="red"
                    mt={24}
                    onClick={() => contacts.remove(i)}
                    aria-label={t('admission.removeContact', { index: i + 1 })}
                  >
                    <IconTrash size={18} aria-hidden />
                  </Button>
                </Group>
              ))}
              {contacts.fields.length < 6 ? (
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => contacts.append({ name: '', relation: '', phone: '' })}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('admission.addContact')}
                </Button>
              ) : null}
            </Stack>
          </Section>

          {canLegal ? (
            <Section title={t('admission.sections.legal')} note={t('admission.sensitiveNote')}>
              <TextInput
                label={t('admission.field.idNumber')}
                description={t('admission.hints.idNumber')}
                inputMode="numeric"
                autoComplete="off"
                error={err(errors.idNumber)}
                {...register('idNumber')}
                style={{ maxWidth: 360 }}
              />
              <Textarea
                label={t('admission.field.legalPapers')}
                autosize
                minRows={2}
                error={err(errors.legalPapers)}
                {...register('legalPapers')}
              />
              <Textarea
                label={t('admission.field.abuseHistory')}
                autosize
                minRows={2}
                error={err(errors.abuseHistory)}
                {...register('abuseHistory')}
              />
            </Section>
          ) : null}
          {canMedical ? (
            <Section title={t('admission.sections.medical')} note={t('admission.sensitiveNote')}>
              <SimpleGrid {...grid}>
                {select(
                  'hivStatus',
                  t('admission.field.hivStatus'),
                  selectData(hivStatuses, 'hivStatus'),
                  { allowDeselect: false },
                )}
              </SimpleGrid>
            </Section>
          ) : null}

          <Section title={t('admission.sections.admission')}>
            <SimpleGrid {...grid}>
              <TextInput
                type="date"
                label={t('admission.field.date')}
                withAsterisk
                max={centreDay()}
                error={err(errors.admission?.date)}
                {...register('admission.date', {
                  setValueAs: dayOrUndefined,
                  onChange: (e: { target: { value: string } }) =>
                    changeAdmissionDate(e.target.value),
                })}
              />
              {select(
                'admission.route',
                t('admission.field.route'),
                selectData(admissionRoutes, 'admissionRoute'),
                {
                  withAsterisk: true,
                  placeholder: t('admission.chooseRoute'),
                  allowDeselect: false,
                },
              )}
              <TextInput
                type="date"
                label={t('admission.field.reviewDate')}
                description={t('admission.hints.reviewDate')}
                withAsterisk={route === 'emergency_protection'}
                error={err(errors.admission?.reviewDate)}
                {...register('admission.reviewDate', { setValueAs: dayOrNull })}
              />
              <TextInput
                label={t('admission.field.decisionNumber')}
                withAsterisk
                autoComplete="off"
                error={err(errors.admission?.decision?.number)}
                {...register('admission.decision.number')}
              />
              <TextInput
                type="date"
                label={t('admission.field.decisionDate')}
                withAsterisk
                max={centreDay()}
                error={err(errors.admission?.decision?.date)}
                {...register('admission.decision.date', { setValueAs: dayOrUndefined })}
              />
              <TextInput
                label={t('admission.field.issuer')}
                description={t('admission.hints.issuer')}
                withAsterisk
                error={err(errors.admission?.decision?.issuer)}
                {...register('admission.decision.issuer')}
              />
              <TextInput
                label={t('admission.field.referralSource')}
                error={err(errors.admission?.referralSource)}
                {...register('admission.referralSource')}
              />
            </SimpleGrid>
            <Controller
              control={control}
              name="admission.checklist"
              render={({ field, fieldState }) => (
                <Checkbox.Group
                  label={t('admission.sections.checklist')}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  error={fieldError(fieldState.error)}
                >
                  <SimpleGrid {...grid} mt="xs" spacing="xs">
                    {admissionChecklistItems.map((item) => (
                      <Group key={item} gap={6} wrap="nowrap">
                        <Checkbox value={item} label={t(`residents.checklist.${item}`)} />
                        {missing.includes(item) ? (
                          <Badge color="orange" size="sm">
                            {t('admission.missingBadge')}
                          </Badge>
                        ) : null}
                      </Group>
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
              )}
            />
            <Alert color={missing.length ? 'orange' : 'green'} variant="light" role="status">
              {missing.length
                ? t('admission.missing', {
                    count: missing.length,
                    items: missing.map((m) => t(`residents.checklist.${m}`)).join(', '),
                  })
                : t('admission.complete')}
            </Alert>
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
