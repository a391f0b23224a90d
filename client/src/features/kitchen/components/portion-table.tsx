// One portion of a dish for each diet group, computed live from the foods as the cook types:
// energy, protein, lipid, glucid, their shares of energy, and the cost with the inedible part.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DietGroup } from '@care/shared/diet-groups';
import { energyShares, recipePortion } from '@care/shared/nutrition';
import type { DraftIngredient } from './ingredient-rows';
import { formatMoney, formatNumber } from './format';

export function PortionTable({
  ingredients,
  groups,
}: {
  ingredients: DraftIngredient[];
  groups: readonly DietGroup[];
}) {
  const { t } = useTranslation();
  const recipe = { ingredients: ingredients.map((x) => ({ ...x, grams: x.grams ?? 0 })) };
  const rows = groups.map((g) => ({ group: g, sum: recipePortion(recipe, g) }));
  const unpriced = rows.some((r) => r.sum.unpriced);
  const incomplete = [...new Set(rows.flatMap((r) => r.sum.incomplete))];
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing={6} aria-label={t('kitchen.recipes.portions')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kitchen.recipes.group')}</Table.Th>
              <Table.Th ta="right">kcal</Table.Th>
              <Table.Th ta="right">P (g)</Table.Th>
              <Table.Th ta="right">L (g)</Table.Th>
              <Table.Th ta="right">G (g)</Table.Th>
              <Table.Th ta="right">P:L:G (%)</Table.Th>
              <Table.Th ta="right">{t('kitchen.recipes.cost')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ group, sum }) => {
              const s = energyShares(sum.nutrients);
              return (
                <Table.Tr key={group.id} data-group={group.id}>
                  <Table.Td>{t(`kitchen.dietGroup.${group.id}`)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(sum.nutrients.energyKcal, 0)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(sum.nutrients.protein)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(sum.nutrients.lipid)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(sum.nutrients.glucid)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {[s.protein, s.lipid, s.glucid].map((x) => formatNumber(x, 0)).join(' : ')}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(sum.cost)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {unpriced ? (
        <Text size="sm" c="orange.9" mt="xs">
          {t('kitchen.recipes.unpriced')}
        </Text>
      ) : null}
      {incomplete.length ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('kitchen.recipes.incomplete', {
            list: incomplete.map((k) => t(`kitchen.nutrient.${k}`)).join(', '),
          })}
        </Text>
      ) : null}
    </>
  );
}
