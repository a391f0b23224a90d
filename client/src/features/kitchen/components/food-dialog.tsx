// Adding one of the centre's foods, or editing a food: a table food takes only a price and
// allergens (its values are the publication's). A 409 means someone else saved first: reload.
import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  allergens,
  foodCreateSchema,
  foodGroups,
  nutrientKeys,
  nutrientUnits,
  type FoodView,
} from '@care/shared/foods';
import { isApiError } from '../../../app/errors';
import { useFieldError, zodMessages } from '../../../app/i18n/form-errors';
import { setServerFieldErrors } from '../../../app/server-field-errors';
import { AppModal } from '../../../components/app-modal';
import { SaveProblem } from '../../../components/save-problem';
import { useDeleteFood } from '../api/delete-food';
import { getFood } from '../api/get-food';
import { useCreateFood, useUpdateFood } from '../api/save-food';

type Values = z.input<typeof foodCreateSchema>;
const fields = [
  'name',
  'nameEn',
  'group',
  'inediblePct',
  'pricePerKg',
  'allergens',
  ...nutrientKeys.map((k) => `nutrients.${k}` as const),
] as FieldPath<Values>[];

const valuesOf = (food: FoodView | null): Values => ({
  name: food?.name ?? '',
  nameEn: food?.nameEn ?? '',
  group: food?.group ?? 'vegetables',
  inediblePct: food?.inediblePct ?? 0,
  nutrients: food?.nutrients ?? Object.fromEntries(nutrientKeys.map((k) => [k, null])),
  pricePerKg: food?.pricePerKg ?? null,
  allergens: food?.allergens ?? [],
});
const numberOrNull = (v: string | number) => (v === '' ? null : Number(v));

export function FoodDialog({
  food: initial,
  onClose,
}: {
  food: FoodView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const [food, setFood] = useState(initial);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const create = useCreateFood();
  const update = useUpdateFood();
  const remove = useDeleteFood();
  const locked = food?.source === 'table2007';
  const form = useForm<Values, unknown, z.output<typeof foodCreateSchema>>({
    resolver: zodResolver(foodCreateSchema, zodMessages),
    defaultValues: valuesOf(initial),
  });
  const { errors } = form.formState;
  const saving = create.isPending || update.isPending;
  const done = (name: string) => {
    notifications.show({ color: 'green', message: t('kitchen.foods.saved', { name }) });
    onClose();
  };
  const onError = (error: unknown) => {
    if (isApiError(error, 'stale_version')) setStale(true);
    else setServerFieldErrors(error, form.setError, fields);
  };
  const reload = async () => {
    if (!food) return;
    setReloading(true);
    const fresh = await getFood(food.id).finally(() => setReloading(false));
    setFood(fresh);
    form.reset(valuesOf(fresh));
    setStale(false);
    update.reset();
  };

  const submit = form.handleSubmit((values) => {
    if (!food) return create.mutate(values, { onSuccess: (saved) => done(saved.name), onError });
    const changes = locked
      ? { pricePerKg: values.pricePerKg, allergens: values.allergens }
      : values;
    update.mutate(
      { id: food.id, version: food.version, ...changes },
      { onSuccess: (saved) => done(saved.name), onError },
    );
  });

  const number = (
    name: FieldPath<Values>,
    label: string,
    opts: { max?: number; disabled?: boolean } = {},
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          value={(field.value as number | null) ?? ''}
          onChange={(v) => field.onChange(numberOrNull(v))}
          onBlur={field.onBlur}
          min={0}
          max={opts.max}
          decimalScale={2}
          thousandSeparator="."
          decimalSeparator=","
          disabled={opts.disabled}
          error={fieldError(fieldState.error)}
        />
      )}
    />
  );

  return (
    <AppModal
      onClose={onClose}
      size="xl"
      title={food ? t('kitchen.foods.editTitle', { name: food.name }) : t('kitchen.foods.addTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SaveProblem
            stale={stale}
            error={create.error ?? update.error ?? remove.error}
            onReload={() => void reload()}
            reloading={reloading}
            staleTitle={t('kitchen.foods.staleTitle')}
            staleBody={t('kitchen.foods.staleBody')}
          />
          {locked ? (
            <Alert variant="outline" color="blue">
              {t('kitchen.foods.tableNote')}{' '}
              {food?.code ? `(${t('kitchen.foods.code')} ${food.code})` : ''}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('kitchen.foods.name')}
              withAsterisk
              disabled={locked}
              data-autofocus={!locked || undefined}
              error={fieldError(errors.name)}
              {...form.register('name')}
            />
            <TextInput
              label={t('kitchen.foods.nameEn')}
              disabled={locked}
              {...form.register('nameEn')}
            />
            <Controller
              control={form.control}
              name="group"
              render={({ field }) => (
                <Select
                  label={t('kitchen.foods.group')}
                  data={foodGroups.map((g) => ({ value: g, label: t(`kitchen.foodGroup.${g}`) }))}
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                  disabled={locked}
                  allowDeselect={false}
                  error={fieldError(errors.group)}
                />
              )}
            />
            {number('inediblePct', t('kitchen.foods.inediblePct'), { max: 95, disabled: locked })}
          </SimpleGrid>
          <Text fw={600} size="sm">
            {t('kitchen.foods.per100')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            {nutrientKeys.map((k) => (
              <div key={k}>
                {number(`nutrients.${k}`, `${t(`kitchen.nutrient.${k}`)} (${nutrientUnits[k]})`, {
                  disabled: locked,
                })}
              </div>
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {number('pricePerKg', t('kitchen.foods.pricePerKg'), { max: 10_000_000 })}
            <Controller
              control={form.control}
              name="allergens"
              render={({ field }) => (
                <MultiSelect
                  label={t('kitchen.foods.allergens')}
                  data={allergens.map((a) => ({ value: a, label: t(`kitchen.allergen.${a}`) }))}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  clearable
                />
              )}
            />
          </SimpleGrid>
          <Group justify="space-between" gap="sm" mt="sm">
            {food ? (
              confirmDelete ? (
                <Group gap="xs">
                  <Text size="sm" maw={360}>
                    {t('kitchen.foods.deleteConfirm', { name: food.name })}
                  </Text>
                  <Button
                    color="red"
                    loading={remove.isPending}
                    onClick={() =>
                      remove.mutate(
                        { id: food.id, version: food.version },
                        {
                          onSuccess: () => {
                            notifications.show({
                              message: t('kitchen.foods.deleted', { name: food.name }),
                            });
                            onClose();
                          },
                          onError,
                        },
                      )
                    }
                  >
                    {t('kitchen.foods.delete')}
                  </Button>
                  <Button variant="default" onClick={() => setConfirmDelete(false)}>
                    {t('common.cancel')}
                  </Button>
                </Group>
              ) : (
                <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
                  {t('kitchen.foods.delete')}
                </Button>
              )
            ) : (
              <span />
            )}
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving} disabled={stale}>
                {t('common.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
