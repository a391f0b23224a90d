// Recording a measurement: when, and any of weight, height (lying or standing for a child),
// temperature, blood pressure and pulse; validated by the same schema as the API.
import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { Controller, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { centreDay, centreTimeZone } from '@care/shared/dates';
import {
  measurementCreateSchema,
  type MeasurementCreate,
  type MeasurementCreateInput,
} from '@care/shared/health-records';
import { isApiError } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { AppModal } from '../../../components/app-modal';
import { SaveProblem } from '../../../components/save-problem';
import { useRecordMeasurement } from '../api/record-measurement';
import { HealthDates, parseTypedDay } from './day-field';

type Values = MeasurementCreateInput;
type NumberField = 'weightKg' | 'heightCm' | 'temperatureC' | 'systolic' | 'diastolic' | 'pulse';

/** Now, to the minute, as the centre's clock shows it. */
const nowAtCentre = () =>
  format(new TZDate(new Date(), centreTimeZone), "yyyy-MM-dd'T'HH:mm:00xxx");

function NumberField({
  control,
  name,
  label,
  decimals,
  error,
  autoFocus,
}: {
  control: Control<Values>;
  name: NumberField;
  label: string;
  decimals: number;
  error?: string;
  autoFocus?: boolean;
}) {
  const { i18n } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          hideControls
          inputMode="decimal"
          allowNegative={false}
          decimalScale={decimals}
          allowDecimal={decimals > 0}
          // Vietnamese writes 37,5; both separators are accepted when typing.
          decimalSeparator={i18n.language === 'vi' ? ',' : '.'}
          value={field.value ?? ''}
          onChange={(value) => field.onChange(value === '' ? null : Number(value))}
          onBlur={field.onBlur}
          ref={field.ref}
          error={error}
          data-autofocus={autoFocus || undefined}
        />
      )}
    />
  );
}

type Props = { residentId: string; child: boolean; onClose: () => void };

export function MeasurementDialog({ residentId, child, onClose }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const record = useRecordMeasurement(residentId);
  const form = useForm<Values, unknown, MeasurementCreate>({
    resolver: zodResolver(measurementCreateSchema, zodMessages),
    defaultValues: {
      at: nowAtCentre(),
      weightKg: null,
      heightCm: null,
      heightPosition: null,
      temperatureC: null,
      systolic: null,
      diastolic: null,
      pulse: null,
      note: '',
    },
  });
  const { errors } = form.formState;
  const { control } = form;

  const submit = form.handleSubmit((values) =>
    record.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('health.measurement.saved') });
        onClose();
      },
      onError: (error) => {
        // Messages placed beside their fields need no alert above the form.
        if (
          isApiError(error, 'validation_failed') &&
          setServerFieldErrors(error, form.setError, Object.keys(error.fields) as never[])
        )
          record.reset();
      },
    }),
  );

  return (
    <AppModal onClose={onClose} title={t('health.measurement.title')} size="lg">
      <HealthDates>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <SaveProblem stale={false} error={record.error} />
            <Controller
              control={control}
              name="at"
              render={({ field }) => {
                const [day = centreDay(), time = ''] = (field.value ?? '').split('T');
                const join = (d: string | null, hm: string) =>
                  field.onChange(
                    `${d ?? ''}T${hm.trim()}${/^\d{2}:\d{2}$/.test(hm.trim()) ? ':00+07:00' : ''}`,
                  );
                return (
                  <Group grow align="flex-start">
                    <DateInput
                      label={t('health.measurement.day')}
                      withAsterisk
                      valueFormat="DD/MM/YYYY"
                      dateParser={parseTypedDay}
                      maxDate={centreDay()}
                      value={day || null}
                      onChange={(d) => join(d, time.slice(0, 5))}
                      error={fieldError(errors.at)}
                    />
                    <TextInput
                      label={t('health.measurement.time')}
                      withAsterisk
                      placeholder="HH:mm"
                      maxLength={5}
                      defaultValue={time.slice(0, 5)}
                      onChange={(e) => join(day, e.currentTarget.value)}
                      onBlur={field.onBlur}
                    />
                  </Group>
                );
              }}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <NumberField
                control={control}
                name="weightKg"
                label={t('health.measurement.weightKg')}
                decimals={2}
                error={fieldError(errors.weightKg)}
                autoFocus
              />
              <NumberField
                control={control}
                name="heightCm"
                label={t('health.measurement.heightCm')}
                decimals={1}
                error={fieldError(errors.heightCm)}
              />
            </SimpleGrid>
            {child ? (
              <Controller
                control={control}
                name="heightPosition"
                render={({ field }) => (
                  <Stack gap={4}>
                    <Text size="sm" fw={500} id="height-position-label">
                      {t('health.measurement.position')}
                    </Text>
                    <SegmentedControl
                      aria-labelledby="height-position-label"
                      data={[
                        { value: 'lying', label: t('health.measurement.lying') },
                        { value: 'standing', label: t('health.measurement.standing') },
                      ]}
                      value={field.value ?? ''}
                      onChange={(value) => field.onChange(value)}
                    />
                    <Text size="xs" c="dimmed">
                      {t('health.measurement.positionHint')}
                    </Text>
                  </Stack>
                )}
              />
            ) : null}
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <NumberField
                control={control}
                name="temperatureC"
                label={t('health.measurement.temperatureC')}
                decimals={1}
                error={fieldError(errors.temperatureC)}
              />
              <NumberField
                control={control}
                name="pulse"
                label={t('health.measurement.pulse')}
                decimals={0}
                error={fieldError(errors.pulse)}
              />
              <NumberField
                control={control}
                name="systolic"
                label={t('health.measurement.systolic')}
                decimals={0}
                error={fieldError(errors.systolic)}
              />
              <NumberField
                control={control}
                name="diastolic"
                label={t('health.measurement.diastolic')}
                decimals={0}
                error={fieldError(errors.diastolic)}
              />
            </SimpleGrid>
            <TextInput
              label={t('health.notes')}
              error={fieldError(errors.note)}
              {...form.register('note')}
            />
            <Group justify="flex-end" gap="sm" mt="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={record.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </HealthDates>
    </AppModal>
  );
}
