// The food library: search with or without accents, filter by group and source, page, add the
// centre's own foods, set prices.
import { useState } from 'react';
import { Badge, Button, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { foodGroups, foodListQuerySchema, foodSources, type FoodView } from '@care/shared/foods';
import { SearchListPage, useSearchListFilters } from '../../../components/search-list-page';
import { useFoods } from '../api/get-foods';
import { useCanEditKitchen } from './can-edit';
import { FoodDialog } from './food-dialog';
import { formatMoney, formatNumber } from './format';

const columns = 9;

export function FoodsPage() {
  const { t } = useTranslation();
  const canEdit = useCanEditKitchen();
  const { filters: f, update, q, page, search, onPage } = useSearchListFilters(foodListQuerySchema);
  const [dialog, setDialog] = useState<{ food: FoodView | null } | null>(null);
  const foods = useFoods({
    page,
    pageSize: 25,
    q,
    group: f.group,
    source: f.source,
  });

  return (
    <>
      <SearchListPage
        search={{
          label: t('kitchen.foods.searchLabel'),
          placeholder: t('kitchen.foods.searchPlaceholder'),
          ...search,
        }}
        filters={[
          {
            label: t('kitchen.foods.group'),
            placeholder: t('kitchen.foods.allGroups'),
            data: foodGroups.map((g) => ({ value: g, label: t(`kitchen.foodGroup.${g}`) })),
            value: f.group ?? null,
            onChange: (value) => update({ group: value }),
          },
          {
            label: t('kitchen.foods.sourceLabel'),
            placeholder: t('kitchen.foods.allSources'),
            data: foodSources.map((s) => ({ value: s, label: t(`kitchen.source.${s}`) })),
            value: f.source ?? null,
            onChange: (value) => update({ source: value }),
          },
        ]}
        actions={
          canEdit ? (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setDialog({ food: null })}
            >
              {t('kitchen.foods.add')}
            </Button>
          ) : null
        }
        query={foods}
        onPage={onPage}
        table={{
          label: t('kitchen.tabs.foods'),
          minWidth: 900,
          columns,
          empty: { title: t('kitchen.foods.empty') },
          head: (
            <>
              <Table.Th>{t('kitchen.foods.code')}</Table.Th>
              <Table.Th>{t('kitchen.foods.name')}</Table.Th>
              <Table.Th ta="right">{t('kitchen.nutrient.energyKcal')} (kcal)</Table.Th>
              <Table.Th ta="right">P (g)</Table.Th>
              <Table.Th ta="right">L (g)</Table.Th>
              <Table.Th ta="right">G (g)</Table.Th>
              <Table.Th ta="right">{t('kitchen.foods.inedible')}</Table.Th>
              <Table.Th ta="right">{t('kitchen.foods.price')}</Table.Th>
              <Table.Th>{canEdit ? t('common.actions') : t('kitchen.foods.allergens')}</Table.Th>
            </>
          ),
        }}
      >
        {foods.data?.data.map((food) => (
          <Table.Tr key={food.id}>
            <Table.Td ff="monospace">{food.code ?? '—'}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={600}>
                {food.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`kitchen.foodGroup.${food.group}`)}
                {food.allergens.length
                  ? ` · ${food.allergens.map((a) => t(`kitchen.allergen.${a}`)).join(', ')}`
                  : ''}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{formatNumber(food.nutrients.energyKcal, 0)}</Table.Td>
            <Table.Td ta="right">{formatNumber(food.nutrients.protein)}</Table.Td>
            <Table.Td ta="right">{formatNumber(food.nutrients.lipid)}</Table.Td>
            <Table.Td ta="right">{formatNumber(food.nutrients.glucid)}</Table.Td>
            <Table.Td ta="right">{formatNumber(food.inediblePct)} %</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {food.pricePerKg === null ? (
                <Badge variant="outline" color="gray">
                  {t('kitchen.foods.noPrice')}
                </Badge>
              ) : (
                formatMoney(food.pricePerKg)
              )}
            </Table.Td>
            <Table.Td>
              {canEdit ? (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  aria-label={t('kitchen.foods.editOf', { name: food.name })}
                  onClick={() => setDialog({ food })}
                >
                  {t('kitchen.foods.edit')}
                </Button>
              ) : (
                food.allergens.map((a) => t(`kitchen.allergen.${a}`)).join(', ') || '—'
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </SearchListPage>
      {dialog ? <FoodDialog food={dialog.food} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
