// One goal of the draft editor: domain, description, target date, staff responsible, and its
// interventions (what, how often), each added or removed with the keyboard as well as the mouse.
import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { goalDomains, type carePlanUpdateSchema } from '@care/shared/care-plans';
import type { StaffOption } from '@care/shared/users';
import { useFieldError } from '../../../app/i18n/form-errors';
import { DayField } from './day-input';

export type DraftValues = z.input<typeof carePlanUpdateSchema>;

type Props = { index: number; staff: StaffOption[]; onRemove: () => void; canRemove: boolean };

export function GoalFields({ index, staff, onRemove, canRemove }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, control, formState } = useFormContext<DraftValues>();
  const errors = formState.errors.goals?.[index];
  const interventions = useFieldArray({ control, name: `goals.${index}.interventions` });
  const n = index + 1;
  const headingId = `goal-${index}-heading`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4} size="h5" id={headingId}>
            {t('carePlans.goalNumber', { n })}
          </Title>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={onRemove}
            disabled={!canRemove}
            aria-label={t('carePlans.editor.removeGoalN', { n })}
          >
            {t('carePlans.editor.removeGoal')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('carePlans.goalDomainLabel')}
            withAsterisk
            data={goalDomains.map((d) => ({ value: d, label: t(`carePlans.goalDomain.${d}`) }))}
            error={fieldError(errors?.domain)}
            {...register(`goals.${index}.domain`)}
          />
          <DayField
            control={control}
            name={`goals.${index}.targetDate`}
            label={t('carePlans.targetDate')}
            required
          />
        </SimpleGrid>
        <Textarea
          label={t('carePlans.goalDescription')}
          withAsterisk
          autosize
          minRows={2}
          error={fieldError(errors?.description)}
          {...register(`goals.${index}.description`)}
        />
        <Controller
          control={control}
          name={`goals.${index}.responsibleIds`}
          render={({ field }) => (
            <MultiSelect
              label={t('carePlans.responsible')}
              description={t('carePlans.editor.responsibleHint')}
              data={staff.map((s) => ({
                value: s.id,
                label: `${s.fullName} (${t(`roles.${s.role}`)})`,
              }))}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              error={fieldError(errors?.responsibleIds?.message ?? errors?.responsibleIds?.root)}
            />
          )}
        />
        <Stack gap="xs">
          <Text fw={500} size="sm">
            {t('carePlans.interventions')}
          </Text>
          {fieldError(errors?.interventions?.message ?? errors?.interventions?.root) ? (
            <Text c="red.8" size="sm" role="alert">
              {fieldError(errors?.interventions?.message ?? errors?.interventions?.root)}
            </Text>
          ) : null}
          {interventions.fields.map((item, i) => (
            <Group key={item.id} align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 2 }}
                label={i === 0 ? t('carePlans.interventionWhat') : undefined}
                aria-label={t('carePlans.editor.whatOf', { goal: n, n: i + 1 })}
                error={fieldError(errors?.interventions?.[i]?.what)}
                {...register(`goals.${index}.interventions.${i}.what`)}
              />
              <TextInput
                style={{ flex: 1 }}
                label={i === 0 ? t('carePlans.interventionFrequency') : undefined}
                aria-label={t('carePlans.editor.frequencyOf', { goal: n, n: i + 1 })}
                placeholder={t('carePlans.editor.frequencyPlaceholder')}
                error={fieldError(errors?.interventions?.[i]?.frequency)}
                {...register(`goals.${index}.interventions.${i}.frequency`)}
              />
              <ActionIcon
                mt={i === 0 ? 26 : 2}
                variant="subtle"
                color="red.9"
                size="lg"
                onClick={() => interventions.remove(i)}
                aria-label={t('carePlans.editor.removeIntervention', { goal: n, n: i + 1 })}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="default"
            size="xs"
            style={{ alignSelf: 'flex-start' }}
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              interventions.append(
                { what: '', frequency: '' },
                { focusName: `goals.${index}.interventions.${interventions.fields.length}.what` },
              )
            }
            aria-label={t('carePlans.editor.addInterventionTo', { n })}
          >
            {t('carePlans.editor.addIntervention')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
