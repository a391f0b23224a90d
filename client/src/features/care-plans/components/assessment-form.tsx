// Recording or editing a needs assessment: day and assessor, then each domain with a summary and
// its identified needs (daily activities and risks in their own structured parts).
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Fieldset, Paper, Select, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
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
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { useCurrentUser } from '../../../app/session';
import { useCarePlanStaff } from '../api/get-care-plan-staff';
import { useCreateAssessment } from '../api/create-assessment';
import { useUpdateAssessment } from '../api/update-assessment';
import { getAssessment } from '../api/get-assessment';
import { ActivitiesField, NeedsField, RisksField } from './assessment-fields';
import { DayField } from './day-input';
import { FormActions, PlanSaveProblem, saveErrorHandler } from './plan-save-problem';

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
    const onError = saveErrorHandler(form.setError, () => setStale(true));
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
        <PlanSaveProblem stale={stale} error={save.error} reload={reload} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DayField
            control={form.control}
            name="assessedOn"
            label={t('carePlans.assessments.assessedOn')}
            required
            maxDate={centreDay()}
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
        <FormActions
          onCancel={onClose}
          saving={save.isPending}
          disabled={stale}
          label={t('carePlans.assessments.save')}
        />
      </Stack>
    </Paper>
  );
}
