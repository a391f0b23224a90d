// Recording or editing a needs assessment: day and assessor, then each domain with a summary and
// its identified needs (daily activities and risks in their own structured parts).
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import {
  Button,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { centreDay } from '@care/shared/dates';
import {
  assessmentDomains,
  assessmentUpdateSchema,
  emptyAssessmentDomains,
  type AssessmentUpdateInput,
  type AssessmentView,
} from '@care/shared/needs-assessments';
import { ApiError } from '../../../app/api-client';
import { isApiError } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { useCurrentUser } from '../../../app/session';
import { SaveProblem } from '../../../components/save-problem';
import { useCarePlanStaff } from '../api/get-care-plan-staff';
import { useCreateAssessment } from '../api/create-assessment';
import { useUpdateAssessment } from '../api/update-assessment';
import { getAssessment } from '../api/get-assessment';
import { ActivitiesField, NeedsField, RisksField } from './assessment-fields';
import { DayInput } from './day-input';

type Values = AssessmentUpdateInput;

/** A field's message; a list field (the needs) keeps one per line: the first is shown. */
function firstMessage(error: unknown): string | undefined {
  if (Array.isArray(error)) return error.map(firstMessage).find(Boolean);
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

const valuesOf = (a: AssessmentView): Values => ({
  version: a.version,
  assessedOn: a.assessedOn,
  assessorId: a.assessor.id,
  domains: a.domains,
});

type Props = { residentId: string; assessment?: AssessmentView; onClose: () => void };

export function AssessmentForm({ residentId, assessment, onClose }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const me = useCurrentUser();
  const staff = useCarePlanStaff();
  const create = useCreateAssessment(residentId);
  const update = useUpdateAssessment(residentId, assessment?.id ?? '');
  const save = assessment ? update : create;
  const [stale, setStale] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof assessmentUpdateSchema>>({
    resolver: zodResolver(assessmentUpdateSchema, zodMessages),
    defaultValues: assessment
      ? valuesOf(assessment)
      : {
          version: 0,
          assessedOn: centreDay(),
          assessorId: me.id,
          domains: emptyAssessmentDomains(),
        },
  });
  const { errors } = form.formState;
  const reload = useMutation({
    mutationFn: () => getAssessment(residentId, assessment!.id),
    onSuccess: (fresh) => {
      form.reset(valuesOf(fresh));
      setStale(false);
      save.reset();
    },
  });

  const submit = form.handleSubmit((values) => {
    const onError = (error: Error) => {
      if (isApiError(error, 'stale_version')) setStale(true);
      else if (error instanceof ApiError)
        setServerFieldErrors(error, form.setError, Object.keys(error.fields) as Path<Values>[]);
    };
    const onSuccess = () => {
      notifications.show({ color: 'green', message: t('carePlans.assessments.saved') });
      onClose();
    };
    if (assessment) update.mutate(values, { onSuccess, onError });
    else {
      const { version: _version, ...input } = values;
      create.mutate(input, { onSuccess, onError });
    }
  });

  const domainError = (domain: (typeof assessmentDomains)[number], part: 'summary' | 'needs') =>
    fieldError(firstMessage(errors.domains?.[domain]?.[part]));

  return (
    <Paper
      withBorder
      p="lg"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="assessment-form-title"
    >
      <Stack gap="md">
        <Title order={3} size="h4" id="assessment-form-title">
          {t(assessment ? 'carePlans.assessments.editTitle' : 'carePlans.assessments.newTitle')}
        </Title>
        <SaveProblem
          stale={stale}
          error={isApiError(save.error, 'validation_failed') ? null : save.error}
          onReload={() => reload.mutate()}
          reloading={reload.isPending}
          staleTitle={t('carePlans.staleTitle')}
          staleBody={t('carePlans.staleBody')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="assessedOn"
            render={({ field }) => (
              <DayInput
                label={t('carePlans.assessments.assessedOn')}
                required
                value={field.value}
                onChange={(day) => field.onChange(day ?? '')}
                onBlur={field.onBlur}
                maxDate={centreDay()}
                error={fieldError(errors.assessedOn)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="assessorId"
            render={({ field }) => (
              <Select
                label={t('carePlans.assessments.assessor')}
                withAsterisk
                searchable
                allowDeselect={false}
                nothingFoundMessage={t('common.nothingFound')}
                data={(staff.data ?? []).map((s) => ({ value: s.id, label: s.fullName }))}
                value={field.value}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={fieldError(errors.assessorId)}
              />
            )}
          />
        </SimpleGrid>
        {assessmentDomains.map((domain) => (
          <Fieldset key={domain} legend={t(`carePlans.assessmentDomain.${domain}`)}>
            <Stack gap="sm">
              <Textarea
                label={t('carePlans.assessments.summary')}
                autosize
                minRows={2}
                error={domainError(domain, 'summary')}
                {...form.register(`domains.${domain}.summary`)}
              />
              {domain === 'self_care' ? (
                <Controller
                  control={form.control}
                  name="domains.self_care.activities"
                  render={({ field }) => (
                    <ActivitiesField value={field.value} onChange={field.onChange} />
                  )}
                />
              ) : null}
              {domain === 'risks' ? (
                <Controller
                  control={form.control}
                  name="domains.risks.items"
                  render={({ field }) => (
                    <RisksField value={field.value ?? []} onChange={field.onChange} />
                  )}
                />
              ) : null}
              <Controller
                control={form.control}
                name={`domains.${domain}.needs`}
                render={({ field }) => (
                  <NeedsField
                    label={t('carePlans.assessments.needs')}
                    value={field.value ?? []}
                    onChange={field.onChange}
                    error={domainError(domain, 'needs')}
                  />
                )}
              />
            </Stack>
          </Fieldset>
        ))}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={stale}>
            {t('carePlans.assessments.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
