// The dishes: search with or without accents, filter by course and diet, each with its adult
// portion's energy, protein and cost; a tap opens the recipe.
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { courses, dietTags, recipeListQuerySchema } from '@care/shared/recipes';
import { paths } from '../../../app/paths';
import { SearchListPage, useSearchListFilters } from '../../../components/search-list-page';
import { useRecipes } from '../api/get-recipes';
import { useCanEditKitchen } from './can-edit';
import { formatMoney, formatNumber } from './format';

export function RecipesPage() {
  const { t } = useTranslation();
  const canEdit = useCanEditKitchen();
  const {
    filters: f,
    update,
    q,
    page,
    search,
    onPage,
  } = useSearchListFilters(recipeListQuerySchema);
  const recipes = useRecipes({
    page,
    pageSize: 20,
    q,
    course: f.course,
    dietTag: f.dietTag,
  });
  return (
    <SearchListPage
      search={{
        label: t('kitchen.recipes.searchLabel'),
        placeholder: t('kitchen.recipes.searchPlaceholder'),
        ...search,
      }}
      filters={[
        {
          label: t('kitchen.recipes.course'),
          placeholder: t('kitchen.recipes.allCourses'),
          data: courses.map((c) => ({ value: c, label: t(`kitchen.course.${c}`) })),
          value: f.course ?? null,
          onChange: (value) => update({ course: value }),
        },
        {
          label: t('kitchen.recipes.dietTags'),
          placeholder: t('kitchen.recipes.none'),
          data: dietTags.map((d) => ({ value: d, label: t(`kitchen.dietTag.${d}`) })),
          value: f.dietTag ?? null,
          onChange: (value) => update({ dietTag: value }),
        },
      ]}
      actions={
        canEdit ? (
          <Button
            component={Link}
            to={paths.kitchenRecipe.href('new')}
            leftSection={<IconPlus size={18} aria-hidden />}
          >
            {t('kitchen.recipes.add')}
          </Button>
        ) : null
      }
      query={recipes}
      onPage={onPage}
      table={{
        label: t('kitchen.tabs.recipes'),
        minWidth: 820,
        columns: 6,
        empty: { title: t('kitchen.recipes.empty') },
        head: (
          <>
            <Table.Th>{t('kitchen.recipes.name')}</Table.Th>
            <Table.Th>{t('kitchen.recipes.dietTags')}</Table.Th>
            <Table.Th>{t('kitchen.recipes.allergens')}</Table.Th>
            <Table.Th ta="right">kcal{t('kitchen.perPortion')}</Table.Th>
            <Table.Th ta="right">P (g)</Table.Th>
            <Table.Th ta="right">{t('kitchen.recipes.cost')}</Table.Th>
          </>
        ),
      }}
    >
      {recipes.data?.data.map((recipe) => {
        const adult = recipe.portions.find((p) => p.group === 'adult')!;
        return (
          <Table.Tr key={recipe.id}>
            <Table.Td>
              <Text
                component={Link}
                to={paths.kitchenRecipe.href(recipe.id)}
                fw={600}
                size="sm"
                className="row-link"
                aria-label={t('kitchen.recipes.open', { name: recipe.name })}
              >
                {recipe.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`kitchen.course.${recipe.course}`)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {recipe.dietTags.map((d) => (
                  <Badge key={d} variant="dot" color="teal">
                    {t(`kitchen.dietTag.${d}`)}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              {recipe.allergens.map((a) => t(`kitchen.allergen.${a}`)).join(', ') ||
                t('kitchen.recipes.none')}
            </Table.Td>
            <Table.Td ta="right">{formatNumber(adult.nutrients.energyKcal, 0)}</Table.Td>
            <Table.Td ta="right">{formatNumber(adult.nutrients.protein)}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(adult.cost)}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </SearchListPage>
  );
}
