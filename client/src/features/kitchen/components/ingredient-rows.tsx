// The ingredients of a dish being edited: a food picker that searches the library as one types,
// edible grams for the adult portion, and own grams per diet group when the factor does not fit.
import { useState } from 'react';
import {
  ActionIcon,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAdjustments, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DietGroup, DietGroupId } from '@care/shared/diet-groups';
import type { FoodFacts } from '@care/shared/foods';
import { purchasedGrams } from '@care/shared/nutrition';
import { gramsFor } from '@care/shared/recipes';
import { useFoods } from '../api/get-foods';
import { formatNumber } from './format';

export type DraftIngredient = {
  foodId: string;
  grams: number | null;
  byGroup: Partial<Record<DietGroupId, number>>;
  food: FoodFacts & { name: string; code: string | null; deleted: boolean };
};

type Props = {
  ingredients: DraftIngredient[];
  groups: readonly DietGroup[];
  errors: Record<string, string>;
  readOnly: boolean;
  onChange: (ingredients: DraftIngredient[]) => void;
};

export function IngredientRows({ ingredients, groups, errors, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const set = (i: number, change: Partial<DraftIngredient>) =>
    onChange(ingredients.map((x, n) => (n === i ? { ...x, ...change } : x)));
  return (
    <Stack gap="xs">
      <Table verticalSpacing="xs" aria-label={t('kitchen.recipes.ingredients')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('kitchen.recipes.food')}</Table.Th>
            <Table.Th w={170}>{t('kitchen.recipes.grams')}</Table.Th>
            <Table.Th ta="right">{t('kitchen.recipes.purchased')}</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ingredients.map((x, i) => {
            const grams = x.grams ?? 0;
            const error = errors[`ingredients.${i}.grams`] ?? errors[`ingredients.${i}.foodId`];
            return [
              <Table.Tr key={x.foodId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {x.food.name}
                  </Text>
                  <Text size="xs" c={x.food.deleted ? 'red.8' : 'dimmed'}>
                    {[x.food.code, x.food.deleted ? t('kitchen.recipes.deletedFood') : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`${t('kitchen.recipes.grams')}: ${x.food.name}`}
                    value={x.grams ?? ''}
                    onChange={(v) => set(i, { grams: v === '' ? null : Number(v) })}
                    min={0}
                    max={1000}
                    decimalScale={1}
                    decimalSeparator=","
                    suffix=" g"
                    readOnly={readOnly}
                    error={error}
                  />
                </Table.Td>
                <Table.Td ta="right">{formatNumber(purchasedGrams(x.food, grams))} g</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant={open === x.foodId ? 'filled' : 'default'}
                      aria-label={t('kitchen.recipes.byGroupOf', { name: x.food.name })}
                      aria-expanded={open === x.foodId}
                      onClick={() => setOpen(open === x.foodId ? null : x.foodId)}
                    >
                      <IconAdjustments size={16} aria-hidden />
                    </ActionIcon>
                    {readOnly ? null : (
                      <ActionIcon
                        variant="default"
                        color="red"
                        aria-label={t('kitchen.recipes.remove', { name: x.food.name })}
                        onClick={() => onChange(ingredients.filter((_, n) => n !== i))}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>,
              open === x.foodId ? (
                <Table.Tr key={`${x.foodId}-groups`}>
                  <Table.Td colSpan={4}>
                    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
                      {groups.map((g) => (
                        <NumberInput
                          key={g.id}
                          size="xs"
                          label={t(`kitchen.dietGroup.${g.id}`)}
                          placeholder={t('kitchen.recipes.auto', {
                            grams: formatNumber(gramsFor({ grams, byGroup: {} }, g)),
                          })}
                          value={x.byGroup[g.id] ?? ''}
                          onChange={(v) => {
                            const byGroup = { ...x.byGroup };
                            if (v === '') delete byGroup[g.id];
                            else byGroup[g.id] = Number(v);
                            set(i, { byGroup });
                          }}
                          min={0}
                          max={1000}
                          decimalScale={1}
                          decimalSeparator=","
                          readOnly={readOnly}
                          error={errors[`ingredients.${i}.byGroup.${g.id}`]}
                        />
                      ))}
                    </SimpleGrid>
                  </Table.Td>
                </Table.Tr>
              ) : null,
            ];
          })}
        </Table.Tbody>
      </Table>
      {ingredients.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('kitchen.recipes.noIngredients')}
        </Text>
      ) : null}
      {readOnly ? null : (
        <FoodPicker
          exclude={ingredients.map((x) => x.foodId)}
          onPick={(food) => onChange([...ingredients, { ...food, grams: 50, byGroup: {} }])}
        />
      )}
    </Stack>
  );
}

function FoodPicker({
  exclude,
  onPick,
}: {
  exclude: string[];
  onPick: (x: Pick<DraftIngredient, 'foodId' | 'food'>) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const foods = useFoods({ q, pageSize: 15 }, q.length >= 2);
  const options = (foods.data?.data ?? []).filter((f) => !exclude.includes(f.id));
  return (
    <Group align="flex-end" gap="xs">
      <Select
        label={t('kitchen.recipes.addIngredient')}
        placeholder={t('kitchen.recipes.findFood')}
        searchable
        searchValue={text}
        onSearchChange={setText}
        filter={({ options: all }) => all}
        data={options.map((f) => ({
          value: f.id,
          label: `${f.name}${f.code ? ` (${f.code})` : ''}`,
        }))}
        value={null}
        onChange={(id) => {
          const food = options.find((f) => f.id === id);
          if (!food) return;
          onPick({
            foodId: food.id,
            food: {
              name: food.name,
              code: food.code,
              deleted: food.deleted,
              inediblePct: food.inediblePct,
              nutrients: food.nutrients,
              pricePerKg: food.pricePerKg,
              allergens: food.allergens,
            },
          });
          setText('');
        }}
        nothingFoundMessage={
          q.length >= 2 && !foods.isFetching ? t('kitchen.foods.empty') : undefined
        }
        style={{ flex: 1, minWidth: 260 }}
      />
    </Group>
  );
}
